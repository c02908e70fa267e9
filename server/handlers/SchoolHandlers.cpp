#include "handlers/SchoolHandlers.h"

#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "storage/SchoolStore.h"

namespace cj::server::handlers {

namespace {
QCborMap schoolToCbor(const SchoolRecord &s)
{
    return QCborMap{{QStringLiteral("id"), s.id},
                    {QStringLiteral("name"), s.name},
                    {QStringLiteral("shortName"), s.shortName},
                    {QStringLiteral("address"), s.address},
                    {QStringLiteral("directorName"), s.directorName}};
}

SchoolRecord callersSchool(RequestContext &ctx)
{
    const std::optional<SchoolRecord> school = SchoolStore::byId(ctx.db, ctx.caller.schoolId);
    if (!school)
        notFound(QStringLiteral("school"));
    return *school;
}
} // namespace

QCborMap schoolGet(RequestContext &ctx)
{
    return schoolToCbor(callersSchool(ctx));
}

QCborMap schoolUpdate(RequestContext &ctx)
{
    SchoolRecord s = callersSchool(ctx);
    const QCborMap before = schoolToCbor(s);
    if (ctx.args.has(QStringLiteral("name")))
        s.name = ctx.args.nonEmptyString(QStringLiteral("name"), 300);
    s.shortName = ctx.args.string(QStringLiteral("shortName"), s.shortName, 100).trimmed();
    s.address = ctx.args.string(QStringLiteral("address"), s.address, 500).trimmed();
    s.directorName = ctx.args.string(QStringLiteral("directorName"), s.directorName, 200).trimmed();
    SchoolStore::update(ctx.db, s);
    const QCborMap after = schoolToCbor(s);
    ctx.audit(QStringLiteral("school"), s.id, QStringLiteral("update"), before, after);
    return after;
}

} // namespace cj::server::handlers
