#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

#include "core/reports/Report.h"
#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportParameters.h"
#include "core/reports/ReportScope.h"

namespace cj::client {
class ServerConnection;
class Session;
} // namespace cj::client

namespace cj::client::reports {

// classjournal-print: signs in to a server, asks for one report (or the same report for every class)
// and writes it as PDF — and CSV for tables — with no display needed, for the archive and for
// scripts. The same renderers and page layout as the client's print preview. Usage: docs/reports.md.
class PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)
public:
    enum Exit { Ok = 0, Usage = 1, Connection = 2, Refused = 3, Output = 4 };

    // Before the application object exists: with no display, Qt's offscreen platform.
    static void prepareEnvironment();

    PrintCommand();
    ~PrintCommand();
    // Parses the command line (arguments()[0] is the program) and does the work; the exit code.
    int run(const QStringList &arguments);

private:
    struct Options;
    bool parse(const QStringList &arguments, Options &options);
    bool connectAndSignIn(const Options &options);
    bool loadScope();
    std::optional<QList<ReportParameters>> parametersFor(const Options &options);
    bool fetch(ReportKind kind, const QList<ReportParameters> &runs, QList<Report> *reports);
    int write(const Options &options, const QList<Report> &reports);

    QTextStream m_out;
    QTextStream m_err;
    ServerConnection *m_connection;
    Session *m_session;
    ReportScope m_scope;
    int m_exit = Ok;
};

} // namespace cj::client::reports
