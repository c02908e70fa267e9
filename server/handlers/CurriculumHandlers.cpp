#include "handlers/CurriculumHandlers.h"

#include <QCborArray>
#include <QHash>

#include "handlers/Lookup.h"
#include "handlers/StructureViews.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/CurriculumLimits.h"
#include "rules/ScheduleClash.h"
#include "storage/CurriculumStore.h"
#include "storage/ScheduleStore.h"
#include "storage/SubgroupStore.h"

namespace cj::server::handlers {

using protocol::ErrorCode;

namespace {
void readSubjectFields(RequestContext &ctx, SubjectRecord &s)
{
    if (ctx.args.has(QStringLiteral("name")))
        s.name = ctx.args.nonEmptyString(QStringLiteral("name"), 100);
    s.shortName = ctx.args.string(QStringLiteral("shortName"), s.shortName, 30).trimmed();
    s.grading = ctx.args.string(QStringLiteral("grading"), s.grading, 20);
    if (s.grading != QLatin1String("marks") && s.grading != QLatin1String("pass_fail"))
        invalid(QStringLiteral("grading"), QStringLiteral("grading is \"marks\" or \"pass_fail\""));
    s.extendedWindow = ctx.args.boolean(QStringLiteral("extendedWindow"), s.extendedWindow);
    s.sortOrder = int(ctx.args.optionalInteger(QStringLiteral("sortOrder")).value_or(s.sortOrder));
    if (SubjectStore::nameTaken(ctx.db, ctx.caller.schoolId, s.name, s.id))
        throw RpcError(ErrorCode::Conflict, QStringLiteral("subject '%1' exists").arg(s.name),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("name")}});
}

double readHours(RequestContext &ctx)
{
    const double hours = ctx.args.number(QStringLiteral("hoursPerWeek"));
    if (!CurriculumLimits::isValidHours(hours))
        invalid(QStringLiteral("hoursPerWeek"), QStringLiteral("hours per week are 0 to 20 in steps of 0.5"));
    return hours;
}

QCborMap classTotal(const ClassRecord &c, double hours, int weekDays)
{
    return QCborMap{{QStringLiteral("classId"), c.id},
                    {QStringLiteral("className"), c.name()},
                    {QStringLiteral("grade"), c.grade},
                    {QStringLiteral("hoursPerWeek"), hours},
                    {QStringLiteral("maximum"), CurriculumLimits::maximumWeeklyHours(c.grade, weekDays)}};
}

QCborMap itemToCbor(const CurriculumItem &i)
{
    return QCborMap{{QStringLiteral("classId"), i.classId},
                    {QStringLiteral("className"), i.className},
                    {QStringLiteral("subjectId"), i.subjectId},
                    {QStringLiteral("subjectName"), i.subjectName},
                    {QStringLiteral("hoursPerWeek"), i.hoursPerWeek}};
}

// The year a class argument points to, else the one of args.yearId, else the current one.
YearRecord yearOfClassOrArgs(RequestContext &ctx, qint64 classId)
{
    return classId > 0 ? yearOfSchool(ctx, classOfSchool(ctx, classId).yearId) : yearFromArgs(ctx, QStringLiteral("yearId"));
}

QCborMap problem(qint64 classId, const QString &className, qint64 subjectId, const QString &subjectName, qint64 subgroupId,
                 const QString &subgroupName, double curriculumHours, double assignedHours, const QString &kind)
{
    return QCborMap{{QStringLiteral("classId"), classId},
                    {QStringLiteral("className"), className},
                    {QStringLiteral("subjectId"), subjectId},
                    {QStringLiteral("subjectName"), subjectName},
                    {QStringLiteral("subgroupId"), idOrNull(subgroupId)},
                    {QStringLiteral("subgroupName"), subgroupName},
                    {QStringLiteral("curriculumHours"), curriculumHours},
                    {QStringLiteral("assignedHours"), assignedHours},
                    {QStringLiteral("kind"), kind}};
}

QString hoursKind(double curriculum, double assigned)
{
    if (assigned <= 0)
        return QStringLiteral("unassigned");
    return assigned < curriculum ? QStringLiteral("under") : QStringLiteral("over");
}
} // namespace

QCborMap subjectsList(RequestContext &ctx)
{
    QCborArray subjects;
    for (const SubjectRecord &s :
         SubjectStore::list(ctx.db, ctx.caller.schoolId, ctx.args.boolean(QStringLiteral("includeArchived"), false)))
        subjects.append(subjectToCbor(s));
    return QCborMap{{QStringLiteral("subjects"), subjects}};
}

QCborMap subjectsCreate(RequestContext &ctx)
{
    SubjectRecord s;
    s.schoolId = ctx.caller.schoolId;
    s.name = ctx.args.nonEmptyString(QStringLiteral("name"), 100);
    readSubjectFields(ctx, s);
    s.id = SubjectStore::insert(ctx.db, s);
    const QCborMap result = subjectToCbor(s);
    ctx.audit(QStringLiteral("subject"), s.id, QStringLiteral("create"), {}, result);
    return result;
}

QCborMap subjectsUpdate(RequestContext &ctx)
{
    SubjectRecord s = subjectOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    const QCborMap before = subjectToCbor(s);
    readSubjectFields(ctx, s);
    s.archived = ctx.args.boolean(QStringLiteral("archived"), s.archived);
    SubjectStore::update(ctx.db, s);
    const QCborMap result = subjectToCbor(s);
    ctx.audit(QStringLiteral("subject"), s.id, QStringLiteral("update"), before, result);
    return result;
}

QCborMap curriculumList(RequestContext &ctx)
{
    const qint64 classId = ctx.args.optionalId(QStringLiteral("classId")).value_or(0);
    const YearRecord year = yearOfClassOrArgs(ctx, classId);
    QHash<qint64, double> totals;
    QCborArray items;
    for (const CurriculumItem &i : CurriculumStore::list(ctx.db, year.id, classId)) {
        items.append(itemToCbor(i));
        totals[i.classId] += i.hoursPerWeek;
    }
    QCborArray totalList;
    for (const ClassRecord &c : ClassStore::list(ctx.db, year.id, {})) {
        if (classId == 0 || c.id == classId)
            totalList.append(classTotal(c, totals.value(c.id), year.weekDays));
    }
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("totals"), totalList}};
}

QCborMap curriculumSet(RequestContext &ctx)
{
    const ClassRecord c = classOfSchool(ctx, ctx.args.id(QStringLiteral("classId")));
    const YearRecord year = openYearOf(ctx, c.yearId);
    const SubjectRecord subject = subjectOfSchool(ctx, ctx.args.id(QStringLiteral("subjectId")));
    const double hours = readHours(ctx);
    const double total = CurriculumStore::totalOfClass(ctx.db, c.id, subject.id) + hours;
    const double maximum = CurriculumLimits::maximumWeeklyHours(c.grade, year.weekDays);
    if (total > maximum)
        violated(QStringLiteral("hoursPerWeek"), QStringLiteral("hours_over_maximum"),
                 QStringLiteral("%1 hours a week exceed the maximum of %2 for grade %3").arg(total).arg(maximum).arg(c.grade));
    if (hours > 0)
        CurriculumStore::set(ctx.db, ctx.caller.schoolId, c.id, subject.id, hours);
    else
        CurriculumStore::remove(ctx.db, c.id, subject.id);
    QCborArray items;
    for (const CurriculumItem &i : CurriculumStore::list(ctx.db, year.id, c.id))
        items.append(itemToCbor(i));
    ctx.audit(QStringLiteral("curriculum"), c.id, QStringLiteral("set"), {},
              QCborMap{{QStringLiteral("subjectId"), subject.id}, {QStringLiteral("hoursPerWeek"), hours}});
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("total"), classTotal(c, total, year.weekDays)}};
}

QCborMap assignmentsList(RequestContext &ctx)
{
    AssignmentFilter filter;
    filter.classId = ctx.args.optionalId(QStringLiteral("classId")).value_or(0);
    filter.teacherId = ctx.args.optionalId(QStringLiteral("teacherId")).value_or(0);
    filter.yearId = yearOfClassOrArgs(ctx, filter.classId).id;
    QCborArray assignments;
    for (const AssignmentRecord &a : AssignmentStore::list(ctx.db, filter))
        assignments.append(assignmentToCbor(a));
    return QCborMap{{QStringLiteral("assignments"), assignments}};
}

QCborMap assignmentsSave(RequestContext &ctx)
{
    AssignmentRecord a;
    QCborMap before;
    if (const auto id = ctx.args.optionalId(QStringLiteral("id"))) {
        a = assignmentOfSchool(ctx, *id);
        openYearOf(ctx, a.yearId);
        before = assignmentToCbor(a);
    }
    const AssignmentRecord old = a;
    const ClassRecord c = classOfSchool(ctx, ctx.args.id(QStringLiteral("classId")));
    openYearOf(ctx, c.yearId);
    a.schoolId = ctx.caller.schoolId;
    a.classId = c.id;
    a.subjectId = subjectOfSchool(ctx, ctx.args.id(QStringLiteral("subjectId"))).id;
    a.subgroupId = ctx.args.optionalId(QStringLiteral("subgroupId")).value_or(0);
    if (a.subgroupId > 0) {
        const std::optional<SubgroupRecord> g = SubgroupStore::byId(ctx.db, a.subgroupId, {});
        if (!g || g->classId != a.classId || g->subjectId != a.subjectId)
            violated(QStringLiteral("subgroupId"), QStringLiteral("subgroup_subject_mismatch"),
                     QStringLiteral("the subgroup is not one of this class and subject"));
    }
    a.teacherId = teacherOfSchool(ctx, ctx.args.id(QStringLiteral("teacherId")), QStringLiteral("teacherId")).id;
    a.hoursPerWeek = readHours(ctx);
    if (AssignmentStore::duplicate(ctx.db, a.classId, a.subjectId, a.subgroupId, a.id))
        throw RpcError(ErrorCode::Conflict, QStringLiteral("this class, subject and subgroup already have a teacher"),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("subjectId")}});
    if (a.id > 0) {
        const bool moved = a.classId != old.classId || a.subjectId != old.subjectId || a.subgroupId != old.subgroupId;
        if (moved && AssignmentStore::hasLessons(ctx.db, a.id))
            violated(QStringLiteral("classId"), QStringLiteral("has_journal_data"),
                     QStringLiteral("an assignment with lessons keeps its class, subject and subgroup"));
        // The new teacher takes over the assignment's timetable slots: they must be free.
        for (const ScheduleEntryRecord &e : ScheduleStore::ofAssignment(ctx.db, a.id)) {
            const auto clash = ScheduleClash::withEntries(
                SlotUse{a.classId, a.subgroupId, a.teacherId, e.room},
                ScheduleStore::inSlot(ctx.db, a.schoolId, e.weekday, e.lessonNumber, e.validFrom, e.validTo), a.id);
            if (clash)
                ScheduleClash::refuse(clash->kind, scheduleEntryToCbor(clash->entry));
        }
        AssignmentStore::update(ctx.db, a);
    } else {
        a.id = AssignmentStore::insert(ctx.db, a);
    }
    const QCborMap result = assignmentToCbor(*AssignmentStore::byId(ctx.db, a.id));
    ctx.audit(QStringLiteral("assignment"), a.id, before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"),
              before, result);
    return result;
}

QCborMap assignmentsDelete(RequestContext &ctx)
{
    const AssignmentRecord a = assignmentOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    openYearOf(ctx, a.yearId);
    if (AssignmentStore::hasLessons(ctx.db, a.id))
        violated(QStringLiteral("id"), QStringLiteral("has_journal_data"), QStringLiteral("the assignment has lessons"));
    AssignmentStore::remove(ctx.db, a.id);
    ctx.audit(QStringLiteral("assignment"), a.id, QStringLiteral("delete"), assignmentToCbor(a), {});
    return {};
}

QCborMap assignmentsCheck(RequestContext &ctx)
{
    const YearRecord year = yearFromArgs(ctx, QStringLiteral("yearId"));
    AssignmentFilter filter;
    filter.yearId = year.id;
    const QList<AssignmentRecord> assignments = AssignmentStore::list(ctx.db, filter);
    const QList<CurriculumItem> curriculum = CurriculumStore::list(ctx.db, year.id, 0);
    QCborArray problems;
    for (const ClassRecord &c : ClassStore::list(ctx.db, year.id, {})) {
        const QList<SubgroupRecord> subgroups = SubgroupStore::listOfClass(ctx.db, c.id, year.startsOn);
        for (const CurriculumItem &item : curriculum) {
            if (item.classId != c.id)
                continue;
            QList<const AssignmentRecord *> mine;
            bool bySubgroups = false;
            for (const AssignmentRecord &a : assignments) {
                if (a.classId == c.id && a.subjectId == item.subjectId) {
                    mine.append(&a);
                    bySubgroups = bySubgroups || a.subgroupId > 0;
                }
            }
            if (!bySubgroups) {
                const double assigned = mine.isEmpty() ? 0 : mine.first()->hoursPerWeek;
                if (assigned != item.hoursPerWeek)
                    problems.append(problem(c.id, c.name(), item.subjectId, item.subjectName, 0, QString(), item.hoursPerWeek, assigned,
                                            hoursKind(item.hoursPerWeek, assigned)));
                continue;
            }
            // Taught in subgroups: every subgroup of the subject needs the curriculum's hours.
            for (const SubgroupRecord &g : subgroups) {
                if (g.subjectId != item.subjectId)
                    continue;
                double assigned = 0;
                for (const AssignmentRecord *a : mine) {
                    if (a->subgroupId == g.id)
                        assigned = a->hoursPerWeek;
                }
                if (assigned != item.hoursPerWeek)
                    problems.append(problem(c.id, c.name(), item.subjectId, item.subjectName, g.id, g.name, item.hoursPerWeek, assigned,
                                            hoursKind(item.hoursPerWeek, assigned)));
            }
            for (const AssignmentRecord *a : mine) {
                if (a->subgroupId == 0) // a whole-class assignment besides the subgroups' is too much
                    problems.append(problem(c.id, c.name(), item.subjectId, item.subjectName, 0, QString(), item.hoursPerWeek, a->hoursPerWeek,
                                            QStringLiteral("over")));
            }
        }
    }
    for (const AssignmentRecord &a : assignments) {
        const bool planned = std::any_of(curriculum.cbegin(), curriculum.cend(), [&](const CurriculumItem &i) {
            return i.classId == a.classId && i.subjectId == a.subjectId;
        });
        if (!planned) {
            problems.append(problem(a.classId, a.className, a.subjectId, a.subjectName, a.subgroupId, a.subgroupName, 0, a.hoursPerWeek,
                                    QStringLiteral("not_in_curriculum")));
        }
    }
    return QCborMap{{QStringLiteral("problems"), problems}};
}

} // namespace cj::server::handlers
