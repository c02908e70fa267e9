#include "handlers/CorrectionHandlers.h"

#include <QCborArray>

#include "app/Clock.h"
#include "auth/AuthService.h"
#include "handlers/JournalWriter.h"
#include "handlers/StructureViews.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "storage/CorrectionStore.h"

namespace cj::server::handlers {

using protocol::ErrorCode;
using protocol::dateTimeToWire;
using protocol::dateToWire;

namespace {
QCborMap toCbor(const CorrectionRequest &c)
{
    return QCborMap{{QStringLiteral("id"), c.id},
                    {QStringLiteral("requestedAt"), dateTimeToWire(c.requestedAt)},
                    {QStringLiteral("requestedBy"), c.requestedBy},
                    {QStringLiteral("requestedByName"), c.requestedByName},
                    {QStringLiteral("classId"), c.classId},
                    {QStringLiteral("className"), c.className},
                    {QStringLiteral("subjectId"), c.subjectId},
                    {QStringLiteral("subjectName"), c.subjectName},
                    {QStringLiteral("lessonId"), idOrNull(c.lessonId)},
                    {QStringLiteral("lessonDate"), dateToWire(c.lessonDate)},
                    {QStringLiteral("studentId"), idOrNull(c.studentId)},
                    {QStringLiteral("studentName"), c.studentName},
                    {QStringLiteral("change"), c.change},
                    {QStringLiteral("description"), c.description},
                    {QStringLiteral("reason"), c.reason},
                    {QStringLiteral("status"), c.status},
                    {QStringLiteral("decidedBy"), idOrNull(c.decidedBy)},
                    {QStringLiteral("decidedByName"), c.decidedByName},
                    {QStringLiteral("decidedAt"), c.decidedAt.isValid() ? QCborValue(dateTimeToWire(c.decidedAt)) : QCborValue(nullptr)},
                    {QStringLiteral("decisionComment"), c.decisionComment}};
}

CorrectionRequest requestOfSchool(RequestContext &ctx, qint64 id)
{
    std::optional<CorrectionRequest> c = CorrectionStore::byId(ctx.db, id);
    if (!c || c->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("correction request %1").arg(id));
    return *c;
}

// The change a request holds: a journal write by type and args.
protocol::MessageType changeType(const QCborMap &change, const protocol::ArgReader &where)
{
    const protocol::MessageType type = protocol::messageTypeFromName(change.value(QStringLiteral("type")).toString());
    if (!JournalWriter::isJournalWrite(type))
        where.fail(QStringLiteral("change.type"), QStringLiteral("a journal write (journal.setMarks, …)"));
    if (!change.value(QStringLiteral("args")).isMap())
        where.fail(QStringLiteral("change.args"), QStringLiteral("map"));
    return type;
}

void requirePending(const CorrectionRequest &c)
{
    if (c.status != QLatin1String("pending"))
        throw RpcError(ErrorCode::Conflict, QStringLiteral("the request was already %1").arg(c.status),
                       QCborMap{{QStringLiteral("status"), c.status}});
}
} // namespace

QCborMap correctionsFile(RequestContext &ctx)
{
    const QCborMap change = ctx.args.mapValue(QStringLiteral("change"));
    const protocol::MessageType type = changeType(change, ctx.args);
    const QString reason = ctx.args.nonEmptyString(QStringLiteral("reason"), 2000);
    // Checked as if made now, except for its window: the requester must be entitled to the change.
    JournalWriter writer(ctx, ctx.caller, JournalWriter::Options{true, true, 0});
    writer.apply(type, change.value(QStringLiteral("args")).toMap());
    const JournalWriter::Target &t = writer.target();
    CorrectionRequest c;
    c.schoolId = ctx.caller.schoolId;
    c.requestedAt = Clock::now();
    c.requestedBy = ctx.caller.userId;
    c.classId = t.classId;
    c.subjectId = t.subjectId;
    c.lessonId = t.lessonId;
    c.lessonDate = t.date;
    c.studentId = t.studentId;
    c.change = QCborMap{{QStringLiteral("type"), protocol::messageTypeName(type)},
                        {QStringLiteral("args"), change.value(QStringLiteral("args"))}};
    c.description = t.description;
    c.reason = reason;
    c.id = CorrectionStore::insert(ctx.db, c);
    ctx.audit(QStringLiteral("correction_request"), c.id, QStringLiteral("file"), {},
              QCborMap{{QStringLiteral("change"), c.change}, {QStringLiteral("reason"), reason}});
    return toCbor(*CorrectionStore::byId(ctx.db, c.id));
}

QCborMap correctionsList(RequestContext &ctx)
{
    CorrectionFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    // Teachers see their own requests; the administration sees the whole register.
    if (!ctx.caller.hasAny(Roles(Role::Admin) | Role::Director | Role::Deputy))
        filter.requestedBy = ctx.caller.userId;
    filter.status = ctx.args.string(QStringLiteral("status"), QString(), 20);
    if (const auto from = ctx.args.optionalDate(QStringLiteral("from")))
        filter.from = *from;
    if (const auto to = ctx.args.optionalDate(QStringLiteral("to")))
        filter.to = *to;
    QCborArray list;
    for (const CorrectionRequest &c : CorrectionStore::list(ctx.db, filter))
        list.append(toCbor(c));
    return QCborMap{{QStringLiteral("requests"), list}};
}

QCborMap correctionsDecide(RequestContext &ctx)
{
    const CorrectionRequest c = requestOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    requirePending(c);
    const bool approve = ctx.args.boolean(QStringLiteral("approve"));
    const QString comment = ctx.args.string(QStringLiteral("comment"), QString(), 2000).trimmed();
    if (!approve && comment.isEmpty())
        invalid(QStringLiteral("comment"), QStringLiteral("say why the request is rejected"));
    if (approve) {
        // Applied with the requester's rights, but without the window that locked it.
        const Caller requester = AuthService::loadCaller(ctx.db, c.requestedBy, 0, ctx.connection);
        JournalWriter writer(ctx, requester, JournalWriter::Options{false, true, c.id});
        writer.apply(changeType(c.change, ctx.args), c.change.value(QStringLiteral("args")).toMap());
    }
    const QString status = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    CorrectionStore::decide(ctx.db, c.id, status, ctx.caller.userId, Clock::now(), comment);
    ctx.audit(QStringLiteral("correction_request"), c.id, status, QCborMap{{QStringLiteral("status"), c.status}},
              QCborMap{{QStringLiteral("status"), status}, {QStringLiteral("comment"), comment}});
    return toCbor(*CorrectionStore::byId(ctx.db, c.id));
}

QCborMap correctionsWithdraw(RequestContext &ctx)
{
    const CorrectionRequest c = requestOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    if (c.requestedBy != ctx.caller.userId)
        deny(QStringLiteral("only the person who filed a request may withdraw it"));
    requirePending(c);
    CorrectionStore::decide(ctx.db, c.id, QStringLiteral("withdrawn"), ctx.caller.userId, Clock::now(), QString());
    ctx.audit(QStringLiteral("correction_request"), c.id, QStringLiteral("withdrawn"), {}, {});
    return toCbor(*CorrectionStore::byId(ctx.db, c.id));
}

} // namespace cj::server::handlers
