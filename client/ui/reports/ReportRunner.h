#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportParameters.h"

class QWidget;

namespace cj::client {

class Session;

// From a report chosen in the menu to its print preview: asks for the parameters, fetches (with a
// progress dialog that can cancel a long job — a year's journal, every class's statements), then
// opens the preview with print, PDF and CSV.
class ReportRunner
{
    Q_DECLARE_TR_FUNCTIONS(ReportRunner)
public:
    // The whole way, for the menu.
    static void askAndShow(Session *session, reports::ReportKind kind, QWidget *parent);
    // Fetches and renders; empty when cancelled or refused (the refusal is shown).
    static QList<reports::Report> fetch(Session *session, reports::ReportKind kind,
                                        const QList<reports::ReportParameters> &runs, QWidget *parent);
};

} // namespace cj::client
