#include "handlers/Lookup.h"

#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/Calendar.h"
#include "rules/YearRules.h"

namespace cj::server::handlers {

namespace {
template<typename Record>
Record ofSchool(RequestContext &ctx, const std::optional<Record> &record, const QString &what, qint64 id)
{
    if (!record || record->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("%1 %2").arg(what).arg(id));
    return *record;
}
} // namespace

YearRecord yearOfSchool(RequestContext &ctx, qint64 id)
{
    return ofSchool(ctx, YearStore::byId(ctx.db, id), QStringLiteral("academic year"), id);
}

YearRecord yearFromArgs(RequestContext &ctx, const QString &key)
{
    if (const auto id = ctx.args.optionalId(key))
        return yearOfSchool(ctx, *id);
    const std::optional<YearRecord> current = Calendar::currentYear(ctx.db, ctx.caller.schoolId);
    if (!current)
        notFound(QStringLiteral("academic year"));
    return *current;
}

ClassRecord classOfSchool(RequestContext &ctx, qint64 id, const QDate &countOn)
{
    return ofSchool(ctx, ClassStore::byId(ctx.db, id, countOn), QStringLiteral("class"), id);
}

SubjectRecord subjectOfSchool(RequestContext &ctx, qint64 id)
{
    return ofSchool(ctx, SubjectStore::byId(ctx.db, id), QStringLiteral("subject"), id);
}

StudentRecord studentOfSchool(RequestContext &ctx, qint64 id)
{
    return ofSchool(ctx, StudentStore::byId(ctx.db, id), QStringLiteral("student"), id);
}

AssignmentRecord assignmentOfSchool(RequestContext &ctx, qint64 id)
{
    return ofSchool(ctx, AssignmentStore::byId(ctx.db, id), QStringLiteral("assignment"), id);
}

LessonRecord lessonOfSchool(RequestContext &ctx, qint64 id)
{
    return ofSchool(ctx, LessonStore::byId(ctx.db, id), QStringLiteral("lesson"), id);
}

UserRecord teacherOfSchool(RequestContext &ctx, qint64 id, const QString &field)
{
    const std::optional<UserRecord> user = UserStore::byId(ctx.db, id);
    if (!user || user->schoolId != ctx.caller.schoolId || user->archived || !user->roles.testFlag(Role::Teacher))
        invalid(field, QStringLiteral("not a teacher of this school"));
    return *user;
}

YearRecord openYearOf(RequestContext &ctx, qint64 yearId)
{
    YearRecord year = yearOfSchool(ctx, yearId);
    YearRules::requireOpen(year);
    return year;
}

} // namespace cj::server::handlers
