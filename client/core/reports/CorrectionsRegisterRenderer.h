#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// The register «Замена сведений в электронном журнале» (corrections.list; 003 §2.3.4): date of the
// request, class, the teacher, the lesson's date, subject, the change and its reason, and the
// administrator's decision.
class CorrectionsRegisterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionsRegisterRenderer)
public:
    static QString title();
    // result: corrections.list's, with the report header the client adds (ReportJob).
    static Report render(const QCborMap &result);
};

} // namespace cj::client::reports
