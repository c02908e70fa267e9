#include "core/journal/JournalCell.h"

#include "protocol/ArgReader.h"

namespace cj::client {

QString attendanceKindToWire(AttendanceKind kind)
{
    switch (kind) {
    case AttendanceKind::Absent: return QStringLiteral("absent");
    case AttendanceKind::Late: return QStringLiteral("late");
    case AttendanceKind::Present: break;
    }
    return {};
}

AttendanceKind attendanceKindFromWire(const QString &text)
{
    if (text == QLatin1String("absent"))
        return AttendanceKind::Absent;
    if (text == QLatin1String("late"))
        return AttendanceKind::Late;
    return AttendanceKind::Present;
}

QString absenceReasonToWire(AbsenceReason reason)
{
    switch (reason) {
    case AbsenceReason::Ill: return QStringLiteral("ill");
    case AbsenceReason::Excused: return QStringLiteral("excused");
    case AbsenceReason::Unexcused: return QStringLiteral("unexcused");
    case AbsenceReason::None: break;
    }
    return {};
}

AbsenceReason absenceReasonFromWire(const QString &text)
{
    if (text == QLatin1String("ill"))
        return AbsenceReason::Ill;
    if (text == QLatin1String("excused"))
        return AbsenceReason::Excused;
    if (text == QLatin1String("unexcused"))
        return AbsenceReason::Unexcused;
    return AbsenceReason::None;
}

bool Mark::sameAs(const Mark &other) const
{
    return value == other.value && passed == other.passed && workKindId == other.workKindId && comment == other.comment;
}

Mark Mark::fromCbor(const QCborMap &map)
{
    Mark m;
    m.position = int(protocol::intOr(map.value(QStringLiteral("position"))));
    m.value = int(protocol::intOr(map.value(QStringLiteral("value"))));
    const QCborValue passed = map.value(QStringLiteral("passed"));
    if (passed.isBool())
        m.passed = passed.toBool();
    m.workKindId = protocol::intOr(map.value(QStringLiteral("workKindId")));
    m.comment = map.value(QStringLiteral("comment")).toString();
    m.enteredAt = QDateTime::fromString(map.value(QStringLiteral("enteredAt")).toString(), Qt::ISODateWithMs);
    m.enteredBy = map.value(QStringLiteral("enteredBy")).toString();
    return m;
}

QCborMap Mark::toWrite() const
{
    QCborMap map;
    if (passed)
        map.insert(QStringLiteral("passed"), *passed);
    else
        map.insert(QStringLiteral("value"), value);
    if (workKindId > 0)
        map.insert(QStringLiteral("workKindId"), workKindId);
    if (!comment.isEmpty())
        map.insert(QStringLiteral("comment"), comment);
    return map;
}

Attendance Attendance::fromCbor(const QCborValue &value)
{
    Attendance a;
    if (!value.isMap())
        return a;
    const QCborMap map = value.toMap();
    a.kind = attendanceKindFromWire(map.value(QStringLiteral("kind")).toString());
    a.reason = absenceReasonFromWire(map.value(QStringLiteral("reason")).toString());
    return a;
}

bool JournalCell::sameMarks(const JournalCell &other) const
{
    if (marks.size() != other.marks.size())
        return false;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        if (!marks[i].sameAs(other.marks[i]))
            return false;
    }
    return true;
}

QCborArray JournalCell::marksToWrite() const
{
    QCborArray list;
    for (const Mark &m : marks)
        list.append(m.toWrite());
    return list;
}

JournalCell JournalCell::fromCbor(const QCborMap &map)
{
    JournalCell c;
    c.lessonId = protocol::intOr(map.value(QStringLiteral("lessonId")));
    c.studentId = protocol::intOr(map.value(QStringLiteral("studentId")));
    for (const QCborValue &v : map.value(QStringLiteral("marks")).toArray())
        c.marks.append(Mark::fromCbor(v.toMap()));
    std::sort(c.marks.begin(), c.marks.end(), [](const Mark &a, const Mark &b) { return a.position < b.position; });
    c.attendance = Attendance::fromCbor(map.value(QStringLiteral("attendance")));
    return c;
}

} // namespace cj::client
