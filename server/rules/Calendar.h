#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "storage/YearStore.h"

namespace cj::server {

class Db;

// The school calendar of one academic year: which days are school days for a class, which period a
// date falls in, when the next period starts.
class Calendar
{
public:
    explicit Calendar(YearRecord year);

    // The current year of a school: the open year containing today, else the latest one.
    static std::optional<YearRecord> currentYear(Db &db, qint64 schoolId);

    const YearRecord &year() const { return m_year; }
    bool contains(const QDate &date) const { return date >= m_year.startsOn && date <= m_year.endsOn; }
    QDate clamp(const QDate &date) const; // into the year
    std::optional<PeriodRecord> periodOf(const QDate &date, const QString &scheme) const;
    bool isWeekend(const QDate &date) const { return date.dayOfWeek() > m_year.weekDays; }
    bool isHoliday(const QDate &date, int grade) const; // holidays of the whole school and of the grade
    // A day with lessons for a class of the grade following the scheme: in the year, inside one of its
    // periods, not a weekend, not a holiday.
    bool isSchoolDay(const QDate &date, int grade, const QString &scheme) const;
    // The first day of the scheme's period that follows the one containing (or next after) date.
    std::optional<QDate> nextPeriodStart(const QDate &date, const QString &scheme) const;
    std::optional<QDate> firstPeriodStart(const QString &scheme) const;
    QList<PeriodRecord> periods(const QString &scheme) const;

    // Working days count for entry windows: the year's week, minus the holidays of the grade.
    bool isWorkingDay(const QDate &date, int grade) const { return !isWeekend(date) && !isHoliday(date, grade); }
    // The n-th working day after `from` (from itself when n is 0).
    QDate addWorkingDays(const QDate &from, int n, int grade) const;

private:
    YearRecord m_year;
};

} // namespace cj::server
