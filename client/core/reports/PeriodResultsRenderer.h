#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Итоги успеваемости класса за учебный период» (reports.periodResults), also for one subject (the
// teacher's report): per subject the pupils counted, «5»…«2», % успеваемости, % качества, СОУ and
// the average; for the class the отличники, хорошисты, with one «3», неуспевающие — and under it
// the formulas and the rule for N.
class PeriodResultsRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PeriodResultsRenderer)
public:
    static QString title();
    static QString subjectTitle();
    static Report render(const QCborMap &result);
    // The tables and the formula footnote, for reports that include them (class teacher's report).
    static void appendTables(ReportSection &section, const QCborMap &result);
};

} // namespace cj::client::reports
