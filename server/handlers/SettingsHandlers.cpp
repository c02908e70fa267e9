#include "handlers/SettingsHandlers.h"

#include <QCborArray>

#include "app/Clock.h"
#include "handlers/JournalCbor.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/SchoolSettings.h"
#include "storage/DiaryStore.h"
#include "storage/JournalStore.h"
#include "storage/WorkKindStore.h"

namespace cj::server::handlers {

using protocol::ErrorCode;

namespace {
// The student's class in the year of the exemption, and the right to exempt them: the
// administration, or the student's class teacher.
StudentPlace exemptionPlace(RequestContext &ctx, qint64 studentId, qint64 periodId)
{
    std::optional<StudentPlace> place;
    if (periodId) {
        const std::optional<qint64> year = DiaryStore::yearOfPeriod(ctx.db, periodId);
        if (!year)
            notFound(QStringLiteral("period %1").arg(periodId));
        place = DiaryStore::placeInYear(ctx.db, studentId, *year);
    } else {
        place = DiaryStore::placeOn(ctx.db, studentId, Clock::today());
    }
    if (!place)
        notFound(QStringLiteral("student %1 in a class").arg(studentId));
    const bool allowed = ctx.caller.hasAny(Roles(Role::Admin) | Role::Deputy)
        || (ctx.caller.has(Role::Teacher) && place->classTeacherId == ctx.caller.userId);
    if (!allowed)
        deny(QStringLiteral("exemptions are set by the administration or the class teacher"));
    return *place;
}
} // namespace

QCborMap settingsGet(RequestContext &ctx)
{
    return SchoolSettings::load(ctx.db, ctx.caller.schoolId).toCbor();
}

QCborMap settingsUpdate(RequestContext &ctx)
{
    SchoolSettings settings = SchoolSettings::load(ctx.db, ctx.caller.schoolId);
    const QCborMap before = settings.toCbor();
    const QString bad = settings.apply(ctx.args.map());
    if (!bad.isEmpty())
        invalid(bad, QStringLiteral("invalid setting %1").arg(bad));
    settings.save(ctx.db, ctx.caller.schoolId, ctx.caller.userId);
    const qint64 schoolId = ctx.caller.schoolId;
    ctx.effects.afterCommit.append([schoolId] { SchoolSettings::forget(schoolId); });
    ctx.audit(QStringLiteral("settings"), schoolId, QStringLiteral("update"), before, settings.toCbor());
    return settings.toCbor();
}

QCborMap workKindsList(RequestContext &ctx)
{
    QCborArray list;
    for (const WorkKind &k : WorkKindStore::list(ctx.db, ctx.caller.schoolId, ctx.args.boolean(QStringLiteral("includeArchived"), false)))
        list.append(journalcbor::workKind(k));
    return QCborMap{{QStringLiteral("workKinds"), list}};
}

QCborMap workKindsSave(RequestContext &ctx)
{
    WorkKind k;
    QCborMap before;
    if (const auto id = ctx.args.optionalId(QStringLiteral("id"))) {
        const std::optional<WorkKind> existing = WorkKindStore::byId(ctx.db, *id);
        if (!existing || existing->schoolId != ctx.caller.schoolId)
            notFound(QStringLiteral("kind of work %1").arg(*id));
        k = *existing;
        before = journalcbor::workKind(k);
    }
    k.schoolId = ctx.caller.schoolId;
    k.name = ctx.args.nonEmptyString(QStringLiteral("name"), 200);
    k.shortName = ctx.args.string(QStringLiteral("shortName"), k.shortName, 20).trimmed();
    k.weight = ctx.args.number(QStringLiteral("weight"));
    if (k.weight <= 0 || k.weight > 10)
        invalid(QStringLiteral("weight"), QStringLiteral("the weight must be above 0 and at most 10"));
    k.written = ctx.args.boolean(QStringLiteral("written"), k.written);
    k.control = ctx.args.boolean(QStringLiteral("control"), k.control);
    k.sortOrder = int(ctx.args.optionalInteger(QStringLiteral("sortOrder")).value_or(k.sortOrder));
    k.archived = ctx.args.boolean(QStringLiteral("archived"), k.archived);
    if (k.id)
        WorkKindStore::update(ctx.db, k);
    else
        k.id = WorkKindStore::insert(ctx.db, k);
    const QCborMap after = journalcbor::workKind(k);
    ctx.audit(QStringLiteral("work_kind"), k.id, before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"), before,
              after);
    return after;
}

QCborMap exemptionsSet(RequestContext &ctx)
{
    const qint64 studentId = ctx.args.id(QStringLiteral("studentId"));
    const qint64 subjectId = ctx.args.id(QStringLiteral("subjectId"));
    const qint64 periodId = ctx.args.optionalId(QStringLiteral("periodId")).value_or(0);
    const QString reason = ctx.args.nonEmptyString(QStringLiteral("reason"), 500);
    const StudentPlace place = exemptionPlace(ctx, studentId, periodId);
    JournalStore::setExemption(ctx.db, ctx.caller.schoolId, studentId, subjectId, place.yearId, periodId, reason,
                               ctx.caller.userId);
    ctx.audit(QStringLiteral("exemption"), studentId, QStringLiteral("set"), {},
              QCborMap{{QStringLiteral("subjectId"), subjectId}, {QStringLiteral("periodId"), periodId},
                       {QStringLiteral("reason"), reason}});
    return {};
}

QCborMap exemptionsRemove(RequestContext &ctx)
{
    const qint64 studentId = ctx.args.id(QStringLiteral("studentId"));
    const qint64 subjectId = ctx.args.id(QStringLiteral("subjectId"));
    const qint64 periodId = ctx.args.optionalId(QStringLiteral("periodId")).value_or(0);
    const StudentPlace place = exemptionPlace(ctx, studentId, periodId);
    if (!JournalStore::removeExemption(ctx.db, studentId, subjectId, place.yearId, periodId))
        notFound(QStringLiteral("exemption"));
    ctx.audit(QStringLiteral("exemption"), studentId, QStringLiteral("remove"),
              QCborMap{{QStringLiteral("subjectId"), subjectId}, {QStringLiteral("periodId"), periodId}}, {});
    return {};
}

QCborMap testSetClock(RequestContext &ctx)
{
    if (!Clock::shiftingAllowed())
        deny(QStringLiteral("the clock can only be moved on a server started with --test-clock"));
    if (ctx.args.boolean(QStringLiteral("reset"), false)) {
        Clock::reset();
    } else {
        const QDate date = ctx.args.date(QStringLiteral("date"));
        QTime time = QTime::currentTime();
        if (const auto text = ctx.args.optionalString(QStringLiteral("time"), 5)) {
            time = QTime::fromString(*text, QStringLiteral("HH:mm"));
            if (!time.isValid())
                ctx.args.fail(QStringLiteral("time"), QStringLiteral("\"HH:MM\""));
        }
        Clock::shiftTo(QDateTime(date, time));
    }
    return QCborMap{{QStringLiteral("today"), protocol::dateToWire(Clock::today())},
                    {QStringLiteral("serverTime"), protocol::dateTimeToWire(Clock::now())}};
}

} // namespace cj::server::handlers
