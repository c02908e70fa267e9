#include "reports/AttendanceTally.h"

namespace cj::server {

void Tally::add(const AttendanceDay &d)
{
    missed += d.missed;
    ill += d.ill;
    excused += d.excused;
    unexcused += d.unexcused;
    daysMissed += d.wholeDayMissed() ? 1 : 0;
    late += d.late;
}

Tally &Tally::operator+=(const Tally &o)
{
    missed += o.missed;
    ill += o.ill;
    excused += o.excused;
    unexcused += o.unexcused;
    daysMissed += o.daysMissed;
    late += o.late;
    return *this;
}

AttendanceTally::AttendanceTally(const QList<AttendanceDay> &days)
{
    for (const AttendanceDay &d : days) {
        const QString month = monthOf(d.date);
        m_pupils[d.studentId].add(d);
        m_pupilMonths[{d.studentId, month}].add(d);
        m_pupilDays.insert({d.studentId, d.date}, d);
        m_months[month].add(d);
        m_days[d.date].add(d);
        m_total.add(d);
    }
}

QStringList AttendanceTally::monthsBetween(const QDate &from, const QDate &to)
{
    QStringList months;
    for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1))
        months.append(monthOf(d));
    return months;
}

Tally AttendanceTally::pupil(qint64 studentId) const
{
    return m_pupils.value(studentId);
}

Tally AttendanceTally::pupilMonth(qint64 studentId, const QString &month) const
{
    return m_pupilMonths.value({studentId, month});
}

AttendanceDay AttendanceTally::pupilDay(qint64 studentId, const QDate &date) const
{
    return m_pupilDays.value({studentId, date}, AttendanceDay{studentId, date});
}

Tally AttendanceTally::classTotal() const
{
    return m_total;
}

Tally AttendanceTally::classMonth(const QString &month) const
{
    return m_months.value(month);
}

Tally AttendanceTally::classDay(const QDate &date) const
{
    return m_days.value(date);
}

QList<QDate> AttendanceTally::days() const
{
    return m_days.keys();
}

} // namespace cj::server
