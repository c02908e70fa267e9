// Results of teaching: a period's results, the forecast before it closes, the class teacher's report,
// letters to parents and a pupil's mark dynamics.
#include <QCborArray>
#include <QMap>

#include <algorithm>

#include "app/Clock.h"
#include "domain/Grading.h"
#include "handlers/Lookup.h"
#include "handlers/ReportFrame.h"
#include "handlers/ReportHandlers.h"
#include "handlers/ReportSections.h"
#include "reports/AttendanceTally.h"
#include "reports/MarkDensity.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/ReportAccess.h"
#include "rules/SchoolSettings.h"
#include "storage/CurrentMarksStore.h"
#include "storage/PupilLessonStore.h"
#include "storage/ResultsStore.h"

namespace cj::server::handlers {

using protocol::dateToWire;

namespace {
// A class report, or (args.assignmentId) one assignment's: its teacher may ask too.
struct ResultsTarget {
    ReportFrame frame;
    std::optional<AssignmentContext> assignment;
};

ResultsTarget resultsTarget(RequestContext &ctx)
{
    const std::optional<qint64> assignmentId = ctx.args.optionalId(QStringLiteral("assignmentId"));
    if (!assignmentId)
        return ResultsTarget{classReportFrame(ctx), std::nullopt};
    const std::optional<AssignmentContext> a = JournalStore::assignment(ctx.db, *assignmentId);
    if (!a || a->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("assignment %1").arg(*assignmentId));
    ResultsTarget t{ReportFrame::ofClass(ctx, a->classId), a};
    ReportAccess::requireAssignment(ctx.caller, a->teacherId, *t.frame.cls);
    return t;
}

void setPeriod(RequestContext &ctx, ReportFrame &frame)
{
    frame.period = periodOfClass(ctx, frame.year, *frame.cls, QStringLiteral("periodId"));
    frame.from = frame.period->startsOn;
    frame.to = frame.period->endsOn;
}

ResultsRequest resultsRequest(const ReportFrame &frame, const std::optional<AssignmentContext> &assignment)
{
    return ResultsRequest{*frame.cls, frame.year.id, frame.period ? frame.period->id : 0, frame.to, assignment};
}

// A pupil's lessons of a subject in a range, summed over the subject's assignments (subgroups).
struct SubjectLessons {
    QString subjectName;
    int lessons = 0;
    int missed = 0;
    int validAbsences = 0;
};

// By pupil, then subject, in the school's subject order.
QMap<qint64, QList<std::pair<qint64, SubjectLessons>>> lessonsBySubject(const QList<PupilAssignmentLessons> &rows)
{
    QMap<qint64, QList<std::pair<qint64, SubjectLessons>>> map;
    for (const PupilAssignmentLessons &r : rows) {
        QList<std::pair<qint64, SubjectLessons>> &subjects = map[r.studentId];
        if (subjects.isEmpty() || subjects.last().first != r.subjectId)
            subjects.append({r.subjectId, SubjectLessons{r.subjectName}});
        SubjectLessons &s = subjects.last().second;
        s.lessons += r.lessons;
        s.missed += r.missed;
        s.validAbsences += r.validAbsences;
    }
    return map;
}

SubjectLessons lessonsOf(const QList<std::pair<qint64, SubjectLessons>> &subjects, qint64 subjectId)
{
    for (const auto &[id, lessons] : subjects) {
        if (id == subjectId)
            return lessons;
    }
    return {};
}

std::optional<double> plainMean(const QList<SubjectMark> &marks)
{
    QList<GradedMark> graded;
    for (const SubjectMark &m : marks) {
        if (!m.passed)
            graded.append(GradedMark{m.value, 1.0, false});
    }
    return grading::stats(graded, RoundingPolicy{}).average;
}
} // namespace

QCborMap reportsPeriodResults(RequestContext &ctx)
{
    ResultsTarget t = resultsTarget(ctx);
    ReportFrame &frame = t.frame;
    if (ctx.args.boolean(QStringLiteral("year"), false)) {
        frame.to = endOfStudy(frame.year, frame.cls->periodScheme);
    } else {
        setPeriod(ctx, frame);
    }
    return frame.result(ctx, resultsSection(ctx, resultsRequest(frame, t.assignment)));
}

QCborMap reportsForecast(RequestContext &ctx)
{
    ResultsTarget t = resultsTarget(ctx);
    ReportFrame &frame = t.frame;
    setPeriod(ctx, frame);
    const ClassRecord &cls = *frame.cls;
    const qint64 onlySubject = t.assignment ? t.assignment->subjectId : 0;
    const SchoolSettings settings = SchoolSettings::load(ctx.db, ctx.caller.schoolId);
    QCborArray rows;
    // Grade 1 has no marks (000 §3.7): nothing to forecast.
    if (cls.grade > 1) {
        const QList<ResultsScope> scopes{ResultsScope{cls.id, frame.period->id, frame.to}};
        QList<ListedPupil> pupils = ResultsStore::pupils(ctx.db, scopes);
        if (t.assignment && t.assignment->subgroupId) {
            QSet<qint64> members;
            for (const PageStudent &s : JournalStore::students(ctx.db, *t.assignment, frame.to, frame.to))
                members.insert(s.id);
            pupils.removeIf([&](const ListedPupil &p) { return !members.contains(p.studentId); });
        }
        QSet<std::pair<qint64, qint64>> exempt;
        for (const PupilSubjectMark &e : ResultsStore::exemptions(ctx.db, frame.year.id, scopes))
            exempt.insert({e.studentId, e.subjectId});
        // Hours per week of each subject (its largest assignment), and whether the whole class takes it.
        AssignmentFilter filter;
        filter.yearId = frame.year.id;
        filter.classId = cls.id;
        QHash<qint64, double> hours;
        QSet<qint64> wholeClass;
        for (const AssignmentRecord &a : AssignmentStore::list(ctx.db, filter)) {
            hours[a.subjectId] = qMax(hours.value(a.subjectId), a.hoursPerWeek);
            if (!a.subgroupId)
                wholeClass.insert(a.subjectId);
        }
        // Lessons held so far: valid absences count against the lessons that took place.
        const QDate heldTo = qMin(frame.to, Clock::today());
        const auto lessons = lessonsBySubject(
            PupilLessonStore::byAssignment(ctx.db, PupilLessonFilter{{cls.id}, frame.from, heldTo, 0}));
        QHash<std::pair<qint64, qint64>, QList<SubjectMark>> marks;
        for (const SubjectMark &m : CurrentMarksStore::marks(ctx.db, CurrentMarkFilter{cls.id, 0, onlySubject, frame.from, frame.to}))
            marks[{m.studentId, m.subjectId}].append(m);

        const QList<ClassSubject> subjects = ResultsStore::subjects(ctx.db, {cls.id});
        for (const ListedPupil &p : pupils) {
            for (const ClassSubject &s : subjects) {
                if ((onlySubject && s.subjectId != onlySubject) || exempt.contains({p.studentId, s.subjectId}))
                    continue;
                const QList<SubjectMark> own = marks.value({p.studentId, s.subjectId});
                const SubjectLessons held = lessonsOf(lessons.value(p.studentId), s.subjectId);
                if (!wholeClass.contains(s.subjectId) && held.lessons == 0 && own.isEmpty())
                    continue; // a subgroup subject this pupil does not take
                QList<GradedMark> graded;
                for (const SubjectMark &m : own) {
                    if (!m.passed)
                        graded.append(GradedMark{m.value, m.weight, m.control});
                }
                const MarkStats stats = grading::stats(graded, settings.rounding);
                const int count = int(own.size());
                const double weekly = hours.value(s.subjectId);
                QCborArray risks;
                if (stats.forecast == 2)
                    risks.append(QStringLiteral("likely_2"));
                if (MarkDensity::tooFew(count, weekly, held.validAbsences, held.lessons))
                    risks.append(QStringLiteral("too_few_marks"));
                rows.append(QCborMap{{QStringLiteral("studentId"), p.studentId},
                                     {QStringLiteral("fullName"), p.fullName},
                                     {QStringLiteral("subjectId"), s.subjectId},
                                     {QStringLiteral("subjectName"), s.name},
                                     {QStringLiteral("count"), count},
                                     {QStringLiteral("average"), numberOrNull(stats.average)},
                                     {QStringLiteral("weighted"), numberOrNull(stats.weighted)},
                                     {QStringLiteral("forecast"), stats.forecast ? QCborValue(*stats.forecast) : QCborValue(nullptr)},
                                     {QStringLiteral("minimumMarks"), MarkDensity::minimumMarks(weekly)},
                                     {QStringLiteral("validAbsences"), held.validAbsences},
                                     {QStringLiteral("lessons"), held.lessons},
                                     {QStringLiteral("risks"), risks}});
            }
        }
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("rows"), rows}, {QStringLiteral("policy"), settings.rounding.toCbor()}});
}

QCborMap reportsClassTeacherReport(RequestContext &ctx)
{
    ReportFrame frame = classReportFrame(ctx);
    setPeriod(ctx, frame);
    QCborMap movementRow;
    for (const QCborValue &row : movementSection(ctx, frame.year, &*frame.cls).value(QStringLiteral("rows")).toArray()) {
        if (row[QStringLiteral("period")][QStringLiteral("id")].toInteger() == frame.period->id)
            movementRow = row.toMap();
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("results"), resultsSection(ctx, resultsRequest(frame, std::nullopt))},
                                      {QStringLiteral("attendance"), attendanceSection(ctx, *frame.cls, frame.from, frame.to)},
                                      {QStringLiteral("movement"), movementRow}});
}

QCborMap reportsParentLetters(RequestContext &ctx)
{
    const QDate from = ctx.args.date(QStringLiteral("from"));
    const QDate to = ctx.args.date(QStringLiteral("to"));
    requireRange(from, to);
    const qint64 studentId = ctx.args.optionalId(QStringLiteral("studentId")).value_or(0);
    ReportFrame frame;
    QList<ListedPupil> pupils;
    if (studentId) {
        const StudentRecord student = studentOfSchool(ctx, studentId);
        std::optional<MembershipRecord> place = StudentStore::membershipOn(ctx.db, studentId, to);
        if (!place)
            place = StudentStore::membershipOn(ctx.db, studentId, from);
        if (!place)
            notFound(QStringLiteral("student %1 in a class at that time").arg(studentId));
        frame = ReportFrame::ofClass(ctx, place->classId);
        ReportAccess::requireClass(ctx.caller, *frame.cls);
        pupils.append(ListedPupil{place->classId, studentId, student.fullName()});
    } else {
        frame = classReportFrame(ctx);
        pupils = ResultsStore::pupils(ctx.db, {ResultsScope{frame.cls->id, 0, to}});
    }
    frame.from = from;
    frame.to = to;
    const ClassRecord &cls = *frame.cls;
    const PupilLessonFilter lessonFilter{{cls.id}, from, to, studentId};
    const AttendanceTally tally(PupilLessonStore::days(ctx.db, lessonFilter));
    const auto lessons = lessonsBySubject(PupilLessonStore::byAssignment(ctx.db, lessonFilter));
    QHash<std::pair<qint64, qint64>, QList<SubjectMark>> marks;
    for (const SubjectMark &m : CurrentMarksStore::marks(ctx.db, CurrentMarkFilter{cls.id, studentId, 0, from, to}))
        marks[{m.studentId, m.subjectId}].append(m);
    QHash<qint64, QCborArray> homework;
    for (const PupilHomework &h : PupilLessonStore::homework(ctx.db, lessonFilter)) {
        homework[h.studentId].append(QCborMap{{QStringLiteral("date"), dateToWire(h.date)},
                                              {QStringLiteral("subjectName"), h.subjectName},
                                              {QStringLiteral("homework"), h.homework}});
    }

    QCborArray letters;
    for (const ListedPupil &p : pupils) {
        QCborArray subjects;
        for (const auto &[subjectId, held] : lessons.value(p.studentId)) {
            const QList<SubjectMark> own = marks.value({p.studentId, subjectId});
            QCborArray markList;
            for (const SubjectMark &m : own) {
                QCborMap map{{QStringLiteral("date"), dateToWire(m.date)}, {QStringLiteral("workKindName"), m.workKindName}};
                if (m.passed)
                    map.insert(QStringLiteral("passed"), *m.passed);
                else
                    map.insert(QStringLiteral("value"), m.value);
                markList.append(map);
            }
            subjects.append(QCborMap{{QStringLiteral("subjectName"), held.subjectName},
                                     {QStringLiteral("marks"), markList},
                                     {QStringLiteral("average"), numberOrNull(plainMean(own))},
                                     {QStringLiteral("missed"), held.missed}});
        }
        letters.append(QCborMap{{QStringLiteral("student"), QCborMap{{QStringLiteral("id"), p.studentId},
                                                                     {QStringLiteral("fullName"), p.fullName},
                                                                     {QStringLiteral("className"), cls.name()}}},
                                {QStringLiteral("subjects"), subjects},
                                {QStringLiteral("absences"), tallyToCbor(tally.pupil(p.studentId))},
                                {QStringLiteral("homework"), homework.value(p.studentId)}});
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("letters"), letters}});
}

QCborMap reportsStudentDynamics(RequestContext &ctx)
{
    const qint64 studentId = ctx.args.id(QStringLiteral("studentId"));
    const qint64 subjectId = ctx.args.optionalId(QStringLiteral("subjectId")).value_or(0);
    const QDate from = ctx.args.date(QStringLiteral("from"));
    const QDate to = ctx.args.date(QStringLiteral("to"));
    requireRange(from, to);
    studentOfSchool(ctx, studentId);
    // The classes the pupil was in during the range; the report's class is the latest of them.
    QList<ClassRecord> classes;
    QList<qint64> years;
    for (const MembershipRecord &m : StudentStore::memberships(ctx.db, studentId)) {
        if (m.startsOn <= to && (!m.leftOn.isValid() || m.leftOn > from)) {
            classes.append(classOfSchool(ctx, m.classId));
            if (!years.contains(m.yearId))
                years.append(m.yearId);
        }
    }
    if (classes.isEmpty())
        notFound(QStringLiteral("student %1 in a class at that time").arg(studentId));
    QList<AssignmentRecord> taught;
    if (!ReportAccess::seesWholeSchool(ctx.caller) && ctx.caller.has(Role::Teacher)) {
        for (qint64 yearId : years) {
            AssignmentFilter filter;
            filter.yearId = yearId;
            filter.teacherId = ctx.caller.userId;
            taught += AssignmentStore::list(ctx.db, filter);
        }
    }
    const std::optional<QList<qint64>> allowed = ReportAccess::dynamicsSubjects(ctx.caller, classes, taught);

    ReportFrame frame = ReportFrame::ofClass(ctx, classes.last().id);
    frame.from = from;
    frame.to = to;
    QList<SubjectMark> marks = CurrentMarksStore::marks(ctx.db, CurrentMarkFilter{0, studentId, subjectId, from, to});
    marks.removeIf([&](const SubjectMark &m) { return m.passed || (allowed && !allowed->contains(m.subjectId)); });
    QList<qint64> subjectOrder;
    for (const SubjectMark &m : marks) {
        if (!subjectOrder.contains(m.subjectId))
            subjectOrder.append(m.subjectId);
    }
    std::stable_sort(marks.begin(), marks.end(), [](const SubjectMark &a, const SubjectMark &b) { return a.date < b.date; });
    QCborArray points;
    QMap<QString, QHash<qint64, QList<SubjectMark>>> byMonth;
    for (const SubjectMark &m : marks) {
        points.append(QCborMap{{QStringLiteral("date"), dateToWire(m.date)},
                               {QStringLiteral("subjectId"), m.subjectId},
                               {QStringLiteral("subjectName"), m.subjectName},
                               {QStringLiteral("value"), m.value},
                               {QStringLiteral("weight"), m.weight}});
        byMonth[AttendanceTally::monthOf(m.date)][m.subjectId].append(m);
    }
    QCborArray months;
    for (auto it = byMonth.constBegin(); it != byMonth.constEnd(); ++it) {
        for (qint64 id : subjectOrder) {
            if (it->contains(id)) {
                months.append(QCborMap{{QStringLiteral("month"), it.key()},
                                       {QStringLiteral("subjectId"), id},
                                       {QStringLiteral("average"), numberOrNull(plainMean(it->value(id)))}});
            }
        }
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("points"), points}, {QStringLiteral("months"), months}});
}

} // namespace cj::server::handlers
