#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// «Журнал замещения уроков» (substitutions.list; 000 §4.4.3): who gave which lesson instead of whom
// and why, with a column for the substitute's signature.
class SubstitutionsRegisterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SubstitutionsRegisterRenderer)
public:
    static QString title();
    // result: substitutions.list's, with the report header the client adds (ReportJob).
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
