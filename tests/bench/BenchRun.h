#pragma once

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include "BenchOptions.h"
#include "BenchSchool.h"
#include "DatabaseChores.h"
#include "IdleConnections.h"
#include "KernelWriteback.h"
#include "LoadDriver.h"
#include "PgBaseline.h"
#include "ServerProcess.h"
#include "SingleOperations.h"
#include "SqlProfile.h"

namespace cj::bench {

class Report;

// One benchmark run from start to end: the data, the pgbench baseline, the real server, single
// operations, the closed and open loops, idle connections — then the table against the targets.
class BenchRun
{
public:
    explicit BenchRun(BenchOptions options);
    ~BenchRun();
    // Returns the process exit code: 0 when everything ran and no request failed.
    int exec();

private:
    struct OpenStep {
        int order = 0; // which step it was in the run
        double offered = 0;
        double achieved = 0;
        OpSummary marks;
        LoadWindow window;
        QString chores; // DatabaseChores and KernelWriteback during the step
    };

    bool startServer(QString *error);
    void singleOperations();
    void load();
    void idleConnections();
    int totalErrors() const;
    static bool isHeld(const OpenStep &s);
    const OpenStep *bestHeldStep() const;
    const OpenStep *peakStep() const;
    // The server's and PostgreSQL's CPU per mark save over a step, in microseconds.
    static double cpuPerSaveUs(const OpenStep &s);
    QString render() const;
    void renderTargets(Report &report) const;
    void renderDetails(Report &report) const;
    void renderSqlProfile(Report &report, const QString &phase, const QList<SqlProfile::Statement> &statements,
                          qsizetype requests) const;
    void progress(const QString &text) const;

    BenchOptions m_options;
    BenchSchool m_school;
    std::unique_ptr<PgBaseline> m_pgbench;
    test::ServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_serverDir;
    SchoolSample m_sample;
    QList<TeacherAccount> m_teachers;
    QString m_teacherNote;
    Timing m_pageOpen;
    Timing m_classStatement;
    Timing m_allStatements;
    Timing m_schoolResults;
    Timing m_print;
    LoadWindow m_closed;
    double m_signInSeconds = 0;
    QList<SqlProfile::Statement> m_sqlClosed;
    QList<SqlProfile::Statement> m_sqlOpen;
    QList<OpenStep> m_steps;
    int m_openParticipants = 0;
    QString m_openStopped;
    IdleConnections::Result m_idle;
    qint64 m_peakRss = 0;
    double m_loadAtStart = 0;
    double m_loadAtEnd = 0;
    QStringList m_failures;
    QString m_startedAt;
};

} // namespace cj::bench
