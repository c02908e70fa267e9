#include "core/journal/ChangeDescription.h"

#include <QCborArray>
#include <QLocale>

#include "core/journal/CellText.h"
#include "protocol/ArgReader.h"

namespace cj::client {

using protocol::MessageType;

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

QString ChangeDescription::where(const JournalPage &page, const JournalWrite &write)
{
    QStringList parts{page.assignment.title()};
    const qint64 lessonId = protocol::intOr(write.args.value(QStringLiteral("lessonId")));
    if (const int i = page.lessonIndex(lessonId); i >= 0)
        parts.append(tr("lesson of %1").arg(QLocale().toString(page.lessons[i].date, QLocale::ShortFormat)));
    const qint64 studentId = protocol::intOr(write.args.value(QStringLiteral("studentId")));
    if (const int s = page.studentIndex(studentId); s >= 0)
        parts.append(page.students[s].fullName);
    return parts.join(QStringLiteral(", "));
}

QString ChangeDescription::what(const JournalPage &page, const JournalWrite &write, const AttendanceSymbols &symbols)
{
    const QCborMap &a = write.args;
    const CellKey key{protocol::intOr(a.value(QStringLiteral("lessonId"))), protocol::intOr(a.value(QStringLiteral("studentId")))};
    const JournalCell now = page.cell(key);
    switch (write.type) {
    case MessageType::JournalSetMarks: {
        JournalCell wanted;
        for (const QCborValue &v : a.value(QStringLiteral("marks")).toArray())
            wanted.marks.append(Mark::fromCbor(v.toMap()));
        return tr("Marks: %1 → %2").arg(orDash(CellText::marks(now.marks)), orDash(CellText::marks(wanted.marks)));
    }
    case MessageType::JournalSetAttendance: {
        const Attendance wanted{attendanceKindFromWire(a.value(QStringLiteral("kind")).toString()), AbsenceReason::None};
        return tr("Attendance: %1 → %2").arg(orDash(symbols.of(now.attendance)), orDash(symbols.of(wanted)));
    }
    case MessageType::JournalSetAbsenceReason: {
        const Attendance wanted{AttendanceKind::Absent, absenceReasonFromWire(a.value(QStringLiteral("reason")).toString())};
        return tr("Absence reason: %1 → %2").arg(orDash(symbols.of(now.attendance)), orDash(symbols.of(wanted)));
    }
    case MessageType::JournalSetLesson: {
        QStringList parts;
        const int i = page.lessonIndex(key.lessonId);
        const JournalLesson lesson = i >= 0 ? page.lessons[i] : JournalLesson{};
        if (a.contains(QStringLiteral("topic")))
            parts.append(tr("Topic: «%1» → «%2»").arg(lesson.topic, a.value(QStringLiteral("topic")).toString()));
        if (a.contains(QStringLiteral("homework")))
            parts.append(tr("Homework: «%1» → «%2»").arg(lesson.homework, a.value(QStringLiteral("homework")).toString()));
        if (a.contains(QStringLiteral("workKindId"))) {
            const WorkKind *k = page.workKind(protocol::intOr(a.value(QStringLiteral("workKindId"))));
            parts.append(tr("Kind of work → %1").arg(k ? k->name : tr("answer in class")));
        }
        return parts.join(QStringLiteral("; "));
    }
    case MessageType::JournalSetFinalMark: {
        const FinalMark wanted = FinalMark::fromCbor(a);
        const FinalMark current = page.finalMark(wanted.studentId, wanted.kind);
        return tr("Final mark: %1 → %2").arg(orDash(CellText::finalMark(current)), orDash(CellText::finalMark(wanted)));
    }
    default:
        return protocol::messageTypeName(write.type);
    }
}

} // namespace cj::client
