#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Предварительный отчёт (прогноз) за учебный период» (reports.forecast): the period marks the
// current marks lead to, before the period closes, with the risks flagged — a likely «2», too few
// marks. One subject: a row per pupil; a class: pupils × subjects, then the list of risks.
class ForecastRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ForecastRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
    static QString riskText(const QCborMap &row);
};

} // namespace cj::client::reports
