#include "handlers/JournalHandlers.h"

#include <QCborArray>

#include "app/Clock.h"
#include "handlers/JournalCbor.h"
#include "handlers/JournalWriter.h"
#include "handlers/StructureViews.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/EntryWindows.h"
#include "rules/JournalAccess.h"
#include "storage/AuditStore.h"
#include "storage/DiaryStore.h"
#include "storage/JournalStore.h"
#include "storage/StructureCache.h"

namespace cj::server::handlers {

using protocol::ErrorCode;
using protocol::dateTimeToWire;
using protocol::dateToWire;

namespace {
AssignmentContext readableAssignment(RequestContext &ctx, qint64 assignmentId, PageRights *rights = nullptr)
{
    const std::optional<AssignmentContext> a = StructureCache::assignment(ctx.db, assignmentId);
    if (!a || a->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("assignment %1").arg(assignmentId));
    const bool substitutes = JournalStore::isSubstitute(ctx.db, a->id, ctx.caller.userId);
    const PageRights granted = JournalAccess::rights(ctx.caller, *a, substitutes);
    if (!granted.read)
        deny(QStringLiteral("this journal page is not yours to read"));
    if (rights)
        *rights = granted;
    return *a;
}

// The period a page shows by default: the one containing today, else the nearest.
const PeriodRecord *defaultPeriod(const QList<PeriodRecord> &periods, const QDate &today)
{
    const PeriodRecord *best = nullptr;
    qint64 bestDistance = 0;
    for (const PeriodRecord &p : periods) {
        const qint64 distance = today < p.startsOn ? today.daysTo(p.startsOn) : (today > p.endsOn ? p.endsOn.daysTo(today) : 0);
        if (!best || distance < bestDistance) {
            best = &p;
            bestDistance = distance;
        }
    }
    return best;
}

QCborMap writeWith(RequestContext &ctx, QCborMap (JournalWriter::*write)(const protocol::ArgReader &))
{
    JournalWriter writer(ctx, ctx.caller, {});
    return (writer.*write)(ctx.args);
}
} // namespace

QCborMap journalOpen(RequestContext &ctx)
{
    // The page's structure (assignment, bells, kinds of work, exemptions) comes from StructureCache:
    // each statement saved is a round trip less to wait for at the morning peak.
    PageRights rights;
    const AssignmentContext a = readableAssignment(ctx, ctx.args.id(QStringLiteral("assignmentId")), &rights);
    const SchoolSettings settings = SchoolSettings::load(ctx.db, ctx.caller.schoolId);
    const QDate today = Clock::today();
    const Deadlines deadlines(settings, a, StructureCache::calendar(ctx.db, a.yearId));
    const PeriodRecord *period = nullptr;
    if (const auto periodId = ctx.args.optionalId(QStringLiteral("periodId"))) {
        for (const PeriodRecord &p : deadlines.periods()) {
            if (p.id == *periodId)
                period = &p;
        }
        if (!period)
            invalid(QStringLiteral("periodId"), QStringLiteral("not a period of this class"));
    } else {
        period = defaultPeriod(deadlines.periods(), today);
    }
    if (!period)
        throw RpcError(ErrorCode::ValidationFailed, QStringLiteral("the class's year has no periods yet"),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("periodId")}, {QStringLiteral("rule"), QStringLiteral("no_periods")}});

    const QList<PageStudent> students = JournalStore::students(ctx.db, a, period->startsOn, period->endsOn);
    QList<qint64> studentIds;
    QCborArray studentList;
    for (const PageStudent &s : students) {
        studentIds.append(s.id);
        studentList.append(QCborMap{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("fullName"), s.fullName()},
                                    {QStringLiteral("shortName"), s.shortName()},
                                    {QStringLiteral("joinedOn"), protocol::optionalDateToWire(s.joinedOn)},
                                    {QStringLiteral("leftOn"), protocol::optionalDateToWire(s.leftOn)}});
    }

    const std::shared_ptr<const Bells> bells = StructureCache::bells(ctx.db, a.classId);
    QCborArray lessons;
    for (const LessonContext &l : JournalStore::lessons(ctx.db, a, period->startsOn, period->endsOn))
        lessons.append(journalcbor::journalLesson(l, *bells, deadlines.forLesson(l.date), JournalAccess::canEditLesson(ctx.caller, l)));

    // Cells: marks and attendance, grouped by lesson and student.
    const QList<MarkRow> marks = JournalStore::marks(ctx.db, a.id, period->startsOn, period->endsOn);
    QMap<std::pair<qint64, qint64>, QList<MarkRow>> marksByCell;
    QHash<qint64, QList<MarkRow>> marksByStudent;
    for (const MarkRow &m : marks) {
        marksByCell[{m.lessonId, m.studentId}].append(m);
        marksByStudent[m.studentId].append(m);
    }
    QMap<std::pair<qint64, qint64>, AttendanceRow> attendanceByCell;
    for (const AttendanceRow &r : JournalStore::attendance(ctx.db, a.id, period->startsOn, period->endsOn))
        attendanceByCell.insert({r.lessonId, r.studentId}, r);
    QSet<std::pair<qint64, qint64>> keys;
    for (auto it = marksByCell.constBegin(); it != marksByCell.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = attendanceByCell.constBegin(); it != attendanceByCell.constEnd(); ++it)
        keys.insert(it.key());
    QCborArray cells;
    for (const auto &key : keys) {
        const auto att = attendanceByCell.constFind(key);
        cells.append(journalcbor::cell(key.first, key.second, marksByCell.value(key),
                                       att == attendanceByCell.constEnd() ? std::nullopt : std::optional<AttendanceRow>(*att)));
    }

    QCborArray stats;
    for (qint64 id : studentIds)
        stats.append(journalcbor::stats(id, grading::stats(gradedMarks(marksByStudent.value(id)), settings.rounding)));

    QCborArray finalMarks;
    for (const FinalMarkRow &f : JournalStore::finalMarks(ctx.db, a.subjectId, a.yearId, studentIds)) {
        if (f.kind != QLatin1String("period") || f.periodId == period->id)
            finalMarks.append(journalcbor::finalMark(f));
    }
    QCborArray exempt;
    const QSet<qint64> exemptInPeriod = StructureCache::exemptIn(ctx.db, a, period->id);
    for (qint64 id : studentIds) {
        if (exemptInPeriod.contains(id))
            exempt.append(id);
    }
    QCborArray periods;
    for (const PeriodRecord &p : deadlines.periods())
        periods.append(periodToCbor(p));
    QCborArray kinds;
    for (const WorkKind &k : *StructureCache::workKinds(ctx.db, ctx.caller.schoolId)) {
        if (!k.archived)
            kinds.append(journalcbor::workKind(k));
    }
    QCborMap rightsMap = rights.toCbor();
    // When the final-mark columns open and lock, so clients show it before anyone types.
    QCborMap finalWindows;
    for (const QString &kind : {QStringLiteral("period"), QStringLiteral("year"), QStringLiteral("exam"), QStringLiteral("final")}) {
        const FinalMarkWindow w = deadlines.forFinalMark(kind, period->id);
        finalWindows.insert(kind, QCborMap{{QStringLiteral("window"), w.window},
                                           {QStringLiteral("opensOn"), dateToWire(w.opensOn)},
                                           {QStringLiteral("closesOn"), dateToWire(w.closesOn)}});
    }

    ctx.effects.subscribe.append(journalcbor::topic(a.id));
    return QCborMap{{QStringLiteral("assignment"), journalcbor::assignment(a)},
                    {QStringLiteral("period"), periodToCbor(*period)},
                    {QStringLiteral("periods"), periods},
                    {QStringLiteral("students"), studentList},
                    {QStringLiteral("lessons"), lessons},
                    {QStringLiteral("cells"), cells},
                    {QStringLiteral("finalMarks"), finalMarks},
                    {QStringLiteral("stats"), stats},
                    {QStringLiteral("exempt"), exempt},
                    {QStringLiteral("workKinds"), kinds},
                    {QStringLiteral("policy"), settings.rounding.toCbor()},
                    {QStringLiteral("allowOne"), settings.allowOne},
                    {QStringLiteral("symbols"), settings.symbols},
                    {QStringLiteral("finalWindows"), finalWindows},
                    {QStringLiteral("rights"), rightsMap},
                    {QStringLiteral("today"), dateToWire(today)}};
}

QCborMap journalClose(RequestContext &ctx)
{
    ctx.effects.unsubscribe.append(journalcbor::topic(ctx.args.id(QStringLiteral("assignmentId"))));
    return {};
}

QCborMap journalSetMarks(RequestContext &ctx)
{
    return writeWith(ctx, &JournalWriter::setMarks);
}

QCborMap journalSetAttendance(RequestContext &ctx)
{
    return writeWith(ctx, &JournalWriter::setAttendance);
}

QCborMap journalSetAbsenceReason(RequestContext &ctx)
{
    return writeWith(ctx, &JournalWriter::setAbsenceReason);
}

QCborMap journalSetLesson(RequestContext &ctx)
{
    return writeWith(ctx, &JournalWriter::setLesson);
}

QCborMap journalSetFinalMark(RequestContext &ctx)
{
    return writeWith(ctx, &JournalWriter::setFinalMark);
}

QCborMap journalHistory(RequestContext &ctx)
{
    const qint64 lessonId = ctx.args.id(QStringLiteral("lessonId"));
    const std::optional<qint64> studentId = ctx.args.optionalId(QStringLiteral("studentId"));
    const std::optional<LessonContext> lesson = JournalStore::lesson(ctx.db, lessonId);
    if (!lesson || lesson->assignment.schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("lesson %1").arg(lessonId));
    readableAssignment(ctx, lesson->assignment.id);
    const QStringList entities = studentId ? QStringList{QStringLiteral("marks"), QStringLiteral("attendance")}
                                           : QStringList{QStringLiteral("lesson")};
    QCborArray entries;
    for (const AuditEntry &e : AuditStore::trail(ctx.db, ctx.caller.schoolId, entities, lessonId)) {
        const qint64 about = protocol::intOr(e.newValue.value(QStringLiteral("studentId")),
                                             protocol::intOr(e.oldValue.value(QStringLiteral("studentId"))));
        if (studentId && about != *studentId)
            continue;
        entries.append(QCborMap{{QStringLiteral("at"), dateTimeToWire(e.at)},
                                {QStringLiteral("userName"), e.userName},
                                {QStringLiteral("workstation"), e.workstation},
                                {QStringLiteral("entity"), e.entity},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("old"), e.oldValue},
                                {QStringLiteral("new"), e.newValue}});
    }
    return QCborMap{{QStringLiteral("entries"), entries}};
}

QCborMap absencesList(RequestContext &ctx)
{
    const qint64 classId = ctx.args.id(QStringLiteral("classId"));
    const QDate from = ctx.args.date(QStringLiteral("from"));
    const QDate to = ctx.args.date(QStringLiteral("to"));
    if (to < from || from.daysTo(to) > 400)
        invalid(QStringLiteral("to"), QStringLiteral("the period must run forwards and last at most a year"));
    const std::optional<JournalStore::ClassInfo> cls = JournalStore::classInfo(ctx.db, classId);
    if (!cls || cls->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("class %1").arg(classId));
    if (!JournalAccess::canSetReasons(ctx.caller, cls->classTeacherId) && !ctx.caller.has(Role::Deputy))
        deny(QStringLiteral("a class's absences are for its class teacher and the administration"));
    QCborArray list;
    for (const JournalStore::ClassAbsence &a : JournalStore::classAbsences(ctx.db, classId, from, to)) {
        list.append(QCborMap{{QStringLiteral("lessonId"), a.lessonId},
                             {QStringLiteral("assignmentId"), a.assignmentId},
                             {QStringLiteral("date"), dateToWire(a.date)},
                             {QStringLiteral("lessonNumber"), a.lessonNumber},
                             {QStringLiteral("subjectName"), a.subjectName},
                             {QStringLiteral("studentId"), a.studentId},
                             {QStringLiteral("studentName"), a.studentName},
                             {QStringLiteral("kind"), a.kind},
                             {QStringLiteral("reason"), a.reason.isEmpty() ? QCborValue(nullptr) : QCborValue(a.reason)}});
    }
    return QCborMap{{QStringLiteral("absences"), list}};
}

QCborMap diaryGet(RequestContext &ctx)
{
    const Caller &c = ctx.caller;
    qint64 studentId = ctx.args.optionalId(QStringLiteral("studentId")).value_or(0);
    const QDate from = ctx.args.date(QStringLiteral("from"));
    const QDate to = ctx.args.date(QStringLiteral("to"));
    if (to < from || from.daysTo(to) > 400)
        invalid(QStringLiteral("to"), QStringLiteral("the period must run forwards and last at most a year"));
    const std::optional<qint64> own = DiaryStore::studentOfAccount(ctx.db, c.userId);
    if (!studentId && own)
        studentId = *own;
    if (!studentId)
        ctx.args.fail(QStringLiteral("studentId"), QStringLiteral("a student id"));
    // The class as of today (or the end of the range, if that is earlier), else as of its start.
    std::optional<StudentPlace> place = DiaryStore::placeOn(ctx.db, studentId, qMax(from, qMin(to, Clock::today())));
    if (!place)
        place = DiaryStore::placeOn(ctx.db, studentId, from);
    bool allowed = (own && *own == studentId) || (c.has(Role::Parent) && DiaryStore::isGuardianAccountOf(ctx.db, c.userId, studentId))
        || c.hasAny(Roles(Role::Admin) | Role::Director | Role::Deputy | Role::Secretary);
    if (!allowed && place && c.has(Role::Teacher))
        allowed = place->classTeacherId == c.userId || DiaryStore::teachesClass(ctx.db, c.userId, place->classId);
    if (!allowed)
        deny(QStringLiteral("only the student, their parents and their teachers see this diary"));
    if (!place)
        notFound(QStringLiteral("student %1 in a class at that time").arg(studentId));

    QHash<qint64, QCborArray> marksByLesson;
    for (const MarkRow &m : DiaryStore::marks(ctx.db, studentId, from, to))
        marksByLesson[m.lessonId].append(journalcbor::mark(m));
    QHash<qint64, QCborMap> attendanceByLesson;
    for (const AttendanceRow &r : DiaryStore::attendance(ctx.db, studentId, from, to))
        attendanceByLesson.insert(r.lessonId, QCborMap{{QStringLiteral("kind"), r.kind},
                                                       {QStringLiteral("reason"), r.reason.isEmpty() ? QCborValue(nullptr) : QCborValue(r.reason)}});
    QCborArray lessons;
    for (const DiaryLesson &l : DiaryStore::lessons(ctx.db, studentId, from, to)) {
        lessons.append(QCborMap{{QStringLiteral("lessonId"), l.lessonId},
                                {QStringLiteral("date"), dateToWire(l.date)},
                                {QStringLiteral("lessonNumber"), l.lessonNumber},
                                {QStringLiteral("subjectName"), l.subjectName},
                                {QStringLiteral("topic"), l.topic},
                                {QStringLiteral("homework"), l.homework},
                                {QStringLiteral("marks"), marksByLesson.value(l.lessonId)},
                                {QStringLiteral("attendance"), attendanceByLesson.contains(l.lessonId)
                                     ? QCborValue(attendanceByLesson.value(l.lessonId)) : QCborValue(nullptr)}});
    }
    QCborArray finals;
    for (const auto &[f, subjectName] : DiaryStore::finalMarks(ctx.db, studentId, place->yearId)) {
        QCborMap map = journalcbor::finalMark(f);
        map.remove(QStringLiteral("enteredBy"));
        map.insert(QStringLiteral("subjectName"), subjectName);
        finals.append(map);
    }
    return QCborMap{{QStringLiteral("student"), QCborMap{{QStringLiteral("id"), studentId},
                                                         {QStringLiteral("fullName"), place->studentName},
                                                         {QStringLiteral("className"), place->className}}},
                    {QStringLiteral("lessons"), lessons},
                    {QStringLiteral("finalMarks"), finals}};
}

} // namespace cj::server::handlers
