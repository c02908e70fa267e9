#include "rules/Calendar.h"

#include "app/Clock.h"

namespace cj::server {

Calendar::Calendar(YearRecord year)
    : m_year(std::move(year))
{
}

std::optional<YearRecord> Calendar::currentYear(Db &db, qint64 schoolId)
{
    const QList<YearRecord> years = YearStore::list(db, schoolId, true); // newest first
    if (years.isEmpty())
        return std::nullopt;
    const QDate today = Clock::today();
    for (const YearRecord &y : years) {
        if (!y.closed && y.startsOn <= today && today <= y.endsOn)
            return y;
    }
    return years.first();
}

QDate Calendar::clamp(const QDate &date) const
{
    return qBound(m_year.startsOn, date, m_year.endsOn);
}

std::optional<PeriodRecord> Calendar::periodOf(const QDate &date, const QString &scheme) const
{
    for (const PeriodRecord &p : m_year.periods) {
        if (p.scheme == scheme && p.startsOn <= date && date <= p.endsOn)
            return p;
    }
    return std::nullopt;
}

bool Calendar::isHoliday(const QDate &date, int grade) const
{
    for (const HolidayRecord &h : m_year.holidays) {
        if (h.startsOn <= date && date <= h.endsOn && (h.grades.isEmpty() || h.grades.contains(grade)))
            return true;
    }
    return false;
}

bool Calendar::isSchoolDay(const QDate &date, int grade, const QString &scheme) const
{
    return contains(date) && !isWeekend(date) && !isHoliday(date, grade) && periodOf(date, scheme).has_value();
}

std::optional<QDate> Calendar::nextPeriodStart(const QDate &date, const QString &scheme) const
{
    std::optional<QDate> next;
    for (const PeriodRecord &p : m_year.periods) {
        if (p.scheme == scheme && p.startsOn > date && (!next || p.startsOn < *next))
            next = p.startsOn;
    }
    return next;
}

std::optional<QDate> Calendar::firstPeriodStart(const QString &scheme) const
{
    std::optional<QDate> first;
    for (const PeriodRecord &p : m_year.periods) {
        if (p.scheme == scheme && (!first || p.startsOn < *first))
            first = p.startsOn;
    }
    return first;
}

QList<PeriodRecord> Calendar::periods(const QString &scheme) const
{
    return m_year.periodsOf(scheme);
}

QDate Calendar::addWorkingDays(const QDate &from, int n, int grade) const
{
    QDate d = from;
    // Bounded: a year has far fewer than 400 holidays in a row.
    for (int counted = 0, guard = 0; counted < n && guard < 4000; ++guard) {
        d = d.addDays(1);
        if (isWorkingDay(d, grade))
            ++counted;
    }
    return d;
}

} // namespace cj::server
