#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cj::bench {

// What one benchmark run does and how long each phase lasts. `--full` is the documented run (a
// region of large schools, 300 teachers); `--smoke` is the few-seconds run the test suite keeps
// alive. Every figure can be overridden one by one.
struct BenchOptions {
    QString size = QStringLiteral("large"); // "small" or "large": the kind of school generated
    int schools = 0;                        // 0: as many as `teachers` need (about 110 teachers each)
    quint32 seed = 1;
    QDate date{2026, 3, 17};                // the morning: a Tuesday of the third quarter
    int teachers = 300;
    int clientThreads = 0; // 0: one per core (two at least, eight at most)
    int thinkMs = 1000;                     // closed loop: mean think time between a teacher's actions
    int closedSeconds = 60;
    int openStepSeconds = 10;
    int openSteps = 10;                     // rising rates tried at most (each 1.5 times the last)
    int pgbenchSeconds = 15;
    QList<int> pgbenchClients{8, 16, 32};
    int idleConnections = 1000;
    int classStatements = 0;                // 0: every class of the school
    int pageOpens = 30;
    int workers = 0;                        // server worker threads; 0: the server's default
    QString cacheDir;                       // generated clusters kept here; empty: no cache
    QString markdownFile;                   // write the table into this file's results section
    QString printCommand;                   // classjournal-print; empty: found next to the client
    QString samplesDir;                     // each open-loop step's saves written here; empty: not kept
    bool smoke = false;
    bool sqlProfile = false;                // pg_stat_statements over the closed loop

    static BenchOptions full();
    static BenchOptions smokeRun();
    // Parses the command line; on a mistake or --help returns false with the text to print.
    static bool parse(const QStringList &arguments, BenchOptions *options, QString *message);

    int schoolCount() const;
    QString generateArgument() const; // "large", "small" or "region:N"
    QString describe() const;         // one line for the report
};

} // namespace cj::bench
