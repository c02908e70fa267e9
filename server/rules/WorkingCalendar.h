#pragma once

#include <QDate>
#include <QList>

#include "storage/JournalStore.h"

namespace cj::server {

struct EntryWindow;

// Working days of one class's year: the year's 5- or 6-day week minus the holidays that apply to the
// class's grade. Entry windows counted in working days use it.
class WorkingCalendar
{
public:
    WorkingCalendar(int weekDays, QList<HolidayRange> holidays, int grade);

    bool isWorkingDay(const QDate &date) const;
    bool isHoliday(const QDate &date) const;
    // The n-th working day after `from` (from itself when n is 0).
    QDate addWorkingDays(const QDate &from, int n) const;
    // The last day an entry dated `base` may still be made under `window`.
    QDate deadline(const QDate &base, const EntryWindow &window) const;

private:
    int m_weekDays;
    QList<HolidayRange> m_holidays;
};

} // namespace cj::server
