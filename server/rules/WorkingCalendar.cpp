#include "rules/WorkingCalendar.h"

#include "rules/SchoolSettings.h"

namespace cj::server {

WorkingCalendar::WorkingCalendar(int weekDays, QList<HolidayRange> holidays, int grade)
    : m_weekDays(weekDays)
{
    for (const HolidayRange &h : holidays) {
        if (h.grades.isEmpty() || h.grades.contains(grade))
            m_holidays.append(h);
    }
}

bool WorkingCalendar::isHoliday(const QDate &date) const
{
    for (const HolidayRange &h : m_holidays) {
        if (date >= h.startsOn && date <= h.endsOn)
            return true;
    }
    return false;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() <= m_weekDays && !isHoliday(date);
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int n) const
{
    QDate d = from;
    // Bounded: a year has far fewer than 400 holidays in a row.
    for (int counted = 0, guard = 0; counted < n && guard < 4000; ++guard) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

QDate WorkingCalendar::deadline(const QDate &base, const EntryWindow &window) const
{
    return window.working ? addWorkingDays(base, window.days) : base.addDays(window.days);
}

} // namespace cj::server
