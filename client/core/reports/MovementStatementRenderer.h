#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Сводная ведомость учёта движения учащихся» (reports.movementStatement): per period the pupils at
// the start, who arrived and who left (dates, orders, where from and where to), and at the end.
class MovementStatementRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MovementStatementRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
    // The period rows and the lists of arrivals and departures, for reports that include them
    // (the class teacher's report shows one period). yearTotals: the "year" row, when there is one.
    static void appendTables(ReportSection &section, const QCborArray &rows, const QCborMap &yearTotals,
                             bool withClass);
};

} // namespace cj::client::reports
