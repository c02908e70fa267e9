#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Сводная ведомость учёта посещаемости» (reports.attendanceStatement): per pupil and month the
// lessons missed — in all, for illness, excused, unexcused — and the totals with whole days missed
// and lateness.
class AttendanceStatementRenderer
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStatementRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
    // The table and its legend, for reports that include the statement (class teacher's report).
    static void appendTable(ReportSection &section, const QCborMap &result);
};

} // namespace cj::client::reports
