// Контроль ведения журнала (003 §2.3, 000 §4.6.6): per assignment, what is missing or late in its
// journal over a range; per teacher, their activity.
#include <QCborArray>
#include <QCollator>
#include <QSet>

#include "app/Clock.h"
#include "handlers/Lookup.h"
#include "handlers/ReportFrame.h"
#include "handlers/ReportHandlers.h"
#include "reports/MarkDensity.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/EntryWindows.h"
#include "rules/ReportAccess.h"
#include "storage/ControlStore.h"
#include "storage/PupilLessonStore.h"
#include "storage/ResultsStore.h"

namespace cj::server::handlers {

using protocol::dateTimeToWire;

namespace {
QCborValue timestampOrNull(const QDateTime &at)
{
    return at.isValid() ? QCborValue(dateTimeToWire(at)) : QCborValue(nullptr);
}

YearRecord yearContaining(RequestContext &ctx, const QDate &date)
{
    for (const YearRecord &y : YearStore::list(ctx.db, ctx.caller.schoolId, true)) {
        if (date >= y.startsOn && date <= y.endsOn)
            return yearOfSchool(ctx, y.id);
    }
    invalid(QStringLiteral("from"), QStringLiteral("not a day of an academic year"));
}

// The pupils an assignment's marks are checked for: on the class's list at the range's end and not
// exempt from the subject then.
struct CheckedPupils {
    QSet<std::pair<qint64, qint64>> listed; // (class, pupil)
    QSet<std::pair<qint64, qint64>> exempt; // (pupil, subject)
};

CheckedPupils checkedPupils(RequestContext &ctx, const YearRecord &year, const QList<ControlRow> &rows, const QDate &end)
{
    QList<ResultsScope> scopes;
    QSet<qint64> classes;
    for (const ControlRow &r : rows) {
        if (classes.contains(r.classId))
            continue;
        classes.insert(r.classId);
        qint64 periodId = 0;
        for (const PeriodRecord &p : year.periodsOf(r.periodScheme)) {
            if (end >= p.startsOn && end <= p.endsOn)
                periodId = p.id;
        }
        scopes.append(ResultsScope{r.classId, periodId, end});
    }
    CheckedPupils c;
    for (const ListedPupil &p : ResultsStore::pupils(ctx.db, scopes))
        c.listed.insert({p.classId, p.studentId});
    for (const PupilSubjectMark &e : ResultsStore::exemptions(ctx.db, year.id, scopes))
        c.exempt.insert({e.studentId, e.subjectId});
    return c;
}
} // namespace

QCborMap reportsJournalControl(RequestContext &ctx)
{
    ReportAccess::requireSchool(ctx.caller, false);
    ReportFrame frame;
    frame.from = ctx.args.date(QStringLiteral("from"));
    frame.to = ctx.args.date(QStringLiteral("to"));
    requireRange(frame.from, frame.to);
    frame.year = yearContaining(ctx, frame.from);
    ControlFilter filter;
    filter.yearId = frame.year.id;
    filter.teacherId = ctx.args.optionalId(QStringLiteral("teacherId")).value_or(0);
    filter.classId = ctx.args.optionalId(QStringLiteral("classId")).value_or(0);
    if (filter.classId) {
        frame.cls = classOfSchool(ctx, filter.classId);
        if (frame.cls->yearId != frame.year.id)
            invalid(QStringLiteral("classId"), QStringLiteral("not a class of the range's year"));
    }
    // Only lessons that have taken place are checked.
    filter.from = frame.from;
    filter.to = qMin(frame.to, Clock::today());
    const QList<ControlRow> rows = ControlStore::assignments(ctx.db, filter);

    QList<qint64> assignmentIds, classIds, teacherIds;
    for (const ControlRow &r : rows) {
        assignmentIds.append(r.assignmentId);
        if (!classIds.contains(r.classId))
            classIds.append(r.classId);
        if (!teacherIds.contains(r.teacherId))
            teacherIds.append(r.teacherId);
    }
    const CheckedPupils checked = checkedPupils(ctx, frame.year, rows, filter.to);
    QHash<qint64, QList<PupilAssignmentLessons>> pupilsOf;
    for (const PupilAssignmentLessons &p :
         PupilLessonStore::byAssignment(ctx.db, PupilLessonFilter{classIds, filter.from, filter.to, 0}))
        pupilsOf[p.assignmentId].append(p);
    QHash<qint64, QList<LateMarkCandidate>> afterTheDay;
    for (const LateMarkCandidate &m : ControlStore::marksAfterLessonDay(ctx.db, assignmentIds, filter.from, filter.to))
        afterTheDay[m.assignmentId].append(m);
    const SchoolSettings settings = SchoolSettings::load(ctx.db, ctx.caller.schoolId);
    const auto calendar = std::make_shared<const Calendar>(frame.year);

    QCborArray rowList;
    QHash<qint64, QString> teacherNames;
    for (const ControlRow &r : rows) {
        teacherNames.insert(r.teacherId, r.teacherName);
        const bool noMarks = r.grade == 1; // 000 §3.7: attendance only, no homework
        AssignmentContext calendarOf;
        calendarOf.grade = r.grade;
        calendarOf.weekDays = frame.year.weekDays;
        calendarOf.extendedWindow = r.extendedWindow;
        const Deadlines deadlines(settings, calendarOf, calendar);
        int late = 0;
        for (const LateMarkCandidate &m : afterTheDay.value(r.assignmentId)) {
            const LessonDeadlines d = deadlines.forLesson(m.lessonDate);
            late += m.enteredAt.toLocalTime().date() > (m.written ? d.writtenMark : d.oralMark) ? 1 : 0;
        }
        const int minimum = noMarks ? 0 : MarkDensity::minimumMarks(r.hoursPerWeek);
        int marks = 0, without = 0, one = 0, tooFew = 0;
        for (const PupilAssignmentLessons &p : pupilsOf.value(r.assignmentId)) {
            marks += p.marks;
            if (noMarks || !checked.listed.contains({r.classId, p.studentId}) || checked.exempt.contains({p.studentId, r.subjectId}))
                continue;
            without += p.marks == 0 ? 1 : 0;
            one += p.marks == 1 ? 1 : 0;
            tooFew += MarkDensity::tooFew(p.marks, r.hoursPerWeek, p.validAbsences, p.lessons) ? 1 : 0;
        }
        rowList.append(QCborMap{{QStringLiteral("assignmentId"), r.assignmentId},
                                {QStringLiteral("className"), r.className},
                                {QStringLiteral("subjectName"), r.subjectName},
                                {QStringLiteral("subgroupName"), r.subgroupName},
                                {QStringLiteral("teacherId"), r.teacherId},
                                {QStringLiteral("teacherName"), r.teacherName},
                                {QStringLiteral("lessons"), r.lessons},
                                {QStringLiteral("withoutTopic"), r.withoutTopic},
                                {QStringLiteral("withoutHomework"), noMarks ? 0 : r.withoutHomework},
                                {QStringLiteral("lateMarks"), late},
                                {QStringLiteral("marks"), marks},
                                {QStringLiteral("studentsWithoutMarks"), without},
                                {QStringLiteral("studentsWithOneMark"), one},
                                {QStringLiteral("studentsWithTooFewMarks"), tooFew},
                                {QStringLiteral("minimumMarks"), minimum},
                                {QStringLiteral("plannedHours"), r.plannedHours},
                                {QStringLiteral("substitutions"), r.substitutions},
                                {QStringLiteral("lastEntryAt"), timestampOrNull(r.lastEntryAt)}});
    }

    // Activity over the whole range, in the school's days.
    QList<TeacherActivity> activity = ControlStore::activity(ctx.db, teacherIds, QDateTime(frame.from, QTime(0, 0)).toUTC(),
                                                             QDateTime(frame.to.addDays(1), QTime(0, 0)).toUTC());
    QCollator russian{QLocale(QLocale::Russian)};
    std::sort(activity.begin(), activity.end(), [&](const TeacherActivity &a, const TeacherActivity &b) {
        return russian.compare(teacherNames.value(a.teacherId), teacherNames.value(b.teacherId)) < 0;
    });
    QCborArray teachers;
    for (const TeacherActivity &t : activity) {
        teachers.append(QCborMap{{QStringLiteral("teacherId"), t.teacherId},
                                 {QStringLiteral("teacherName"), teacherNames.value(t.teacherId)},
                                 {QStringLiteral("lastEntryAt"), timestampOrNull(t.lastEntryAt)},
                                 {QStringLiteral("entries"), t.entries}});
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("rows"), rowList}, {QStringLiteral("teachers"), teachers}});
}

} // namespace cj::server::handlers
