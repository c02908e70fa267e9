#include "handlers/JournalWriter.h"

#include <QCborArray>

#include "app/Clock.h"
#include "handlers/JournalCbor.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/EntryWindows.h"
#include "rules/JournalAccess.h"
#include "rules/MarkRules.h"
#include "storage/JournalStore.h"
#include "storage/PlanStore.h"
#include "storage/PeriodMarksCache.h"
#include "storage/StructureCache.h"
#include "storage/WorkKindStore.h"

namespace cj::server {

using protocol::ArgReader;
using protocol::ErrorCode;
using protocol::MessageType;
using protocol::dateToWire;

namespace {
QString markText(int value, const std::optional<bool> &passed)
{
    if (passed)
        return *passed ? QStringLiteral("зачёт") : QStringLiteral("незачёт");
    return QString::number(value);
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : QStringLiteral("«%1»").arg(text);
}

QString attendanceText(const QString &kind)
{
    if (kind == QLatin1String("absent"))
        return QStringLiteral("«н» (отсутствовал)");
    if (kind == QLatin1String("late"))
        return QStringLiteral("«оп» (опоздал)");
    return QStringLiteral("присутствовал");
}

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("ill"))
        return QStringLiteral("по болезни");
    if (reason == QLatin1String("excused"))
        return QStringLiteral("по уважительной причине");
    if (reason == QLatin1String("unexcused"))
        return QStringLiteral("без уважительной причины");
    return QStringLiteral("не указана");
}

QString finalKindText(const QString &kind, const QString &periodName)
{
    if (kind == QLatin1String("period"))
        return QStringLiteral("Отметка за %1").arg(periodName);
    if (kind == QLatin1String("year"))
        return QStringLiteral("Годовая отметка");
    if (kind == QLatin1String("exam"))
        return QStringLiteral("Экзаменационная отметка");
    return QStringLiteral("Итоговая отметка");
}

bool isNaText(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char('.')).remove(QLatin1Char('/')).remove(QLatin1Char(' '));
    return t == QStringLiteral("на") || t == QStringLiteral("осв") || t == QLatin1String("na");
}
} // namespace

JournalWriter::JournalWriter(RequestContext &ctx, const Caller &author, Options options)
    : m_ctx(ctx)
    , m_author(author)
    , m_options(options)
    , m_settings(SchoolSettings::load(ctx.db, author.schoolId))
    , m_today(Clock::today())
{
}

bool JournalWriter::isJournalWrite(MessageType type)
{
    return type == MessageType::JournalSetMarks || type == MessageType::JournalSetAttendance
        || type == MessageType::JournalSetAbsenceReason || type == MessageType::JournalSetLesson
        || type == MessageType::JournalSetFinalMark;
}

QCborMap JournalWriter::apply(MessageType type, const QCborMap &args)
{
    const ArgReader reader(args, QStringLiteral("change.args"));
    switch (type) {
    case MessageType::JournalSetMarks: return setMarks(reader);
    case MessageType::JournalSetAttendance: return setAttendance(reader);
    case MessageType::JournalSetAbsenceReason: return setAbsenceReason(reader);
    case MessageType::JournalSetLesson: return setLesson(reader);
    case MessageType::JournalSetFinalMark: return setFinalMark(reader);
    default: break;
    }
    invalid(QStringLiteral("change.type"), QStringLiteral("not a journal change"));
}

LessonContext JournalWriter::loadLesson(qint64 lessonId)
{
    const std::optional<LessonContext> lesson = StructureCache::lesson(m_ctx.db, lessonId);
    if (!lesson || lesson->assignment.schoolId != m_author.schoolId)
        notFound(QStringLiteral("lesson %1").arg(lessonId));
    requireOpenYear(lesson->assignment);
    return *lesson;
}

AssignmentContext JournalWriter::loadAssignment(qint64 assignmentId)
{
    const std::optional<AssignmentContext> a = StructureCache::assignment(m_ctx.db, assignmentId);
    if (!a || a->schoolId != m_author.schoolId)
        notFound(QStringLiteral("assignment %1").arg(assignmentId));
    requireOpenYear(*a);
    return *a;
}

Deadlines JournalWriter::deadlinesFor(const AssignmentContext &a)
{
    return Deadlines(m_settings, a, StructureCache::calendar(m_ctx.db, a.yearId));
}

void JournalWriter::requireOpenYear(const AssignmentContext &a) const
{
    if (a.yearClosed)
        throw RpcError(ErrorCode::ReadOnly, QStringLiteral("the academic year is closed"));
}

void JournalWriter::requireMember(const AssignmentContext &a, qint64 studentId, const QDate &date)
{
    if (!StructureCache::isMember(m_ctx.db, a, studentId, date))
        ruleViolation(QStringLiteral("not_a_member"),
                      QStringLiteral("student %1 is not in %2 on %3").arg(studentId).arg(a.className, dateToWire(date)));
}

void JournalWriter::checkDeadline(const QString &window, const QDate &deadline) const
{
    if (!m_options.waiveWindows && m_today > deadline)
        cellLocked(window, deadline);
}

void JournalWriter::checkNotFuture(const QString &window, const QDate &date) const
{
    if (date > m_today)
        notYetOpen(window, date, QStringLiteral("the lesson of %1 has not taken place yet").arg(dateToWire(date)));
}

void JournalWriter::setTarget(const AssignmentContext &a, qint64 lessonId, qint64 studentId, const QDate &date)
{
    m_target.assignmentId = a.id;
    m_target.classId = a.classId;
    m_target.subjectId = a.subjectId;
    m_target.lessonId = lessonId;
    m_target.studentId = studentId;
    m_target.date = date;
}

void JournalWriter::publish(qint64 assignmentId, const QCborMap &change)
{
    m_ctx.effects.publications.append(journalcbor::changed(assignmentId, change));
}

void JournalWriter::audit(const QString &entity, qint64 entityId, const QString &action, QCborMap before, QCborMap after)
{
    if (m_options.correctionId) {
        after.insert(QStringLiteral("correctionId"), m_options.correctionId);
        m_ctx.audit(entity, entityId, QStringLiteral("correction"), before, after, m_author.schoolId);
    } else {
        m_ctx.audit(entity, entityId, action, before, after, m_author.schoolId);
    }
}

QCborMap JournalWriter::setMarks(const ArgReader &args)
{
    const qint64 lessonId = args.id(QStringLiteral("lessonId"));
    const qint64 studentId = args.id(QStringLiteral("studentId"));
    const QCborArray given = args.array(QStringLiteral("marks"), 100);
    const LessonContext lesson = loadLesson(lessonId);
    const AssignmentContext &a = lesson.assignment;
    if (!JournalAccess::canEditLesson(m_author, lesson))
        deny(QStringLiteral("only the lesson's teacher (or substitute) may put marks here"));
    setTarget(a, lessonId, studentId, lesson.date);

    const Deadlines deadlines = deadlinesFor(a);
    const PeriodRecord *period = deadlines.periodOf(lesson.date);
    const LessonDeadlines lessonDeadlines = deadlines.forLesson(lesson.date);
    MarkRules::Inputs in;
    in.lesson = &lesson;
    in.studentId = studentId;
    in.settings = &m_settings;
    in.deadlines = &lessonDeadlines;
    in.today = m_today;
    in.waiveWindows = m_options.waiveWindows;
    const qint64 schoolId = m_author.schoolId;
    QList<MarkRow> wanted = MarkRules::parse(given, in, [&](qint64 kindId) {
        const std::optional<WorkKind> kind = StructureCache::workKind(m_ctx.db, schoolId, kindId);
        return kind && kind->schoolId == schoolId ? kind : std::nullopt;
    });
    in.member = StructureCache::isMember(m_ctx.db, a, studentId, lesson.date);
    in.exempt = StructureCache::isExempt(m_ctx.db, a, studentId, period ? period->id : 0);
    const QList<MarkRow> old = JournalStore::cellMarks(m_ctx.db, lessonId, studentId);
    const MarkRules::Decision decision = MarkRules::decide(old, std::move(wanted), in);
    m_target.description = decision.description;
    if (m_options.dryRun)
        return {};

    const std::optional<AttendanceRow> attendance = JournalStore::cellAttendance(m_ctx.db, lessonId, studentId);
    if (decision.changed) {
        JournalStore::replaceMarks(m_ctx.db, schoolId, lessonId, studentId, decision.wanted, m_ctx.caller.userId, Clock::now());
        m_ctx.effects.afterCommit.append([] { PeriodMarksCache::marksChangedElsewhere(); });
        audit(QStringLiteral("marks"), lessonId, QStringLiteral("set"), MarkRules::auditView(studentId, old),
              MarkRules::auditView(studentId, decision.wanted));
    }
    const QList<MarkRow> now = decision.changed ? JournalStore::cellMarks(m_ctx.db, lessonId, studentId) : old;
    const MarkStats stats = grading::stats(
        gradedMarks(period ? JournalStore::marks(m_ctx.db, a.id, period->startsOn, period->endsOn, studentId) : now),
        m_settings.rounding);
    const QCborMap cell = journalcbor::cell(lessonId, studentId, now, attendance);
    const QCborMap statsMap = journalcbor::stats(studentId, stats);
    if (decision.changed)
        publish(a.id, journalcbor::cellChange(cell, statsMap));
    return QCborMap{{QStringLiteral("cell"), cell}, {QStringLiteral("stats"), statsMap}};
}

QCborMap JournalWriter::setAttendance(const ArgReader &args)
{
    const qint64 lessonId = args.id(QStringLiteral("lessonId"));
    const qint64 studentId = args.id(QStringLiteral("studentId"));
    QString kind;
    if (args.has(QStringLiteral("kind"))) {
        kind = args.string(QStringLiteral("kind"), 20);
        if (kind != QLatin1String("absent") && kind != QLatin1String("late"))
            args.fail(QStringLiteral("kind"), QStringLiteral("\"absent\", \"late\" or null"));
    }
    const LessonContext lesson = loadLesson(lessonId);
    const AssignmentContext &a = lesson.assignment;
    if (!JournalAccess::canEditLesson(m_author, lesson))
        deny(QStringLiteral("only the lesson's teacher (or substitute) may mark attendance here"));
    setTarget(a, lessonId, studentId, lesson.date);
    requireMember(a, studentId, lesson.date);
    const std::optional<AttendanceRow> old = JournalStore::cellAttendance(m_ctx.db, lessonId, studentId);
    const QString oldKind = old ? old->kind : QString();
    m_target.description = QStringLiteral("Посещаемость: %1 → %2").arg(attendanceText(oldKind), attendanceText(kind));
    if (oldKind != kind) {
        checkNotFuture(QStringLiteral("attendance"), lesson.date);
        checkDeadline(QStringLiteral("attendance"), deadlinesFor(a).forLesson(lesson.date).attendance);
    }
    if (m_options.dryRun)
        return {};
    if (oldKind != kind) {
        if (kind.isEmpty())
            JournalStore::clearAttendance(m_ctx.db, lessonId, studentId);
        else
            JournalStore::setAttendance(m_ctx.db, m_author.schoolId, lessonId, studentId, kind, m_ctx.caller.userId,
                                        Clock::now());
        m_ctx.effects.afterCommit.append([lessonId, studentId] { PeriodMarksCache::attendanceChanged(lessonId, studentId); });
        audit(QStringLiteral("attendance"), lessonId, QStringLiteral("set"),
              QCborMap{{QStringLiteral("studentId"), studentId}, {QStringLiteral("kind"), oldKind},
                       {QStringLiteral("reason"), old ? old->reason : QString()}},
              QCborMap{{QStringLiteral("studentId"), studentId}, {QStringLiteral("kind"), kind}});
    }
    const QCborMap cell = journalcbor::cell(lessonId, studentId, JournalStore::cellMarks(m_ctx.db, lessonId, studentId),
                                            JournalStore::cellAttendance(m_ctx.db, lessonId, studentId));
    if (oldKind != kind)
        publish(a.id, journalcbor::cellChange(cell, {}));
    return QCborMap{{QStringLiteral("cell"), cell}};
}

QCborMap JournalWriter::reasonForOne(qint64 lessonId, qint64 studentId, const QString &reason)
{
    const LessonContext lesson = loadLesson(lessonId);
    const AssignmentContext &a = lesson.assignment;
    if (!JournalAccess::canSetReasons(m_author, a.classTeacherId))
        deny(QStringLiteral("absence reasons are set by the class teacher"));
    setTarget(a, lessonId, studentId, lesson.date);
    const std::optional<AttendanceRow> old = JournalStore::cellAttendance(m_ctx.db, lessonId, studentId);
    if (!old || old->kind != QLatin1String("absent"))
        throw RpcError(ErrorCode::ValidationFailed, QStringLiteral("the student is not marked absent there"),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("lessonId")}, {QStringLiteral("rule"), QStringLiteral("not_absent")}});
    m_target.description = QStringLiteral("Причина пропуска: %1 → %2").arg(reasonText(old->reason), reasonText(reason));
    if (m_options.dryRun || old->reason == reason)
        return {};
    JournalStore::setReason(m_ctx.db, lessonId, studentId, reason, m_ctx.caller.userId, Clock::now());
    m_ctx.effects.afterCommit.append([lessonId, studentId] { PeriodMarksCache::attendanceChanged(lessonId, studentId); });
    audit(QStringLiteral("attendance"), lessonId, QStringLiteral("set_reason"),
          QCborMap{{QStringLiteral("studentId"), studentId}, {QStringLiteral("reason"), old->reason}},
          QCborMap{{QStringLiteral("studentId"), studentId}, {QStringLiteral("reason"), reason}});
    const QCborMap cell = journalcbor::cell(lessonId, studentId, JournalStore::cellMarks(m_ctx.db, lessonId, studentId),
                                            JournalStore::cellAttendance(m_ctx.db, lessonId, studentId));
    publish(a.id, journalcbor::cellChange(cell, {}));
    return cell;
}

QCborMap JournalWriter::setAbsenceReason(const ArgReader &args)
{
    QString reason;
    if (args.has(QStringLiteral("reason"))) {
        reason = args.string(QStringLiteral("reason"), 20);
        if (reason != QLatin1String("ill") && reason != QLatin1String("excused") && reason != QLatin1String("unexcused"))
            args.fail(QStringLiteral("reason"), QStringLiteral("\"ill\", \"excused\", \"unexcused\" or null"));
    }
    const qint64 studentId = args.id(QStringLiteral("studentId"));
    if (args.has(QStringLiteral("lessonId"))) {
        const qint64 lessonId = args.id(QStringLiteral("lessonId"));
        const QCborMap changed = reasonForOne(lessonId, studentId, reason);
        if (m_options.dryRun)
            return {};
        const QCborMap cell = changed.isEmpty()
            ? journalcbor::cell(lessonId, studentId, JournalStore::cellMarks(m_ctx.db, lessonId, studentId),
                                JournalStore::cellAttendance(m_ctx.db, lessonId, studentId))
            : changed;
        return QCborMap{{QStringLiteral("updated"), changed.isEmpty() ? 0 : 1}, {QStringLiteral("cell"), cell}};
    }
    // A medical certificate: every absence of the student in those days, in every subject.
    const QDate from = args.date(QStringLiteral("from"));
    const QDate to = args.date(QStringLiteral("to"));
    if (to < from || from.daysTo(to) > 366)
        invalid(QStringLiteral("to"), QStringLiteral("the period must run forwards and last at most a year"));
    int updated = 0;
    for (const auto &[lessonId, assignmentId] : JournalStore::absencesBetween(m_ctx.db, studentId, from, to)) {
        Q_UNUSED(assignmentId);
        if (!reasonForOne(lessonId, studentId, reason).isEmpty())
            ++updated;
    }
    m_target.description = QStringLiteral("Причина пропусков с %1 по %2: %3")
                               .arg(from.toString(QStringLiteral("dd.MM.yyyy")), to.toString(QStringLiteral("dd.MM.yyyy")),
                                    reasonText(reason));
    return QCborMap{{QStringLiteral("updated"), updated}};
}

QCborMap JournalWriter::setLesson(const ArgReader &args)
{
    const qint64 lessonId = args.id(QStringLiteral("lessonId"));
    LessonContext lesson = loadLesson(lessonId);
    const AssignmentContext &a = lesson.assignment;
    if (!JournalAccess::canEditLesson(m_author, lesson))
        deny(QStringLiteral("only the lesson's teacher (or substitute) may fill the lesson"));
    setTarget(a, lessonId, 0, lesson.date);
    const LessonContext before = lesson;
    lesson.topic = args.string(QStringLiteral("topic"), lesson.topic, 1000).trimmed();
    lesson.homework = args.string(QStringLiteral("homework"), lesson.homework, 2000).trimmed();
    if (args.has(QStringLiteral("workKindId"))) {
        lesson.workKindId = args.id(QStringLiteral("workKindId"));
        const std::optional<WorkKind> kind = WorkKindStore::byId(m_ctx.db, lesson.workKindId);
        if (!kind || kind->schoolId != m_author.schoolId || kind->archived)
            invalid(QStringLiteral("workKindId"), QStringLiteral("no such kind of work"));
    } else if (args.map().contains(QStringLiteral("workKindId"))) {
        lesson.workKindId = 0; // explicit null
    }
    if (args.has(QStringLiteral("planItemId"))) {
        lesson.planItemId = args.id(QStringLiteral("planItemId"));
        if (PlanStore::assignmentOfItem(m_ctx.db, lesson.planItemId).value_or(0) != a.id)
            invalid(QStringLiteral("planItemId"), QStringLiteral("not an item of this assignment's plan"));
    } else if (args.map().contains(QStringLiteral("planItemId"))) {
        lesson.planItemId = 0;
    }
    const bool topicChanged = lesson.topic != before.topic;
    const bool homeworkChanged = lesson.homework != before.homework;
    if (homeworkChanged && !lesson.homework.isEmpty() && a.noMarks())
        ruleViolation(QStringLiteral("grade_1_no_homework"), QStringLiteral("grade 1 has no homework (000 §3.7)"));
    const LessonDeadlines deadlines = deadlinesFor(a).forLesson(lesson.date);
    if (topicChanged)
        checkDeadline(QStringLiteral("topic"), deadlines.topic);
    if (homeworkChanged)
        checkDeadline(QStringLiteral("homework"), deadlines.homework);
    QStringList changes;
    if (topicChanged)
        changes.append(QStringLiteral("Тема урока: %1 → %2").arg(quoted(before.topic), quoted(lesson.topic)));
    if (homeworkChanged)
        changes.append(QStringLiteral("Домашнее задание: %1 → %2").arg(quoted(before.homework), quoted(lesson.homework)));
    m_target.description = changes.join(QStringLiteral("; "));
    if (m_options.dryRun)
        return {};
    const bool anyChange = topicChanged || homeworkChanged || lesson.workKindId != before.workKindId
        || lesson.planItemId != before.planItemId;
    if (anyChange) {
        JournalStore::updateLesson(m_ctx.db, lesson, topicChanged, homeworkChanged, Clock::now());
        auto view = [](const LessonContext &l) {
            return QCborMap{{QStringLiteral("topic"), l.topic}, {QStringLiteral("homework"), l.homework},
                            {QStringLiteral("workKindId"), l.workKindId}, {QStringLiteral("planItemId"), l.planItemId}};
        };
        audit(QStringLiteral("lesson"), lessonId, QStringLiteral("set"), view(before), view(lesson));
        m_ctx.effects.afterCommit.append([lessonId] { StructureCache::forgetLesson(lessonId); });
    }
    const QCborMap result = journalcbor::journalLesson(lesson, *StructureCache::bells(m_ctx.db, a.classId), deadlines,
                                                       JournalAccess::canEditLesson(m_author, lesson));
    if (anyChange) {
        // What the receiver may edit is theirs to know from its own page, not the writer's.
        QCborMap pushed = result;
        pushed.remove(QStringLiteral("canEdit"));
        publish(a.id, QCborMap{{QStringLiteral("kind"), QStringLiteral("lesson")}, {QStringLiteral("lesson"), pushed}});
    }
    return result;
}

QCborMap JournalWriter::setFinalMark(const ArgReader &args)
{
    const AssignmentContext a = loadAssignment(args.id(QStringLiteral("assignmentId")));
    const qint64 studentId = args.id(QStringLiteral("studentId"));
    const QString kind = args.string(QStringLiteral("kind"), 10);
    if (kind != QLatin1String("period") && kind != QLatin1String("year") && kind != QLatin1String("exam")
        && kind != QLatin1String("final"))
        args.fail(QStringLiteral("kind"), QStringLiteral("\"period\", \"year\", \"exam\" or \"final\""));
    const bool substitutes = false;
    if (!JournalAccess::rights(m_author, a, substitutes).finalMarks)
        deny(QStringLiteral("final marks are set by the subject teacher or the class teacher"));
    setTarget(a, 0, studentId, m_today);
    const Deadlines deadlines = deadlinesFor(a);
    const PeriodRecord *period = nullptr;
    qint64 periodId = 0;
    if (kind == QLatin1String("period")) {
        periodId = args.id(QStringLiteral("periodId"));
        for (const PeriodRecord &p : deadlines.periods()) {
            if (p.id == periodId)
                period = &p;
        }
        if (!period)
            invalid(QStringLiteral("periodId"), QStringLiteral("not a period of the class's scheme"));
    }

    FinalMarkRow wanted;
    wanted.studentId = studentId;
    wanted.kind = kind;
    wanted.periodId = periodId;
    const QCborValue value = args.map().value(QStringLiteral("value"));
    const bool hasPassed = args.has(QStringLiteral("passed"));
    if (value.isString()) {
        if (isNaText(value.toString()))
            ruleViolation(QStringLiteral("na_not_allowed"),
                          QStringLiteral("«н/а» and «осв.» are not allowed as period marks (000 §5.3)"));
        args.fail(QStringLiteral("value"), QStringLiteral("a mark 2..5"));
    }
    if (value.isInteger() && hasPassed)
        args.fail(QStringLiteral("value"), QStringLiteral("either value or passed"));
    if (value.isInteger()) {
        if (a.passFail())
            ruleViolation(QStringLiteral("pass_fail_subject"), QStringLiteral("%1 is graded зачёт/незачёт").arg(a.subjectName));
        if (value.toInteger() < 2 || value.toInteger() > 5)
            ruleViolation(QStringLiteral("final_mark_range"), QStringLiteral("period, year, exam and final marks are 2..5"));
        wanted.value = int(value.toInteger());
    } else if (hasPassed) {
        if (!a.passFail())
            ruleViolation(QStringLiteral("pass_fail_subject"), QStringLiteral("%1 is graded with marks").arg(a.subjectName));
        wanted.passed = args.boolean(QStringLiteral("passed"));
    } else if (!value.isUndefined() && !value.isNull()) {
        args.fail(QStringLiteral("value"), QStringLiteral("a mark 2..5"));
    }
    const bool clearing = wanted.value == 0 && !wanted.passed;
    if (!clearing && a.noMarks())
        ruleViolation(QStringLiteral("grade_1_no_marks"), QStringLiteral("grade 1 is taught without marks (000 §3.7)"));
    const QDate from = period ? period->startsOn : a.yearStart;
    const QDate to = period ? period->endsOn : a.yearEnd;
    if (!JournalStore::wasMemberBetween(m_ctx.db, a, studentId, from, to))
        ruleViolation(QStringLiteral("not_a_member"), QStringLiteral("the student was not in %1 then").arg(a.className));
    if (!clearing && StructureCache::isExempt(m_ctx.db, a, studentId, periodId))
        ruleViolation(QStringLiteral("exempt"), QStringLiteral("the student is exempt from %1").arg(a.subjectName));

    const std::optional<FinalMarkRow> old = JournalStore::finalMark(m_ctx.db, studentId, a.subjectId, a.yearId, kind, periodId);
    const bool changed = old ? (clearing || old->value != wanted.value || old->passed != wanted.passed) : !clearing;
    const FinalMarkWindow window = deadlines.forFinalMark(kind, periodId);
    if (changed) {
        if (m_today < window.opensOn)
            notYetOpen(window.window, window.opensOn, QStringLiteral("final marks open on %1").arg(dateToWire(window.opensOn)));
        checkDeadline(window.window, window.closesOn);
    }
    m_target.description = QStringLiteral("%1: %2 → %3")
                               .arg(finalKindText(kind, period ? period->name : QString()),
                                    old ? quoted(markText(old->value, old->passed)) : QStringLiteral("—"),
                                    clearing ? QStringLiteral("—") : quoted(markText(wanted.value, wanted.passed)));
    if (m_options.dryRun)
        return {};
    auto view = [&](const std::optional<FinalMarkRow> &f) {
        QCborMap map{{QStringLiteral("studentId"), studentId}, {QStringLiteral("kind"), kind},
                     {QStringLiteral("periodId"), periodId}, {QStringLiteral("subjectId"), a.subjectId}};
        if (f && f->passed)
            map.insert(QStringLiteral("passed"), *f->passed);
        else if (f && f->value)
            map.insert(QStringLiteral("value"), f->value);
        return map;
    };
    if (clearing) {
        if (old) {
            JournalStore::clearFinalMark(m_ctx.db, old->id);
            audit(QStringLiteral("final_mark"), old->id, QStringLiteral("clear"), view(old), view(std::nullopt));
            publish(a.id, QCborMap{{QStringLiteral("kind"), QStringLiteral("finalMarkCleared")},
                                   {QStringLiteral("studentId"), studentId},
                                   {QStringLiteral("finalKind"), kind},
                                   {QStringLiteral("periodId"), periodId ? QCborValue(periodId) : QCborValue(nullptr)}});
        }
        return QCborMap{{QStringLiteral("cleared"), true}};
    }
    if (changed)
        JournalStore::setFinalMark(m_ctx.db, m_author.schoolId, a, wanted, m_ctx.caller.userId, Clock::now());
    const std::optional<FinalMarkRow> now = JournalStore::finalMark(m_ctx.db, studentId, a.subjectId, a.yearId, kind, periodId);
    const QCborMap result = journalcbor::finalMark(*now);
    if (changed) {
        audit(QStringLiteral("final_mark"), now->id, QStringLiteral("set"), view(old), view(now));
        publish(a.id, QCborMap{{QStringLiteral("kind"), QStringLiteral("finalMark")}, {QStringLiteral("finalMark"), result}});
    }
    return result;
}

} // namespace cj::server
