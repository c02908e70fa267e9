#include "handlers/ScheduleHandlers.h"

#include <QCborArray>

#include "app/Clock.h"
#include "handlers/Lookup.h"
#include "handlers/StructureViews.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/Access.h"
#include "rules/Calendar.h"
#include "rules/LessonPlanner.h"
#include "rules/ScheduleClash.h"
#include "rules/YearRules.h"
#include "storage/LessonStore.h"
#include "storage/ScheduleStore.h"
#include "storage/SubstitutionStore.h"

namespace cj::server::handlers {

namespace {
constexpr int kMaxRangeDays = 400;

void requireInYear(const YearRecord &year, const QDate &date, const QString &field)
{
    if (!Calendar(year).contains(date))
        violated(field, QStringLiteral("date_outside_year"), QStringLiteral("the date is outside the academic year %1").arg(year.name));
}

// A date range argument pair, at most about a year long.
std::pair<QDate, QDate> readRange(RequestContext &ctx)
{
    const QDate from = ctx.args.date(QStringLiteral("from"));
    const QDate to = ctx.args.date(QStringLiteral("to"));
    if (to < from)
        invalid(QStringLiteral("to"), QStringLiteral("the range ends before it starts"));
    if (from.daysTo(to) > kMaxRangeDays)
        invalid(QStringLiteral("to"), QStringLiteral("a range covers at most %1 days").arg(kMaxRangeDays));
    return {from, to};
}

SlotUse useOf(const LessonRecord &l)
{
    return SlotUse{l.classId, l.subgroupId, l.givenBy(), l.room};
}

// Refuses when another lesson of the slot clashes with `use` (for lessons.add and substitutions).
void refuseLessonClash(RequestContext &ctx, const SlotUse &use, const QDate &date, int lessonNumber, qint64 exceptLesson)
{
    for (const LessonRecord &other : LessonStore::inSlot(ctx.db, ctx.caller.schoolId, date, lessonNumber)) {
        if (other.id == exceptLesson)
            continue;
        const ScheduleClash::Kind kind = ScheduleClash::between(use, useOf(other));
        if (kind != ScheduleClash::Kind::None)
            ScheduleClash::refuse(kind, lessonToCbor(other));
    }
}

// The lesson and its open year, for changes.
LessonRecord lessonToChange(RequestContext &ctx, qint64 id)
{
    const LessonRecord lesson = lessonOfSchool(ctx, id);
    openYearOf(ctx, assignmentOfSchool(ctx, lesson.assignmentId).yearId);
    return lesson;
}

QCborMap lessonResult(RequestContext &ctx, qint64 id)
{
    return lessonToCbor(lessonOfSchool(ctx, id));
}
} // namespace

QCborMap scheduleList(RequestContext &ctx)
{
    ScheduleFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    filter.classId = ctx.args.optionalId(QStringLiteral("classId")).value_or(0);
    filter.teacherId = ctx.args.optionalId(QStringLiteral("teacherId")).value_or(0);
    filter.room = ctx.args.string(QStringLiteral("room"), QString(), 40).trimmed();
    if ((filter.classId > 0) + (filter.teacherId > 0) + !filter.room.isEmpty() != 1)
        invalid(QStringLiteral("classId"), QStringLiteral("give exactly one of classId, teacherId and room"));
    if (!Access::isStaff(ctx.caller) && filter.classId == 0)
        deny(QStringLiteral("students and parents see only their own class's schedule"));
    const YearRecord year = filter.classId > 0 ? yearOfSchool(ctx, classOfSchool(ctx, filter.classId).yearId)
                                               : yearFromArgs(ctx, QStringLiteral("yearId"));
    const Calendar calendar(year);
    if (const auto weekOf = ctx.args.optionalDate(QStringLiteral("weekOf"))) {
        filter.from = weekOf->addDays(1 - weekOf->dayOfWeek());
        filter.to = filter.from.addDays(6);
    } else {
        filter.from = calendar.clamp(ctx.args.optionalDate(QStringLiteral("date")).value_or(Clock::today()));
        filter.to = filter.from;
    }
    if (filter.classId > 0)
        Access::requireScheduleReader(ctx.db, ctx.caller, filter.classId, calendar.clamp(filter.from));
    QCborArray entries;
    for (const ScheduleEntryRecord &e : ScheduleStore::list(ctx.db, filter))
        entries.append(scheduleEntryToCbor(e));
    return QCborMap{{QStringLiteral("entries"), entries}};
}

QCborMap scheduleSet(RequestContext &ctx)
{
    const AssignmentRecord a = assignmentOfSchool(ctx, ctx.args.id(QStringLiteral("assignmentId")));
    const YearRecord year = openYearOf(ctx, a.yearId);
    ScheduleEntryRecord e;
    e.schoolId = a.schoolId;
    e.classId = a.classId;
    e.assignmentId = a.id;
    e.weekday = int(ctx.args.integer(QStringLiteral("weekday"), 1, 6));
    if (e.weekday > year.weekDays)
        invalid(QStringLiteral("weekday"), QStringLiteral("the year has a %1-day week").arg(year.weekDays));
    e.lessonNumber = int(ctx.args.integer(QStringLiteral("lessonNumber"), 0, 12));
    e.room = ctx.args.string(QStringLiteral("room"), QString(), 40).trimmed();
    e.validFrom = ctx.args.date(QStringLiteral("validFrom"));
    requireInYear(year, e.validFrom, QStringLiteral("validFrom"));
    std::optional<ScheduleEntryRecord> replaced;
    if (const auto replaceId = ctx.args.optionalId(QStringLiteral("replaceEntryId"))) {
        replaced = ScheduleStore::byId(ctx.db, *replaceId);
        if (!replaced || replaced->schoolId != ctx.caller.schoolId || replaced->classId != e.classId)
            notFound(QStringLiteral("schedule entry %1 of this class").arg(*replaceId));
    }
    QList<ScheduleEntryRecord> slot = ScheduleStore::inSlot(ctx.db, e.schoolId, e.weekday, e.lessonNumber, e.validFrom, {});
    if (replaced)
        slot.removeIf([&](const ScheduleEntryRecord &other) { return other.id == replaced->id; });
    if (const auto clash = ScheduleClash::withEntries(SlotUse{e.classId, a.subgroupId, a.teacherId, e.room}, slot))
        ScheduleClash::refuse(clash->kind, scheduleEntryToCbor(clash->entry));
    QCborMap before;
    if (replaced) {
        before = scheduleEntryToCbor(*replaced);
        if (replaced->validFrom >= e.validFrom)
            ScheduleStore::remove(ctx.db, replaced->id);
        else if (!replaced->validTo.isValid() || replaced->validTo > e.validFrom)
            ScheduleStore::endAt(ctx.db, replaced->id, e.validFrom);
    }
    e.id = ScheduleStore::insert(ctx.db, e);
    const QCborMap result = scheduleEntryToCbor(*ScheduleStore::byId(ctx.db, e.id));
    ctx.audit(QStringLiteral("schedule_entry"), e.id, QStringLiteral("set"), before, result);
    return result;
}

QCborMap scheduleRemove(RequestContext &ctx)
{
    const qint64 id = ctx.args.id(QStringLiteral("entryId"));
    const std::optional<ScheduleEntryRecord> e = ScheduleStore::byId(ctx.db, id);
    if (!e || e->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("schedule entry %1").arg(id));
    openYearOf(ctx, classOfSchool(ctx, e->classId).yearId);
    const QDate from = ctx.args.date(QStringLiteral("from"));
    if (from <= e->validFrom)
        ScheduleStore::remove(ctx.db, id);
    else if (!e->validTo.isValid() || e->validTo > from)
        ScheduleStore::endAt(ctx.db, id, from);
    ctx.audit(QStringLiteral("schedule_entry"), id, QStringLiteral("remove"), scheduleEntryToCbor(*e),
              QCborMap{{QStringLiteral("from"), protocol::dateToWire(from)}});
    return {};
}

QCborMap lessonsGenerate(RequestContext &ctx)
{
    QDate from;
    QDate to;
    std::tie(from, to) = readRange(ctx);
    QList<ClassRecord> classes;
    YearRecord year;
    if (const auto classId = ctx.args.optionalId(QStringLiteral("classId"))) {
        classes.append(classOfSchool(ctx, *classId));
        year = openYearOf(ctx, classes.first().yearId);
    } else {
        const QList<YearRecord> years = YearStore::list(ctx.db, ctx.caller.schoolId, true);
        const auto found = std::find_if(years.cbegin(), years.cend(),
                                        [&](const YearRecord &y) { return Calendar(y).contains(from); });
        if (found == years.cend())
            violated(QStringLiteral("from"), QStringLiteral("date_outside_year"), QStringLiteral("no academic year contains the date"));
        year = *found;
        YearRules::requireOpen(year);
        classes = ClassStore::list(ctx.db, year.id, {});
    }
    if (to < year.startsOn || from > year.endsOn)
        violated(QStringLiteral("from"), QStringLiteral("date_outside_year"),
                 QStringLiteral("the dates are outside the academic year %1").arg(year.name));
    const Calendar calendar(year);
    from = calendar.clamp(from);
    to = calendar.clamp(to);
    const LessonPlanner::Outcome outcome = LessonPlanner::generate(ctx.db, calendar, classes, from, to);
    QCborArray kept;
    for (const qint64 id : outcome.kept)
        kept.append(lessonResult(ctx, id));
    ctx.audit(QStringLiteral("lessons"), year.id, QStringLiteral("generate"), {},
              QCborMap{{QStringLiteral("from"), protocol::dateToWire(from)},
                       {QStringLiteral("to"), protocol::dateToWire(to)},
                       {QStringLiteral("classes"), classes.size()},
                       {QStringLiteral("created"), outcome.created},
                       {QStringLiteral("removed"), outcome.removed}});
    return QCborMap{{QStringLiteral("created"), outcome.created},
                    {QStringLiteral("removed"), outcome.removed},
                    {QStringLiteral("kept"), kept}};
}

QCborMap lessonsList(RequestContext &ctx)
{
    LessonFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    filter.classId = ctx.args.optionalId(QStringLiteral("classId")).value_or(0);
    filter.assignmentId = ctx.args.optionalId(QStringLiteral("assignmentId")).value_or(0);
    filter.teacherId = ctx.args.optionalId(QStringLiteral("teacherId")).value_or(0);
    if ((filter.classId > 0) + (filter.assignmentId > 0) + (filter.teacherId > 0) != 1)
        invalid(QStringLiteral("classId"), QStringLiteral("give exactly one of classId, assignmentId and teacherId"));
    std::tie(filter.from, filter.to) = readRange(ctx);
    QCborArray lessons;
    for (const LessonRecord &l : LessonStore::list(ctx.db, filter))
        lessons.append(lessonToCbor(l));
    return QCborMap{{QStringLiteral("lessons"), lessons}};
}

QCborMap lessonsAdd(RequestContext &ctx)
{
    const AssignmentRecord a = assignmentOfSchool(ctx, ctx.args.id(QStringLiteral("assignmentId")));
    const YearRecord year = openYearOf(ctx, a.yearId);
    NewLesson l;
    l.assignmentId = a.id;
    l.date = ctx.args.date(QStringLiteral("date"));
    requireInYear(year, l.date, QStringLiteral("date"));
    l.lessonNumber = int(ctx.args.integer(QStringLiteral("lessonNumber"), 0, 12));
    l.room = ctx.args.string(QStringLiteral("room"), QString(), 40).trimmed();
    l.movedFrom = ctx.args.optionalDate(QStringLiteral("movedFrom")).value_or(QDate());
    l.origin = ctx.args.string(QStringLiteral("origin"), l.movedFrom.isValid() ? QStringLiteral("moved") : QStringLiteral("extra"), 10);
    if (l.origin != QLatin1String("extra") && l.origin != QLatin1String("moved"))
        invalid(QStringLiteral("origin"), QStringLiteral("origin is \"extra\" or \"moved\""));
    if (l.origin == QLatin1String("moved") && !l.movedFrom.isValid())
        invalid(QStringLiteral("movedFrom"), QStringLiteral("a moved lesson says the day it was moved from"));
    if (l.origin == QLatin1String("extra"))
        l.movedFrom = QDate();
    refuseLessonClash(ctx, SlotUse{a.classId, a.subgroupId, a.teacherId, l.room}, l.date, l.lessonNumber, 0);
    const qint64 id = LessonStore::insert(ctx.db, a.schoolId, l);
    if (l.movedFrom.isValid()) {
        LessonFilter there;
        there.schoolId = a.schoolId;
        there.assignmentId = a.id;
        there.from = there.to = l.movedFrom;
        for (const LessonRecord &old : LessonStore::list(ctx.db, there)) {
            if (old.id != id && !LessonStore::hasJournalData(ctx.db, old.id)) {
                LessonStore::removeMany(ctx.db, {old.id});
                ctx.audit(QStringLiteral("lesson"), old.id, QStringLiteral("delete"), lessonToCbor(old), {});
                break;
            }
        }
    }
    const QCborMap result = lessonResult(ctx, id);
    ctx.audit(QStringLiteral("lesson"), id, QStringLiteral("add"), {}, result);
    return result;
}

QCborMap lessonsDelete(RequestContext &ctx)
{
    const LessonRecord lesson = lessonToChange(ctx, ctx.args.id(QStringLiteral("id")));
    if (LessonStore::hasJournalData(ctx.db, lesson.id))
        violated(QStringLiteral("id"), QStringLiteral("has_journal_data"), QStringLiteral("the lesson has journal entries"));
    LessonStore::removeMany(ctx.db, {lesson.id});
    ctx.audit(QStringLiteral("lesson"), lesson.id, QStringLiteral("delete"), lessonToCbor(lesson), {});
    return {};
}

QCborMap substitutionsSet(RequestContext &ctx)
{
    const LessonRecord lesson = lessonToChange(ctx, ctx.args.id(QStringLiteral("lessonId")));
    const UserRecord teacher = teacherOfSchool(ctx, ctx.args.id(QStringLiteral("teacherId")), QStringLiteral("teacherId"));
    if (teacher.id == lesson.teacherId)
        invalid(QStringLiteral("teacherId"), QStringLiteral("the lesson's own teacher cannot substitute for themselves"));
    const QString reason = ctx.args.string(QStringLiteral("reason"), QString(), 500).trimmed();
    // Only the substitute's own time matters: the class and room stay the lesson's.
    for (const LessonRecord &other : LessonStore::inSlot(ctx.db, ctx.caller.schoolId, lesson.date, lesson.lessonNumber)) {
        if (other.id != lesson.id && other.givenBy() == teacher.id)
            ScheduleClash::refuse(ScheduleClash::Kind::Teacher, lessonToCbor(other));
    }
    SubstitutionStore::set(ctx.db, ctx.caller.schoolId, lesson.id, teacher.id, reason, ctx.caller.userId, Clock::now());
    const QCborMap result = lessonResult(ctx, lesson.id);
    ctx.audit(QStringLiteral("substitution"), lesson.id, QStringLiteral("set"), lessonToCbor(lesson), result);
    return result;
}

QCborMap substitutionsRemove(RequestContext &ctx)
{
    const LessonRecord lesson = lessonToChange(ctx, ctx.args.id(QStringLiteral("lessonId")));
    if (SubstitutionStore::remove(ctx.db, lesson.id))
        ctx.audit(QStringLiteral("substitution"), lesson.id, QStringLiteral("remove"), lessonToCbor(lesson), {});
    return lessonResult(ctx, lesson.id);
}

QCborMap substitutionsList(RequestContext &ctx)
{
    const auto [from, to] = readRange(ctx);
    QCborArray list;
    for (const SubstitutionRecord &s : SubstitutionStore::list(ctx.db, ctx.caller.schoolId, from, to,
                                                               ctx.args.optionalId(QStringLiteral("teacherId")).value_or(0))) {
        list.append(QCborMap{{QStringLiteral("lessonId"), s.lessonId},
                             {QStringLiteral("date"), protocol::dateToWire(s.date)},
                             {QStringLiteral("lessonNumber"), s.lessonNumber},
                             {QStringLiteral("classId"), s.classId},
                             {QStringLiteral("className"), s.className},
                             {QStringLiteral("subjectName"), s.subjectName},
                             {QStringLiteral("teacherId"), s.teacherId},
                             {QStringLiteral("teacherName"), s.teacherName},
                             {QStringLiteral("substituteId"), s.substituteId},
                             {QStringLiteral("substituteName"), s.substituteName},
                             {QStringLiteral("reason"), s.reason},
                             {QStringLiteral("createdAt"), protocol::dateTimeToWire(s.createdAt)},
                             {QStringLiteral("createdByName"), s.createdByName}});
    }
    return QCborMap{{QStringLiteral("substitutions"), list}};
}

} // namespace cj::server::handlers
