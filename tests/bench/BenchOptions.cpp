#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QThread>

#include <cmath>

namespace cj::bench {

namespace {
// About how many of a large school's teachers have lessons on a given day.
constexpr double kTeachersPerLargeSchool = 110;
} // namespace

BenchOptions BenchOptions::full()
{
    BenchOptions o;
    o.cacheDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/classjournal-bench");
    return o;
}

BenchOptions BenchOptions::smokeRun()
{
    BenchOptions o;
    o.smoke = true;
    o.size = QStringLiteral("small");
    o.schools = 1;
    o.teachers = 5;
    o.thinkMs = 50;
    o.closedSeconds = 3;
    o.openStepSeconds = 1;
    o.openSteps = 2;
    o.pgbenchSeconds = 1;
    o.idleConnections = 50;
    o.classStatements = 3;
    o.pageOpens = 5;
    return o;
}

bool BenchOptions::parse(const QStringList &arguments, BenchOptions *options, QString *message)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "ClassJournal benchmark: generates a school into a private PostgreSQL (fsync on), measures the raw "
        "single-row upsert baseline with pgbench, starts the real server and simulates teachers at the morning "
        "peak over TLS, times single operations, and prints the table of figures against the targets."));
    p.addHelpOption();
    const QCommandLineOption fullOpt(QStringLiteral("full"), QStringLiteral("The documented full run (default)."));
    const QCommandLineOption smokeOpt(QStringLiteral("smoke"), QStringLiteral("A few seconds on a tiny school (the test suite's run)."));
    const QCommandLineOption teachersOpt(QStringLiteral("teachers"), QStringLiteral("Simulated teachers (300)."), QStringLiteral("n"));
    const QCommandLineOption schoolsOpt(QStringLiteral("schools"), QStringLiteral("Large schools in the database (enough for the teachers)."),
                                        QStringLiteral("n"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Generator seed (1)."), QStringLiteral("n"));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("The school day simulated (2026-03-17)."), QStringLiteral("date"));
    const QCommandLineOption threadsOpt(QStringLiteral("client-threads"), QStringLiteral("Threads of simulated teachers (one per two cores, 1 to 8)."),
                                        QStringLiteral("n"));
    const QCommandLineOption thinkOpt(QStringLiteral("think-ms"), QStringLiteral("Mean think time of the closed loop (1000)."),
                                      QStringLiteral("ms"));
    const QCommandLineOption closedOpt(QStringLiteral("closed-seconds"), QStringLiteral("Closed-loop measurement (60)."),
                                       QStringLiteral("s"));
    const QCommandLineOption stepOpt(QStringLiteral("open-step-seconds"), QStringLiteral("Each open-loop rate step (10)."),
                                     QStringLiteral("s"));
    const QCommandLineOption pgbenchOpt(QStringLiteral("pgbench-seconds"), QStringLiteral("Each pgbench run (15)."), QStringLiteral("s"));
    const QCommandLineOption idleOpt(QStringLiteral("idle-connections"), QStringLiteral("Idle connections for the memory figure (1000)."),
                                     QStringLiteral("n"));
    const QCommandLineOption workersOpt(QStringLiteral("workers"), QStringLiteral("Server worker threads (server default)."),
                                        QStringLiteral("n"));
    const QCommandLineOption cacheOpt(QStringLiteral("cache-dir"), QStringLiteral("Keep generated clusters here."), QStringLiteral("dir"));
    const QCommandLineOption noCacheOpt(QStringLiteral("no-cache"), QStringLiteral("Always generate the data afresh."));
    const QCommandLineOption markdownOpt(QStringLiteral("markdown"), QStringLiteral("Write the results section of this Markdown file."),
                                         QStringLiteral("file"));
    const QCommandLineOption sqlOpt(QStringLiteral("sql-profile"),
                                    QStringLiteral("Count the server's SQL in the closed loop (pg_stat_statements)."));
    const QCommandLineOption printOpt(QStringLiteral("print-command"), QStringLiteral("The classjournal-print binary."),
                                      QStringLiteral("file"));
    const QCommandLineOption samplesOpt(QStringLiteral("samples"),
                                        QStringLiteral("Write each open-loop step's saves (when due, latency; ns) to a file here."),
                                        QStringLiteral("dir"));
    p.addOptions({fullOpt, smokeOpt, teachersOpt, schoolsOpt, seedOpt, dateOpt, threadsOpt, thinkOpt, closedOpt, stepOpt,
                  pgbenchOpt, idleOpt, workersOpt, cacheOpt, noCacheOpt, markdownOpt, printOpt, sqlOpt, samplesOpt});
    if (!p.parse(arguments)) {
        *message = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *message = p.helpText();
        return false;
    }
    BenchOptions o = p.isSet(smokeOpt) ? smokeRun() : full();
    bool ok = true;
    const auto integer = [&](const QCommandLineOption &opt, int *field, int minimum) {
        if (!p.isSet(opt))
            return;
        bool good = false;
        const int v = p.value(opt).toInt(&good);
        if (!good || v < minimum) {
            *message = QStringLiteral("--%1 wants a number of at least %2").arg(opt.names().first()).arg(minimum);
            ok = false;
            return;
        }
        *field = v;
    };
    integer(teachersOpt, &o.teachers, 1);
    integer(schoolsOpt, &o.schools, 1);
    integer(threadsOpt, &o.clientThreads, 1);
    // Each thread waits on epoll, so its sockets cost nothing while idle: more threads only add
    // wake-ups, on cores the server and PostgreSQL need (docs/benchmarks.md, "What one run does").
    if (o.clientThreads == 0)
        o.clientThreads = qBound(1, QThread::idealThreadCount() / 2, 8);
    integer(thinkOpt, &o.thinkMs, 0);
    integer(closedOpt, &o.closedSeconds, 1);
    integer(stepOpt, &o.openStepSeconds, 1);
    integer(pgbenchOpt, &o.pgbenchSeconds, 1);
    integer(idleOpt, &o.idleConnections, 0);
    integer(workersOpt, &o.workers, 1);
    int seed = int(o.seed);
    integer(seedOpt, &seed, 0);
    o.seed = quint32(seed);
    if (p.isSet(dateOpt)) {
        o.date = QDate::fromString(p.value(dateOpt), Qt::ISODate);
        if (!o.date.isValid()) {
            *message = QStringLiteral("--date wants YYYY-MM-DD");
            ok = false;
        }
    }
    if (p.isSet(cacheOpt))
        o.cacheDir = p.value(cacheOpt);
    if (p.isSet(noCacheOpt))
        o.cacheDir.clear();
    o.markdownFile = p.value(markdownOpt);
    o.printCommand = p.value(printOpt);
    o.sqlProfile = p.isSet(sqlOpt);
    o.samplesDir = p.value(samplesOpt);
    *options = o;
    return ok;
}

int BenchOptions::schoolCount() const
{
    if (schools > 0)
        return schools;
    return size == QLatin1String("small") ? 1 : qMax(1, int(std::ceil(teachers / kTeachersPerLargeSchool)));
}

QString BenchOptions::generateArgument() const
{
    if (size == QLatin1String("small"))
        return size;
    return schoolCount() == 1 ? QStringLiteral("large") : QStringLiteral("region:%1").arg(schoolCount());
}

QString BenchOptions::describe() const
{
    return QStringLiteral("%1 (seed %2), day %3, %4 simulated teachers on %5 client threads, think time %6 ms")
        .arg(generateArgument())
        .arg(seed)
        .arg(date.toString(Qt::ISODate))
        .arg(teachers)
        .arg(clientThreads)
        .arg(thinkMs);
}

} // namespace cj::bench
