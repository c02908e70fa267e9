#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Отчёт о посещаемости класса за месяц» (reports.attendanceMonth): pupils × school days of the
// month with the lessons missed each day, whole days missed in bold, and the month's totals.
class AttendanceMonthRenderer
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceMonthRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
