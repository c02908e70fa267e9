#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Наполняемость классов» (reports.schoolEnrolment): pupils per class on a date, boys and girls,
// with a line per parallel and the school's total (000 §4.6.5).
class SchoolEnrolmentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SchoolEnrolmentRenderer)
public:
    static QString title();
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
