// Class statements: the printed class journal, its subject pages, and the summary statements of
// marks, attendance and movement.
#include <QCborArray>
#include <QMap>
#include <QSet>

#include "handlers/JournalCbor.h"
#include "handlers/Lookup.h"
#include "handlers/ReportFrame.h"
#include "handlers/ReportHandlers.h"
#include "handlers/ReportSections.h"
#include "handlers/StructureViews.h"
#include "reports/AttendanceTally.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/Access.h"
#include "rules/ReportAccess.h"
#include "storage/GuardianStore.h"
#include "storage/PupilLessonStore.h"
#include "storage/ResultsStore.h"
#include "storage/WorkKindStore.h"

namespace cj::server::handlers {

using protocol::dateToWire;
using protocol::optionalDateToWire;

namespace {
QCborMap rosterEntry(const PageStudent &s, int number)
{
    return QCborMap{{QStringLiteral("id"), s.id},
                    {QStringLiteral("number"), number},
                    {QStringLiteral("fullName"), s.fullName()},
                    {QStringLiteral("joinedOn"), optionalDateToWire(s.joinedOn)},
                    {QStringLiteral("leftOn"), optionalDateToWire(s.leftOn)}};
}
} // namespace

QCborMap reportsClassJournal(RequestContext &ctx)
{
    ReportFrame frame = classReportFrame(ctx);
    const ClassRecord &cls = *frame.cls;
    if (ctx.args.has(QStringLiteral("periodId"))) {
        frame.period = periodOfClass(ctx, frame.year, cls, QStringLiteral("periodId"));
        frame.from = frame.period->startsOn;
        frame.to = frame.period->endsOn;
    }
    AssignmentFilter filter;
    filter.yearId = frame.year.id;
    filter.classId = cls.id;
    QCborArray assignments;
    for (const AssignmentRecord &a : AssignmentStore::list(ctx.db, filter))
        assignments.append(assignmentToCbor(a));

    // Personal data pages: the class teacher of the class and those who see every card (152-ФЗ).
    const bool personal = Access::seesEveryCard(ctx.caller) || ReportAccess::leads(ctx.caller, cls);
    const QList<PageStudent> roster = classRoster(ctx.db, cls.id, frame.from, frame.to);
    StudentFilter cards;
    cards.yearId = frame.year.id;
    cards.classIds = QList<qint64>{cls.id};
    cards.date = frame.to;
    cards.includeLeft = true;
    QHash<qint64, StudentRecord> cardById;
    for (const StudentRecord &s : StudentStore::list(ctx.db, cards))
        cardById.insert(s.id, s);
    QList<qint64> ids;
    for (const PageStudent &s : roster)
        ids.append(s.id);
    const QHash<qint64, QList<GuardianRecord>> guardians = personal ? GuardianStore::ofStudents(ctx.db, ids)
                                                                    : QHash<qint64, QList<GuardianRecord>>();
    QCborArray students;
    for (const PageStudent &s : roster) {
        QCborMap card = studentToCbor(cardById.value(s.id), personal, guardians.value(s.id));
        card.insert(QStringLiteral("joinedOn"), optionalDateToWire(s.joinedOn));
        card.insert(QStringLiteral("leftOn"), optionalDateToWire(s.leftOn));
        students.append(card);
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("classTeacherName"), cls.classTeacherName},
                               {QStringLiteral("assignments"), assignments},
                               {QStringLiteral("students"), students}});
}

QCborMap reportsSubjectPages(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.args.id(QStringLiteral("assignmentId"));
    const std::optional<AssignmentContext> found = JournalStore::assignment(ctx.db, assignmentId);
    if (!found || found->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("assignment %1").arg(assignmentId));
    const AssignmentContext &a = *found;
    ReportFrame frame = ReportFrame::ofClass(ctx, a.classId);
    ReportAccess::requireAssignment(ctx.caller, a.teacherId, *frame.cls);
    frame.from = ctx.args.optionalDate(QStringLiteral("from")).value_or(a.yearStart);
    frame.to = ctx.args.optionalDate(QStringLiteral("to")).value_or(a.yearEnd);
    requireRange(frame.from, frame.to);

    QCborArray students;
    QList<qint64> studentIds;
    for (const PageStudent &s : JournalStore::students(ctx.db, a, frame.from, frame.to)) {
        studentIds.append(s.id);
        students.append(QCborMap{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("fullName"), s.fullName()},
                                 {QStringLiteral("shortName"), s.shortName()},
                                 {QStringLiteral("joinedOn"), optionalDateToWire(s.joinedOn)},
                                 {QStringLiteral("leftOn"), optionalDateToWire(s.leftOn)}});
    }
    QHash<qint64, QString> kindNames;
    for (const WorkKind &k : WorkKindStore::list(ctx.db, ctx.caller.schoolId, true))
        kindNames.insert(k.id, k.name);
    QCborArray lessons;
    for (const LessonContext &l : JournalStore::lessons(ctx.db, a, frame.from, frame.to)) {
        lessons.append(QCborMap{{QStringLiteral("id"), l.id},
                                {QStringLiteral("date"), dateToWire(l.date)},
                                {QStringLiteral("lessonNumber"), l.lessonNumber},
                                {QStringLiteral("topic"), l.topic},
                                {QStringLiteral("homework"), l.homework},
                                {QStringLiteral("teacherName"), a.teacherName},
                                {QStringLiteral("substituteName"), l.substituteName},
                                {QStringLiteral("workKindName"), kindNames.value(l.workKindId)}});
    }
    // A cell is a lesson × pupil with marks or attendance.
    QMap<std::pair<qint64, qint64>, std::pair<QList<MarkRow>, std::optional<AttendanceRow>>> byCell;
    for (const MarkRow &m : JournalStore::marks(ctx.db, a.id, frame.from, frame.to))
        byCell[{m.lessonId, m.studentId}].first.append(m);
    for (const AttendanceRow &r : JournalStore::attendance(ctx.db, a.id, frame.from, frame.to))
        byCell[{r.lessonId, r.studentId}].second = r;
    QCborArray cells;
    for (auto it = byCell.constBegin(); it != byCell.constEnd(); ++it)
        cells.append(journalcbor::cell(it.key().first, it.key().second, it->first, it->second));
    // The final marks set in this class's journal: a pupil who moved keeps the other class's marks there.
    QSet<QString> setHere;
    for (const StatementMark &m : ResultsStore::statementMarks(ctx.db, a.classId, a.yearId)) {
        if (m.subjectId == a.subjectId)
            setHere.insert(QStringLiteral("%1/%2/%3").arg(m.studentId).arg(m.kind).arg(m.periodId));
    }
    QCborArray finalMarks;
    for (const FinalMarkRow &f : JournalStore::finalMarks(ctx.db, a.subjectId, a.yearId, studentIds)) {
        if (setHere.contains(QStringLiteral("%1/%2/%3").arg(f.studentId).arg(f.kind).arg(f.periodId)))
            finalMarks.append(journalcbor::finalMark(f));
    }
    QCborArray periods;
    for (const PeriodRecord &p : frame.year.periodsOf(a.periodScheme))
        periods.append(periodToCbor(p));
    return frame.result(ctx, QCborMap{{QStringLiteral("assignment"), journalcbor::assignment(a)},
                               {QStringLiteral("students"), students},
                               {QStringLiteral("lessons"), lessons},
                               {QStringLiteral("cells"), cells},
                               {QStringLiteral("finalMarks"), finalMarks},
                               {QStringLiteral("periods"), periods}});
}

QCborMap reportsProgressStatement(RequestContext &ctx)
{
    const ReportFrame frame = classReportFrame(ctx);
    const ClassRecord &cls = *frame.cls;
    QCborArray subjects;
    for (const ClassSubject &s : ResultsStore::subjects(ctx.db, {cls.id})) {
        subjects.append(QCborMap{{QStringLiteral("id"), s.subjectId},
                                 {QStringLiteral("name"), s.name},
                                 {QStringLiteral("grading"), s.grading}});
    }
    QCborArray periods;
    for (const PeriodRecord &p : frame.year.periodsOf(cls.periodScheme))
        periods.append(periodToCbor(p));
    QCborArray students;
    int number = 0;
    for (const PageStudent &s : classRoster(ctx.db, cls.id, frame.from, frame.to))
        students.append(rosterEntry(s, ++number));
    QCborArray marks;
    for (const StatementMark &m : ResultsStore::statementMarks(ctx.db, cls.id, frame.year.id)) {
        marks.append(QCborMap{{QStringLiteral("studentId"), m.studentId},
                              {QStringLiteral("subjectId"), m.subjectId},
                              {QStringLiteral("kind"), m.kind},
                              {QStringLiteral("periodId"), idOrNull(m.periodId)},
                              {QStringLiteral("value"), m.mark.passed ? QCborValue(nullptr) : QCborValue(m.mark.value)},
                              {QStringLiteral("passed"), m.mark.passed ? QCborValue(*m.mark.passed) : QCborValue(nullptr)}});
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("subjects"), subjects},
                               {QStringLiteral("periods"), periods},
                               {QStringLiteral("students"), students},
                               {QStringLiteral("marks"), marks}});
}

QCborMap reportsAttendanceStatement(RequestContext &ctx)
{
    ReportFrame frame = classReportFrame(ctx);
    frame.from = ctx.args.optionalDate(QStringLiteral("from")).value_or(frame.year.startsOn);
    frame.to = ctx.args.optionalDate(QStringLiteral("to")).value_or(frame.year.endsOn);
    requireRange(frame.from, frame.to);
    return frame.result(ctx, attendanceSection(ctx, *frame.cls, frame.from, frame.to));
}

QCborMap reportsAttendanceMonth(RequestContext &ctx)
{
    ReportFrame frame = classReportFrame(ctx);
    const QString month = ctx.args.string(QStringLiteral("month"), 7);
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid() || month.size() != 7)
        ctx.args.fail(QStringLiteral("month"), QStringLiteral("month as \"YYYY-MM\""));
    frame.from = first;
    frame.to = first.addMonths(1).addDays(-1);
    const ClassRecord &cls = *frame.cls;
    const AttendanceTally tally(PupilLessonStore::days(ctx.db, PupilLessonFilter{{cls.id}, frame.from, frame.to, 0}));
    const QList<QDate> days = tally.days();

    QCborArray students;
    int number = 0;
    for (const PageStudent &s : classRoster(ctx.db, cls.id, frame.from, frame.to)) {
        // Only the days something happened: an absence or a lateness.
        QCborArray marked;
        for (const QDate &date : days) {
            const AttendanceDay d = tally.pupilDay(s.id, date);
            if (d.missed == 0 && d.late == 0)
                continue;
            marked.append(QCborMap{{QStringLiteral("date"), dateToWire(date)},
                                   {QStringLiteral("missed"), d.missed},
                                   {QStringLiteral("ill"), d.ill},
                                   {QStringLiteral("excused"), d.excused},
                                   {QStringLiteral("unexcused"), d.unexcused},
                                   {QStringLiteral("late"), d.late},
                                   {QStringLiteral("wholeDay"), d.wholeDayMissed()}});
        }
        students.append(QCborMap{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("number"), ++number},
                                 {QStringLiteral("fullName"), s.fullName()},
                                 {QStringLiteral("days"), marked},
                                 {QStringLiteral("total"), tallyToCbor(tally.pupil(s.id))}});
    }
    QCborArray dayList;
    QCborArray dayTotals;
    for (const QDate &date : days) {
        const Tally t = tally.classDay(date);
        dayList.append(dateToWire(date));
        dayTotals.append(QCborMap{{QStringLiteral("date"), dateToWire(date)},
                                  {QStringLiteral("missed"), t.missed},
                                  {QStringLiteral("late"), t.late}});
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("days"), dayList},
                               {QStringLiteral("students"), students},
                               {QStringLiteral("totals"), QCborMap{{QStringLiteral("days"), dayTotals},
                                                                  {QStringLiteral("total"), tallyToCbor(tally.classTotal())}}}});
}

QCborMap reportsMovementStatement(RequestContext &ctx)
{
    if (const std::optional<qint64> classId = ctx.args.optionalId(QStringLiteral("classId"))) {
        const ReportFrame frame = ReportFrame::ofClass(ctx, *classId);
        ReportAccess::requireMovement(ctx.caller, &*frame.cls);
        return frame.result(ctx, movementSection(ctx, frame.year, &*frame.cls));
    }
    ReportAccess::requireMovement(ctx.caller, nullptr);
    ReportFrame frame;
    frame.year = yearFromArgs(ctx, QStringLiteral("yearId"));
    frame.from = frame.year.startsOn;
    frame.to = frame.year.endsOn;
    return frame.result(ctx, movementSection(ctx, frame.year, nullptr));
}

} // namespace cj::server::handlers
