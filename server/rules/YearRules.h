#pragma once

#include <QList>
#include <QString>

#include "storage/YearStore.h"

namespace cj::server {

// What makes an academic year consistent: its dates, its periods (numbered in date order, inside the
// year, not overlapping) and its holidays (inside the year). Every check throws validation_failed
// with the field and the named rule.
class YearRules
{
public:
    // A closed year refuses every change (read_only).
    static void requireOpen(const YearRecord &year);
    static void checkDates(const YearRecord &year);
    static void checkPeriods(const YearRecord &year, const QList<PeriodRecord> &periods, const QString &field);
    static void checkHoliday(const YearRecord &year, const HolidayRecord &holiday, const QString &field);
    // After the year's dates change: its periods and holidays must still fit.
    static void checkContents(const YearRecord &year);
    static bool isScheme(const QString &scheme);
    // Quarters for grades 1–9, halves for 10–11 (SPEC §2).
    static QString defaultScheme(int grade);
};

} // namespace cj::server
