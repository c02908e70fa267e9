#include "handlers/CalendarHandlers.h"

#include <QCborArray>

#include "handlers/Lookup.h"
#include "handlers/StructureViews.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/BellRules.h"
#include "rules/YearRules.h"
#include "rules/YearTemplate.h"
#include "storage/BellStore.h"
#include "storage/ScheduleStore.h"
#include "storage/YearStore.h"

namespace cj::server::handlers {

using protocol::ArgReader;
using protocol::ErrorCode;

namespace {
QCborMap yearResult(RequestContext &ctx, qint64 yearId)
{
    return yearToCbor(yearOfSchool(ctx, yearId));
}

void refuseOverlap(RequestContext &ctx, const YearRecord &y)
{
    if (YearStore::overlapsAnother(ctx.db, ctx.caller.schoolId, y.startsOn, y.endsOn, y.id))
        violated(QStringLiteral("startsOn"), QStringLiteral("year_overlap"), QStringLiteral("the dates overlap another academic year"));
}

int readWeekDays(RequestContext &ctx, int fallback)
{
    return int(ctx.args.has(QStringLiteral("weekDays")) ? ctx.args.integer(QStringLiteral("weekDays"), 5, 6) : fallback);
}

QCborMap holidayView(const HolidayRecord &h)
{
    return QCborMap{{QStringLiteral("name"), h.name},
                    {QStringLiteral("startsOn"), protocol::dateToWire(h.startsOn)},
                    {QStringLiteral("endsOn"), protocol::dateToWire(h.endsOn)}};
}

QTime readTime(const ArgReader &reader, const QString &key)
{
    const QTime t = QTime::fromString(reader.string(key, 5), QStringLiteral("H:mm"));
    if (!t.isValid())
        reader.fail(key, QStringLiteral("time as \"HH:MM\""));
    return t;
}
} // namespace

QCborMap yearsList(RequestContext &ctx)
{
    QCborArray years;
    for (const YearRecord &y :
         YearStore::list(ctx.db, ctx.caller.schoolId, ctx.args.boolean(QStringLiteral("includeClosed"), true)))
        years.append(yearToCbor(y));
    return QCborMap{{QStringLiteral("years"), years}};
}

QCborMap yearsCreate(RequestContext &ctx)
{
    YearRecord y;
    y.schoolId = ctx.caller.schoolId;
    y.name = ctx.args.nonEmptyString(QStringLiteral("name"), 40);
    y.startsOn = ctx.args.date(QStringLiteral("startsOn"));
    y.endsOn = ctx.args.date(QStringLiteral("endsOn"));
    y.weekDays = readWeekDays(ctx, 5);
    const QString shape = ctx.args.string(QStringLiteral("template"), QStringLiteral("standard"), 20);
    if (shape != QLatin1String("standard") && shape != QLatin1String("empty"))
        invalid(QStringLiteral("template"), QStringLiteral("template is \"standard\" or \"empty\""));
    YearRules::checkDates(y);
    refuseOverlap(ctx, y);
    if (shape == QLatin1String("standard"))
        YearTemplate::fill(y);
    YearStore::insertWithContents(ctx.db, y);
    const QCborMap result = yearResult(ctx, y.id);
    ctx.audit(QStringLiteral("year"), y.id, QStringLiteral("create"), {}, result);
    return result;
}

QCborMap yearsUpdate(RequestContext &ctx)
{
    YearRecord y = openYearOf(ctx, ctx.args.id(QStringLiteral("id")));
    const QCborMap before = yearToCbor(y);
    if (ctx.args.has(QStringLiteral("name")))
        y.name = ctx.args.nonEmptyString(QStringLiteral("name"), 40);
    y.startsOn = ctx.args.optionalDate(QStringLiteral("startsOn")).value_or(y.startsOn);
    y.endsOn = ctx.args.optionalDate(QStringLiteral("endsOn")).value_or(y.endsOn);
    y.weekDays = readWeekDays(ctx, y.weekDays);
    YearRules::checkDates(y);
    refuseOverlap(ctx, y);
    YearRules::checkContents(y);
    if (y.weekDays < 6 && ScheduleStore::usesWeekdayFrom(ctx.db, y.id, 6))
        invalid(QStringLiteral("weekDays"), QStringLiteral("the schedule has Saturday lessons"));
    YearStore::update(ctx.db, y);
    const QCborMap result = yearResult(ctx, y.id);
    ctx.audit(QStringLiteral("year"), y.id, QStringLiteral("update"), before, result);
    return result;
}

QCborMap periodsSet(RequestContext &ctx)
{
    const YearRecord y = openYearOf(ctx, ctx.args.id(QStringLiteral("yearId")));
    const QString scheme = ctx.args.string(QStringLiteral("scheme"), 20);
    if (!YearRules::isScheme(scheme))
        invalid(QStringLiteral("scheme"), QStringLiteral("scheme is \"quarters\" or \"halves\""));
    const QCborArray items = ctx.args.array(QStringLiteral("periods"), 4);
    QList<PeriodRecord> periods;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ArgReader p = ArgReader::element(items, i, QStringLiteral("periods"));
        PeriodRecord record;
        record.yearId = y.id;
        record.scheme = scheme;
        record.number = int(p.integer(QStringLiteral("number"), 1, 4));
        record.name = p.string(QStringLiteral("name"), 100).trimmed();
        record.startsOn = p.date(QStringLiteral("startsOn"));
        record.endsOn = p.date(QStringLiteral("endsOn"));
        periods.append(record);
    }
    YearRules::checkPeriods(y, periods, QStringLiteral("periods"));
    if (YearStore::periodsAboveInUse(ctx.db, y.id, scheme, int(periods.size())))
        violated(QStringLiteral("periods"), QStringLiteral("has_journal_data"),
                 QStringLiteral("a period to be dropped already has period marks or exemptions"));
    const QCborMap before = yearToCbor(y);
    YearStore::replacePeriods(ctx.db, y, scheme, periods);
    const QCborMap result = yearResult(ctx, y.id);
    ctx.audit(QStringLiteral("year"), y.id, QStringLiteral("set_periods"), before, result);
    return result;
}

QCborMap holidaysSave(RequestContext &ctx)
{
    const YearRecord y = openYearOf(ctx, ctx.args.id(QStringLiteral("yearId")));
    HolidayRecord h;
    QCborMap before;
    if (const auto id = ctx.args.optionalId(QStringLiteral("id"))) {
        const std::optional<HolidayRecord> existing = YearStore::holidayById(ctx.db, *id);
        if (!existing || existing->yearId != y.id)
            notFound(QStringLiteral("holiday %1").arg(*id));
        h = *existing;
        before = holidayView(h);
    }
    h.yearId = y.id;
    h.name = ctx.args.string(QStringLiteral("name"), 200).trimmed();
    h.startsOn = ctx.args.date(QStringLiteral("startsOn"));
    h.endsOn = ctx.args.date(QStringLiteral("endsOn"));
    h.grades.clear();
    if (ctx.args.has(QStringLiteral("grades"))) {
        for (const QCborValue &g : ctx.args.array(QStringLiteral("grades"), 11)) {
            if (!g.isInteger())
                ctx.args.fail(QStringLiteral("grades"), QStringLiteral("array of integers"));
            h.grades.append(int(g.toInteger()));
        }
    }
    YearRules::checkHoliday(y, h, QString());
    if (h.id > 0)
        YearStore::updateHoliday(ctx.db, h);
    else
        h.id = YearStore::insertHoliday(ctx.db, ctx.caller.schoolId, h);
    ctx.audit(QStringLiteral("holiday"), h.id, before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"),
              before, holidayView(h));
    return yearResult(ctx, y.id);
}

QCborMap holidaysDelete(RequestContext &ctx)
{
    const qint64 id = ctx.args.id(QStringLiteral("id"));
    const std::optional<HolidayRecord> h = YearStore::holidayById(ctx.db, id);
    if (!h)
        notFound(QStringLiteral("holiday %1").arg(id));
    const YearRecord y = openYearOf(ctx, h->yearId);
    YearStore::removeHoliday(ctx.db, id);
    ctx.audit(QStringLiteral("holiday"), id, QStringLiteral("delete"), holidayView(*h), {});
    return yearResult(ctx, y.id);
}

QCborMap bellsList(RequestContext &ctx)
{
    const YearRecord y = yearOfSchool(ctx, ctx.args.id(QStringLiteral("yearId")));
    QCborArray schedules;
    for (const BellScheduleRecord &s : BellStore::list(ctx.db, y.id))
        schedules.append(bellScheduleToCbor(s));
    return QCborMap{{QStringLiteral("schedules"), schedules}};
}

QCborMap bellsSave(RequestContext &ctx)
{
    const YearRecord y = openYearOf(ctx, ctx.args.id(QStringLiteral("yearId")));
    BellScheduleRecord s;
    QCborMap before;
    if (const auto id = ctx.args.optionalId(QStringLiteral("id"))) {
        const std::optional<BellScheduleRecord> existing = BellStore::byId(ctx.db, *id);
        if (!existing || existing->yearId != y.id)
            notFound(QStringLiteral("bell schedule %1").arg(*id));
        s = *existing;
        before = bellScheduleToCbor(s);
    }
    s.yearId = y.id;
    s.name = ctx.args.nonEmptyString(QStringLiteral("name"), 100);
    const QCborArray items = ctx.args.array(QStringLiteral("bells"), 13);
    s.bells.clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ArgReader b = ArgReader::element(items, i, QStringLiteral("bells"));
        s.bells.append(Bell{int(b.integer(QStringLiteral("lessonNumber"), 0, 12)), readTime(b, QStringLiteral("startsAt")),
                            readTime(b, QStringLiteral("endsAt"))});
    }
    std::stable_sort(s.bells.begin(), s.bells.end(),
                     [](const Bell &a, const Bell &b) { return a.lessonNumber < b.lessonNumber; });
    BellRules::check(s.bells);
    if (BellStore::nameTaken(ctx.db, y.id, s.name, s.id))
        throw RpcError(ErrorCode::Conflict, QStringLiteral("a bell schedule with this name exists"),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("name")}});
    if (s.id > 0)
        BellStore::update(ctx.db, s);
    else
        s.id = BellStore::insert(ctx.db, ctx.caller.schoolId, s);
    const QCborMap result = bellScheduleToCbor(s);
    ctx.audit(QStringLiteral("bells"), s.id, before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"), before,
              result);
    return result;
}

QCborMap bellsDelete(RequestContext &ctx)
{
    const qint64 id = ctx.args.id(QStringLiteral("id"));
    const std::optional<BellScheduleRecord> s = BellStore::byId(ctx.db, id);
    if (!s)
        notFound(QStringLiteral("bell schedule %1").arg(id));
    openYearOf(ctx, s->yearId);
    if (BellStore::usedByClass(ctx.db, id))
        throw RpcError(ErrorCode::Conflict, QStringLiteral("a class uses this bell schedule"),
                       QCborMap{{QStringLiteral("constraint"), QStringLiteral("classes_bell_schedule_id_fkey")}});
    BellStore::remove(ctx.db, id);
    ctx.audit(QStringLiteral("bells"), id, QStringLiteral("delete"), bellScheduleToCbor(*s), {});
    return {};
}

} // namespace cj::server::handlers
