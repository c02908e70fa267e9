#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Итоги успеваемости по школе» (reports.schoolResults): per class, parallel, level and for the
// school — pupils counted, отличники, хорошисты, with one «3», неуспевающие, without marks, and the
// rates, with the formulas under the table.
class SchoolResultsRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SchoolResultsRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
