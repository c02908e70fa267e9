#include "rules/MarkRules.h"

#include "protocol/ArgReader.h"
#include "rpc/RpcError.h"

namespace cj::server {

using namespace Qt::StringLiterals;

using protocol::ArgReader;
using protocol::ErrorCode;
using protocol::dateToWire;

namespace {
constexpr int kMaxMarksPerCell = 4;
}

void ruleViolation(const QString &rule, const QString &message)
{
    throw RpcError(ErrorCode::RuleViolation, message, QCborMap{{QStringLiteral("rule"), rule}});
}

void cellLocked(const QString &window, const QDate &deadline)
{
    throw RpcError(ErrorCode::CellLocked,
                   QStringLiteral("the %1 window closed on %2; file a correction request").arg(window, dateToWire(deadline)),
                   QCborMap{{QStringLiteral("window"), window}, {QStringLiteral("deadline"), dateToWire(deadline)}});
}

void notYetOpen(const QString &window, const QDate &opensOn, const QString &message)
{
    throw RpcError(ErrorCode::WindowClosed, message,
                   QCborMap{{QStringLiteral("window"), window}, {QStringLiteral("opensOn"), dateToWire(opensOn)}});
}

QString MarkRules::marksText(const QList<MarkRow> &marks)
{
    if (marks.isEmpty())
        return QStringLiteral("—");
    QStringList parts;
    for (const MarkRow &m : marks)
        parts.append(m.passed ? (*m.passed ? QStringLiteral("зачёт") : QStringLiteral("незачёт")) : QString::number(m.value));
    return QStringLiteral("«%1»").arg(parts.join(QLatin1Char('/')));
}

QCborMap MarkRules::auditView(qint64 studentId, const QList<MarkRow> &marks)
{
    // Built key by key with Latin-1 keys: two of these go into the audit row of every mark saved,
    // and an initializer list makes a temporary of every key (docs/benchmarks.md, "Findings").
    QCborArray list;
    for (const MarkRow &m : marks) {
        QCborMap item;
        item.insert("position"_L1, m.position);
        item.insert("workKindId"_L1, m.workKindId);
        item.insert("comment"_L1, m.comment);
        if (m.passed)
            item.insert("passed"_L1, *m.passed);
        else
            item.insert("value"_L1, m.value);
        list.append(item);
    }
    QCborMap view;
    view.insert("studentId"_L1, studentId);
    view.insert("marks"_L1, list);
    return view;
}

QList<MarkRow> MarkRules::parse(const QCborArray &given, const Inputs &in, const KindLookup &kindOf)
{
    const LessonContext &lesson = *in.lesson;
    const AssignmentContext &a = lesson.assignment;
    if (given.size() > kMaxMarksPerCell)
        throw protocol::ArgumentError(QStringLiteral("marks"), QStringLiteral("at most %1 marks in a cell").arg(kMaxMarksPerCell));
    QList<MarkRow> wanted;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const ArgReader m = ArgReader::element(given, i, QStringLiteral("marks"));
        MarkRow row;
        row.lessonId = lesson.id;
        row.studentId = in.studentId;
        row.position = int(i + 1);
        const bool hasValue = m.has(QStringLiteral("value"));
        if (hasValue == m.has(QStringLiteral("passed")))
            m.fail(QStringLiteral("value"), QStringLiteral("exactly one of value (1..5) and passed"));
        if (!hasValue) {
            if (!a.passFail())
                ruleViolation(QStringLiteral("pass_fail_subject"), QStringLiteral("%1 is graded with marks").arg(a.subjectName));
            row.passed = m.boolean(QStringLiteral("passed"));
        } else {
            if (a.passFail())
                ruleViolation(QStringLiteral("pass_fail_subject"), QStringLiteral("%1 is graded зачёт/незачёт").arg(a.subjectName));
            row.value = int(m.integer(QStringLiteral("value"), 1, 5));
            if (row.value == 1 && !in.settings->allowOne)
                ruleViolation(QStringLiteral("mark_one_not_allowed"), QStringLiteral("the school does not use the mark 1"));
        }
        row.workKindId = m.optionalId(QStringLiteral("workKindId")).value_or(lesson.workKindId);
        if (row.workKindId) {
            const std::optional<WorkKind> kind = kindOf(row.workKindId);
            if (!kind || kind->archived)
                invalid(QStringLiteral("marks[%1].workKindId").arg(i), QStringLiteral("no such kind of work"));
            row.written = kind->written;
            row.weight = kind->weight;
            row.control = kind->control;
        }
        row.comment = m.string(QStringLiteral("comment"), QString(), 500).trimmed();
        wanted.append(row);
    }
    if (!wanted.isEmpty() && a.noMarks())
        ruleViolation(QStringLiteral("grade_1_no_marks"), QStringLiteral("grade 1 is taught without marks (000 §3.7)"));
    return wanted;
}

MarkRules::Decision MarkRules::decide(const QList<MarkRow> &old, QList<MarkRow> wanted, const Inputs &in)
{
    const LessonContext &lesson = *in.lesson;
    const AssignmentContext &a = lesson.assignment;
    if (!in.member)
        ruleViolation(QStringLiteral("not_a_member"), QStringLiteral("student %1 is not in %2 on %3")
                                                          .arg(in.studentId)
                                                          .arg(a.className, dateToWire(lesson.date)));
    if (!wanted.isEmpty() && in.exempt)
        ruleViolation(QStringLiteral("exempt"), QStringLiteral("the student is exempt from %1").arg(a.subjectName));
    // Only marks that change are checked against their windows: an unchanged one may stay.
    auto check = [&](const MarkRow &m) {
        const QString window = m.written ? (a.extendedWindow ? QStringLiteral("extendedWrittenMark") : QStringLiteral("writtenMark"))
                                         : QStringLiteral("oralMark");
        if (lesson.date > in.today)
            notYetOpen(window, lesson.date, QStringLiteral("the lesson of %1 has not taken place yet").arg(dateToWire(lesson.date)));
        const QDate deadline = m.written ? in.deadlines->writtenMark : in.deadlines->oralMark;
        if (!in.waiveWindows && in.today > deadline)
            cellLocked(window, deadline);
    };
    Decision d;
    d.changed = old.size() != wanted.size();
    for (qsizetype i = 0; i < qMax(old.size(), wanted.size()); ++i) {
        const MarkRow *before = i < old.size() ? &old[i] : nullptr;
        const MarkRow *after = i < wanted.size() ? &wanted[i] : nullptr;
        if (before && after && before->sameMark(*after))
            continue;
        d.changed = true;
        if (before)
            check(*before);
        if (after)
            check(*after);
    }
    d.description = QStringLiteral("Отметки: %1 → %2").arg(marksText(old), marksText(wanted));
    d.wanted = std::move(wanted);
    return d;
}

} // namespace cj::server
