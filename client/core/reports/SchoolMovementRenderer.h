#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Динамика движения обучающихся по школе» (reports.schoolMovement): per period the pupils at the
// start, arrived, left and at the end, by level of education (1–4, 5–9, 10–11) and in all.
class SchoolMovementRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SchoolMovementRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
