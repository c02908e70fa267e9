#include "BenchRun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "DiskFlushProbe.h"
#include "Machine.h"
#include "ProcessMeter.h"
#include "Report.h"
#include "TestCluster.h"
#include "core/KnownServers.h"

namespace cj::bench {

namespace {
// The targets of issue 6.
constexpr double kMarkRatio = 1.0;
constexpr double kMarkP99Ms = 15;
constexpr double kPageP99Ms = 25;
constexpr double kClassStatementMs = 100;
constexpr double kSchoolStatementMs = 2000;
constexpr double kPrintMs = 5000;
constexpr qint64 kPrintBytes = 400LL * 1024 * 1024;
constexpr qint64 kIdleBytes = 300LL * 1024 * 1024;

// Open loop: the first rate as a share of the baseline, the step between rates, and where to stop.
constexpr double kFirstShare = 0.05;
constexpr double kStepFactor = 1.5;
constexpr double kHighestShare = 2.0;
constexpr double kHeld = 0.95;            // achieved / offered for a rate to count as held
constexpr double kSaturated = 0.90;       // below this the server is past its capacity: stop
constexpr int kRefineSteps = 2;           // then between the highest rate held and the next
constexpr double kPerConnectionCap = 90;  // the server limits a connection to 100 requests a second

constexpr int kSignInsAtOnce = 4;         // the server hashes two passwords at a time

// The processes whose CPU each load window reports, by the names the tables give them.
const QString kServer = QStringLiteral("server");
const QString kPostgres = QStringLiteral("PostgreSQL");

QString verdict(bool available, bool ok)
{
    return !available ? QStringLiteral("n/a") : ok ? QStringLiteral("ok") : QStringLiteral("**missed**");
}

QString percent(double value)
{
    return QStringLiteral("%1 %").arg(value, 0, 'f', 0);
}

QStringList opRow(const OpSummary &s)
{
    return {QStringLiteral("`%1`").arg(s.op), Report::number(double(s.count)), Report::number(s.perSecond, 1), Report::ms(s.p50Ms),
            Report::ms(s.p95Ms), Report::ms(s.p99Ms), Report::ms(s.maxMs), QString::number(s.errors)};
}

QString timingText(const Timing &t)
{
    if (!t.available)
        return QStringLiteral("n/a (%1)").arg(t.note);
    if (t.runs == 0)
        return QStringLiteral("failed: %1").arg(t.firstError);
    return t.runs == 1 ? Report::ms(t.medianMs) : QStringLiteral("median %1 (max %2)").arg(Report::ms(t.medianMs), Report::ms(t.maxMs));
}
} // namespace

BenchRun::BenchRun(BenchOptions options)
    : m_options(std::move(options))
    , m_school(m_options)
{
}

BenchRun::~BenchRun() = default;

void BenchRun::progress(const QString &text) const
{
    std::fprintf(stderr, "[bench %s] %s\n", qPrintable(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), qPrintable(text));
    std::fflush(stderr);
}

int BenchRun::exec()
{
    Machine::raiseFileLimit();
    m_loadAtStart = Machine::loadAverage();
    m_startedAt = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    progress(QStringLiteral("data: %1").arg(m_options.describe()));
    QString error;
    if (!m_school.prepare(&error)) {
        progress(QStringLiteral("cannot prepare the data: %1").arg(error));
        return 2;
    }
    progress(m_school.fromCache() ? QStringLiteral("reusing the cached cluster")
                                  : QStringLiteral("generated in %1 s").arg(m_school.generationSeconds(), 0, 'f', 0));

    progress(QStringLiteral("pgbench baseline"));
    m_pgbench = std::make_unique<PgBaseline>(m_school.database(), m_school.binDir(), m_school.postmasterPid());
    if (!m_pgbench->run(m_options.pgbenchClients, m_options.pgbenchSeconds, &error)) {
        progress(error);
        return 2;
    }
    m_teachers = m_school.teachers(m_options.teachers, &m_teacherNote, &error);
    m_sample = m_school.sample(&error);
    if (m_teachers.isEmpty() || !error.isEmpty()) {
        progress(QStringLiteral("accounts: %1").arg(error));
        return 2;
    }
    if (!startServer(&error)) {
        progress(QStringLiteral("the server did not start: %1").arg(error));
        return 2;
    }
    singleOperations();
    load();
    idleConnections();
    m_peakRss = ProcessMeter::peakRssBytes(m_server.pid());
    if (m_server.stop() != 0)
        m_failures.append(QStringLiteral("the server did not stop cleanly"));
    m_school.stop();
    m_loadAtEnd = Machine::loadAverage();

    const QString text = render();
    std::fwrite(text.toUtf8().constData(), 1, size_t(text.toUtf8().size()), stdout);
    std::fflush(stdout);
    if (!m_options.markdownFile.isEmpty() && !Report::writeInto(m_options.markdownFile, text, &error)) {
        progress(error);
        return 2;
    }
    return totalErrors() == 0 && m_failures.isEmpty() ? 0 : 1;
}

bool BenchRun::startServer(QString *error)
{
    m_serverDir = test::makeSharedTempDir(QStringLiteral("bench-server"));
    QStringList args{QStringLiteral("--db"), m_school.databaseUrl(), QStringLiteral("--data-dir"), m_serverDir->path(),
                     QStringLiteral("--today"), m_options.date.toString(Qt::ISODate)};
    if (m_options.workers > 0)
        args << QStringLiteral("--workers") << QString::number(m_options.workers);
    progress(QStringLiteral("starting classjournal-server"));
    if (!m_server.start(args)) {
        *error = m_server.log().right(2000);
        return false;
    }
    // Pin the new certificate once, so hundreds of connections do not each "trust on first use".
    static const QRegularExpression fingerprint(QStringLiteral("SHA-256 ([0-9A-F:]+)"));
    client::KnownServers().remember(QStringLiteral("127.0.0.1:%1").arg(m_server.port()), fingerprint.match(m_server.log()).captured(1));
    return true;
}

void BenchRun::singleOperations()
{
    progress(QStringLiteral("single operations on the idle server"));
    SingleOperations ops(m_server.port(), m_sample, m_options);
    QString error;
    if (!ops.start(&error)) {
        m_failures.append(error);
        return;
    }
    m_pageOpen = ops.journalOpen();
    m_classStatement = ops.classStatement();
    m_schoolResults = ops.schoolResults();
    m_allStatements = ops.allClassStatements();
    m_print = ops.printYearJournal(BenchSchool::kPassword);
}

void BenchRun::load()
{
    LoadSettings settings;
    settings.port = m_server.port();
    settings.thinkMs = m_options.thinkMs;
    LoadDriver driver(m_teachers, settings, m_options.clientThreads, m_options.seed);
    driver.watch(kServer, m_server.pid(), false);
    driver.watch(kPostgres, m_school.postmasterPid(), true);
    driver.watch(QStringLiteral("load tool"), qint64(QCoreApplication::applicationPid()), false);
    progress(QStringLiteral("%1 teachers sign in").arg(m_teachers.size()));
    m_signInSeconds = driver.signInAll(kSignInsAtOnce, 900000);
    progress(QStringLiteral("closed loop: %1 s measured").arg(m_options.closedSeconds));
    QString error;
    if (m_options.sqlProfile && !SqlProfile::reset(m_school.database(), &error))
        m_failures.append(QStringLiteral("pg_stat_statements: %1").arg(error));
    m_closed = driver.runClosedLoop(qMax(1000, 2 * m_options.thinkMs), m_options.closedSeconds);
    if (m_options.sqlProfile)
        m_sqlClosed = SqlProfile::top(m_school.database(), 25, &error);

    m_openParticipants = driver.markingTeachers();
    const double baseline = m_pgbench->best().tps;
    const double cap = kPerConnectionCap * m_openParticipants;
    double rate = qMin(kFirstShare * baseline, cap);
    if (m_options.sqlProfile)
        SqlProfile::reset(m_school.database(), &error);
    KernelWriteback writeback;
    DiskFlushProbe flushes(m_school.directory());
    const auto runStep = [&](double offered) -> const OpenStep & {
        progress(QStringLiteral("open loop: %1 mark saves/s over %2 teachers").arg(offered, 0, 'f', 0).arg(m_openParticipants));
        OpenStep s;
        s.order = int(m_steps.size()) + 1;
        s.offered = offered;
        const DatabaseChores::Counts before = DatabaseChores::take(m_school.database());
        writeback.take();
        flushes.take();
        s.window = driver.runOpenLoop(offered, m_options.openStepSeconds);
        s.chores = DatabaseChores::between(before, DatabaseChores::take(m_school.database()));
        for (const QString &more : {writeback.take(), flushes.take()}) {
            if (!more.isEmpty())
                s.chores = s.chores == QLatin1String("none") ? more : s.chores + QStringLiteral("; ") + more;
        }
        s.marks = s.window.stats.summary(QStringLiteral("journal.setMarks"), s.window.fromNs, s.window.toNs);
        if (!m_options.samplesDir.isEmpty()) {
            const QString path = QStringLiteral("%1/step-%2-%3.txt").arg(m_options.samplesDir).arg(s.order).arg(qRound(offered));
            if (!QDir().mkpath(m_options.samplesDir) || !s.window.stats.writeSamples(QStringLiteral("journal.setMarks"), path))
                progress(QStringLiteral("cannot write %1").arg(path));
        }
        s.achieved = double(s.window.stats.completedIn(QStringLiteral("journal.setMarks"), s.window.fromNs, s.window.toNs))
            / s.window.seconds();
        m_steps.append(s);
        return m_steps.last();
    };
    // A step of ×1.5 leaves the headline coarse: once a rate is not held, rates between it and the
    // highest held are tried (halving the gap geometrically), at once: a step that overloads the
    // server leaves work behind (dead rows for autovacuum, dirty pages) that would weigh on them.
    // Again whenever a higher rate has been held since: a step lost to a hiccup below the server's
    // limit would otherwise leave the gap under the real limit coarse.
    double refinedFrom = m_options.smoke ? std::numeric_limits<double>::infinity() : 0; // the highest held then
    const auto refine = [&] {
        for (int i = 0; i < kRefineSteps; ++i) {
            const OpenStep *held = bestHeldStep();
            const OpenStep *above = nullptr;
            for (const OpenStep &s : m_steps) {
                if (held && s.offered > held->offered && (!above || s.offered < above->offered))
                    above = &s;
            }
            if (!held || !above)
                break;
            runStep(std::sqrt(held->offered * above->offered));
        }
        refinedFrom = bestHeldStep()->offered;
    };
    for (int step = 0; step < m_options.openSteps && m_openParticipants > 0; ++step) {
        const OpenStep &s = runStep(rate);
        const bool saturated = s.achieved < kSaturated * s.offered || s.marks.errors > 0;
        // Not before some rate was held: there is nothing to refine from.
        if (const OpenStep *held = bestHeldStep(); !isHeld(s) && held && held->offered > refinedFrom)
            refine();
        if (saturated) {
            m_openStopped = QStringLiteral("stopped: the server held less than %1 % of the offered rate").arg(kSaturated * 100, 0, 'f', 0);
            break;
        }
        if (rate >= cap) {
            m_openStopped = QStringLiteral("stopped at the per-connection request limit (%1/s × %2 teachers)")
                                .arg(kPerConnectionCap)
                                .arg(m_openParticipants);
            break;
        }
        if (rate >= kHighestShare * baseline) {
            m_openStopped = QStringLiteral("stopped at %1 × the baseline").arg(kHighestShare);
            break;
        }
        rate = qMin(rate * kStepFactor, cap);
    }
    std::sort(m_steps.begin(), m_steps.end(), [](const OpenStep &a, const OpenStep &b) { return a.offered < b.offered; });
    if (m_options.sqlProfile)
        m_sqlOpen = SqlProfile::top(m_school.database(), 25, &error);
}

void BenchRun::idleConnections()
{
    progress(QStringLiteral("%1 idle connections").arg(m_options.idleConnections));
    m_idle = IdleConnections::measure(m_server.port(), m_server.pid(), m_options.idleConnections);
}

int BenchRun::totalErrors() const
{
    int n = m_closed.stats.errorCount(0, std::numeric_limits<qint64>::max());
    for (const OpenStep &s : m_steps)
        n += s.window.stats.errorCount(0, std::numeric_limits<qint64>::max());
    for (const Timing *t : {&m_pageOpen, &m_classStatement, &m_allStatements, &m_schoolResults, &m_print})
        n += t->errors;
    return n + (m_idle.wanted - m_idle.opened);
}

bool BenchRun::isHeld(const OpenStep &s)
{
    return s.achieved >= kHeld * s.offered && s.marks.p99Ms <= kMarkP99Ms && s.marks.errors == 0;
}

const BenchRun::OpenStep *BenchRun::bestHeldStep() const
{
    const OpenStep *best = nullptr;
    for (const OpenStep &s : m_steps) {
        if (isHeld(s) && (!best || s.achieved > best->achieved))
            best = &s;
    }
    return best;
}

const BenchRun::OpenStep *BenchRun::peakStep() const
{
    const OpenStep *peak = nullptr;
    for (const OpenStep &s : m_steps) {
        if (!peak || s.achieved > peak->achieved)
            peak = &s;
    }
    return peak;
}

double BenchRun::cpuPerSaveUs(const OpenStep &s)
{
    double percent = 0;
    for (const auto &[name, value] : s.window.cpuPercent) {
        if (name == kServer || name == kPostgres)
            percent += value;
    }
    // A share of one core over the step, divided by the saves a second.
    return s.achieved > 0 ? percent * 1e4 / s.achieved : 0;
}

QString BenchRun::render() const
{
    Report report;
    report.line(QStringLiteral("Run of %1: `classjournal-bench %2`, %3 build.")
                    .arg(m_startedAt, m_options.smoke ? QStringLiteral("--smoke") : QStringLiteral("--full"), QStringLiteral(CJ_BUILD_TYPE)));
    report.line(QString());
    report.line(QStringLiteral("* Machine: %1. Load average %2 when the run began, %3 when it ended%4.")
                    .arg(Machine::describe())
                    .arg(m_loadAtStart, 0, 'f', 1)
                    .arg(m_loadAtEnd, 0, 'f', 1)
                    .arg(m_loadAtStart >= 1.0 ? QStringLiteral(" — **the machine was shared** with other work, so absolute "
                                                               "figures are pessimistic; ratios to pgbench were taken under the same load")
                                              : QString()));
    report.line(QStringLiteral("* Data: %1; %2.").arg(m_options.describe(), m_school.fromCache() ? QStringLiteral("a cached copy of the generated cluster")
                                                                                                   : QStringLiteral("generated in %1 s").arg(m_school.generationSeconds(), 0, 'f', 0)));
    if (!m_school.generationSummary().isEmpty()) {
        report.line(QStringLiteral("* The generator said:"));
        report.line(QString());
        for (const QString &l : m_school.generationSummary().trimmed().split(QLatin1Char('\n')))
            report.line(QStringLiteral("      ") + l);
        report.line(QString());
    }
    if (!m_teacherNote.isEmpty())
        report.line(QStringLiteral("* Note: %1.").arg(m_teacherNote));
    report.line(QStringLiteral("* PostgreSQL: private cluster, fsync on, the server's embedded settings; the server and pgbench use the same cluster."));
    renderTargets(report);
    renderDetails(report);
    return report.markdown();
}

void BenchRun::renderTargets(Report &report) const
{
    const double baseline = m_pgbench->best().tps;
    const auto ratio = [&](double rate) { return baseline > 0 ? rate / baseline : 0; };
    const OpenStep *held = bestHeldStep();
    const double heldRate = held ? held->achieved : 0;
    const OpenStep *peak = peakStep();
    const double peakRate = peak ? peak->achieved : 0;
    const PgBaseline::Run best = m_pgbench->best();
    const double bestUs = best.postgresUs + best.pgbenchUs;
    const OpSummary closedMarks = m_closed.stats.summary(QStringLiteral("journal.setMarks"), m_closed.fromNs, m_closed.toNs);
    const OpSummary closedPages = m_closed.stats.summary(QStringLiteral("journal.open"), m_closed.fromNs, m_closed.toNs);
    const int teachers = int(m_teachers.size());
    QList<QStringList> rows;
    rows.append({QStringLiteral("Mark saves/s, %1 teachers, open loop: highest rate held with p99 ≤ %2 ms").arg(teachers).arg(kMarkP99Ms),
                 QStringLiteral("≥ %1 × pgbench (%2/s)").arg(kMarkRatio, 0, 'f', 1).arg(Report::number(baseline)),
                 QStringLiteral("%1/s = **%2 ×**%3")
                     .arg(Report::number(heldRate))
                     .arg(ratio(heldRate), 0, 'f', 3)
                     .arg(held ? QStringLiteral(" (p99 %1)").arg(Report::ms(held->marks.p99Ms)) : QString()),
                 verdict(!m_steps.isEmpty(), ratio(heldRate) >= kMarkRatio)});
    rows.append({QStringLiteral("Mark saves/s, open loop: peak throughput at any latency"), QStringLiteral("—"),
                 QStringLiteral("%1/s = %2 ×").arg(Report::number(peakRate)).arg(ratio(peakRate), 0, 'f', 3), QStringLiteral("—")});
    // The load tool shares the machine; what a save costs the server and PostgreSQL does not
    // depend on it.
    if (peak && bestUs > 0) {
        const double peakUs = cpuPerSaveUs(*peak);
        rows.append({QStringLiteral("CPU per mark save at the peak: server + PostgreSQL, against a pgbench transaction: "
                                    "PostgreSQL + pgbench"),
                     QStringLiteral("—"),
                     QStringLiteral("%1 against %2 µs = %3 ×").arg(Report::number(peakUs), Report::number(bestUs)).arg(peakUs / bestUs, 0, 'f', 2),
                     QStringLiteral("—")});
    }
    rows.append({QStringLiteral("Mark save p99, closed loop, %1 teachers").arg(teachers), QStringLiteral("≤ %1 ms").arg(kMarkP99Ms),
                 Report::ms(closedMarks.p99Ms), verdict(closedMarks.count > 0, closedMarks.p99Ms <= kMarkP99Ms)});
    rows.append({QStringLiteral("Journal page open p99, closed loop, %1 teachers").arg(teachers), QStringLiteral("≤ %1 ms").arg(kPageP99Ms),
                 Report::ms(closedPages.p99Ms), verdict(closedPages.count > 0, closedPages.p99Ms <= kPageP99Ms)});
    rows.append({QStringLiteral("Summary statement of one class"), QStringLiteral("≤ %1 ms").arg(kClassStatementMs),
                 timingText(m_classStatement),
                 verdict(m_classStatement.available && m_classStatement.runs > 0, m_classStatement.medianMs <= kClassStatementMs)});
    rows.append({QStringLiteral("Summary of the whole school (%1 students)").arg(m_sample.students), QStringLiteral("≤ 2 s"),
                 timingText(m_schoolResults),
                 verdict(m_schoolResults.available && m_schoolResults.runs > 0, m_schoolResults.medianMs <= kSchoolStatementMs)});
    rows.append({QStringLiteral("Year journal of one class to PDF"), QStringLiteral("≤ 5 s, ≤ 400 MB"),
                 m_print.available && m_print.runs > 0
                     ? QStringLiteral("%1, %2").arg(Report::ms(m_print.medianMs), Report::megabytes(m_print.peakBytes))
                     : timingText(m_print),
                 verdict(m_print.available && m_print.runs > 0, m_print.medianMs <= kPrintMs && m_print.peakBytes <= kPrintBytes)});
    rows.append({QStringLiteral("Server RSS with %1 idle connections").arg(Report::number(m_idle.wanted)), QStringLiteral("≤ 300 MB"),
                 QStringLiteral("%1 (%2 open)").arg(Report::megabytes(m_idle.rssWith)).arg(m_idle.opened),
                 verdict(m_idle.wanted > 0, m_idle.rssWith <= kIdleBytes && m_idle.opened == m_idle.wanted)});
    rows.append({QStringLiteral("Errors (failed requests, connections, print jobs)"), QStringLiteral("0"), QString::number(totalErrors()),
                 verdict(true, totalErrors() == 0)});
    report.heading(QStringLiteral("Targets"));
    report.table({QStringLiteral("measure"), QStringLiteral("target"), QStringLiteral("result"), QStringLiteral("verdict")}, rows);
    report.line(QStringLiteral("Latencies are measured at the client (TLS, the client library, the load tool's own scheduling "
                               "included); single operations are the median of their runs on the otherwise idle server."));
}

void BenchRun::renderDetails(Report &report) const
{
    report.heading(QStringLiteral("Baseline: pgbench, single-row marks upsert"));
    QList<QStringList> pg;
    for (const PgBaseline::Run &r : m_pgbench->runs()) {
        pg.append({QString::number(r.clients), Report::number(r.tps), Report::ms(r.latencyMs),
                   QStringLiteral("PostgreSQL %1 µs, pgbench %2 µs").arg(Report::number(r.postgresUs), Report::number(r.pgbenchUs))});
    }
    report.table({QStringLiteral("clients"), QStringLiteral("TPS"), QStringLiteral("average latency"), QStringLiteral("CPU per transaction")},
                 pg);
    report.line(QStringLiteral("`pgbench -M prepared -n -T %1` with this script, against the same cluster:").arg(m_options.pgbenchSeconds));
    report.line(QString());
    for (const QString &l : PgBaseline::script().trimmed().split(QLatin1Char('\n')))
        report.line(QStringLiteral("    ") + l);

    const auto cpuLine = [](const LoadWindow &w) {
        QStringList parts;
        for (const auto &[name, value] : w.cpuPercent)
            parts.append(QStringLiteral("%1 %2").arg(name, percent(value)));
        return parts.join(QStringLiteral(", "));
    };
    report.heading(QStringLiteral("Closed loop: the morning peak"));
    report.line(QStringLiteral("%1 teachers signed in with their own accounts (%2 at a time, %3 s for all), then each worked "
                               "lesson after lesson: open the page, two absences, topic and homework, five marks, a class summary "
                               "every third lesson, close; think time %4 ms on average. Measured over %5 s. CPU (share of one "
                               "core): %6.")
                    .arg(m_closed.participants)
                    .arg(kSignInsAtOnce)
                    .arg(m_signInSeconds, 0, 'f', 0)
                    .arg(m_options.thinkMs)
                    .arg(m_closed.seconds(), 0, 'f', 0)
                    .arg(cpuLine(m_closed)));
    QList<QStringList> ops;
    for (const OpSummary &s : m_closed.stats.summaries(m_closed.fromNs, m_closed.toNs)) {
        if (s.count > 0 || s.errors > 0)
            ops.append(opRow(s));
    }
    for (const QString &op : {QStringLiteral("connect (TLS + hello)"), QStringLiteral("auth.login")}) {
        OpSummary s = m_closed.stats.summary(op, 0, std::numeric_limits<qint64>::max());
        s.op += QStringLiteral(" (sign-ins)");
        s.perSecond = 0;
        ops.append(opRow(s));
    }
    const QStringList header{QStringLiteral("operation"), QStringLiteral("count"), QStringLiteral("per s"), QStringLiteral("p50"),
                             QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("max"), QStringLiteral("errors")};
    report.table(header, ops);
    if (SimulatedTeacher::s_reportsMissing)
        report.line(QStringLiteral("The server has no summary reports yet (`unknown_type`): teachers skipped them."));

    report.heading(QStringLiteral("Open loop: mark saves at rising rates"));
    report.line(QStringLiteral("`journal.setMarks` on a Poisson schedule shared by the %1 teachers whose page takes marks, each "
                               "latency counted from the moment the save was due. %2 s a step; %3. Rows by rate; the CPU "
                               "per save is the server's and the cluster's CPU over the step divided by the saves answered "
                               "(to set beside pgbench's CPU per transaction above); «step» is the order the steps ran "
                               "in, «background work» the autovacuum runs and checkpoints that ended during the step "
                               "(or while its last answers were awaited), the WAL segments PostgreSQL had to create "
                               "(made while commits wait), the kernel writing back a pile of dirty pages at once, and "
                               "flushes of the disk that took 20 ms or more (a page flushed every 20 ms beside the cluster).")
                    .arg(m_openParticipants)
                    .arg(m_options.openStepSeconds)
                    .arg(m_openStopped.isEmpty() ? QStringLiteral("all steps run") : m_openStopped));
    QList<QStringList> steps;
    const double baseline = m_pgbench->best().tps;
    for (const OpenStep &s : m_steps) {
        steps.append({Report::number(s.offered), QStringLiteral("%1 ×").arg(baseline > 0 ? s.offered / baseline : 0, 0, 'f', 3),
                      Report::number(s.achieved), Report::ms(s.marks.p50Ms), Report::ms(s.marks.p95Ms), Report::ms(s.marks.p99Ms),
                      QString::number(s.marks.errors), cpuLine(s.window),
                      QStringLiteral("%1 µs").arg(Report::number(cpuPerSaveUs(s))), QString::number(s.order), s.chores});
    }
    report.table({QStringLiteral("offered/s"), QStringLiteral("of pgbench"), QStringLiteral("achieved/s"), QStringLiteral("p50"),
                  QStringLiteral("p95"), QStringLiteral("p99"), QStringLiteral("errors"), QStringLiteral("CPU"),
                  QStringLiteral("server + PostgreSQL CPU per save"), QStringLiteral("step"), QStringLiteral("background work")},
                 steps);

    report.heading(QStringLiteral("Single operations on the idle server (the deputy of school 1)"));
    QList<QStringList> single;
    for (const auto &[name, t] : {std::pair{QStringLiteral("`journal.open`"), &m_pageOpen},
                                  std::pair{QStringLiteral("`reports.progressStatement`"), &m_classStatement},
                                  std::pair{QStringLiteral("`reports.schoolResults`"), &m_schoolResults},
                                  std::pair{QStringLiteral("every class's statement"), &m_allStatements},
                                  std::pair{QStringLiteral("`classjournal-print`"), &m_print}}) {
        single.append({name, QString::number(t->runs), t->available ? Report::ms(t->medianMs) : QStringLiteral("n/a"),
                       t->available ? Report::ms(t->maxMs) : QStringLiteral("n/a"), QString::number(t->errors), t->note});
    }
    report.table({QStringLiteral("operation"), QStringLiteral("runs"), QStringLiteral("median"), QStringLiteral("max"),
                  QStringLiteral("errors"), QStringLiteral("what")},
                 single);

    report.heading(QStringLiteral("Memory"));
    report.line(QStringLiteral("Server peak RSS over the whole run: %1. With %2 idle connections open (TLS and hello done, "
                               "%3 s to open): %4; before them: %5.")
                    .arg(Report::megabytes(m_peakRss))
                    .arg(m_idle.opened)
                    .arg(m_idle.openSeconds, 0, 'f', 1)
                    .arg(Report::megabytes(m_idle.rssWith), Report::megabytes(m_idle.rssBefore)));

    const auto requestsOf = [](const LatencyStats &stats) {
        qsizetype n = 0;
        for (const OpSummary &s : stats.summaries(0, std::numeric_limits<qint64>::max())) {
            if (!s.op.startsWith(QStringLiteral("connect")) && s.op != QStringLiteral("auth.login"))
                n += s.count + s.errors;
        }
        return n;
    };
    renderSqlProfile(report, QStringLiteral("the closed loop"), m_sqlClosed, requestsOf(m_closed.stats));
    qsizetype openRequests = 0;
    for (const OpenStep &s : m_steps)
        openRequests += requestsOf(s.window.stats);
    renderSqlProfile(report, QStringLiteral("the open loop"), m_sqlOpen, openRequests);

    QStringList errors = m_closed.stats.errorLines(0, std::numeric_limits<qint64>::max());
    for (const OpenStep &s : m_steps)
        errors += s.window.stats.errorLines(0, std::numeric_limits<qint64>::max());
    for (const Timing *t : {&m_pageOpen, &m_classStatement, &m_allStatements, &m_schoolResults, &m_print}) {
        if (t->errors > 0)
            errors.append(QStringLiteral("%1 × %2").arg(t->errors).arg(t->firstError));
    }
    errors += m_failures;
    if (!errors.isEmpty()) {
        report.heading(QStringLiteral("Errors"));
        for (const QString &e : errors)
            report.line(QStringLiteral("* %1").arg(e));
    }
}

void BenchRun::renderSqlProfile(Report &report, const QString &phase, const QList<SqlProfile::Statement> &statements,
                                qsizetype requests) const
{
    if (statements.isEmpty())
        return;
    report.heading(QStringLiteral("SQL of %1 (pg_stat_statements, by total time)").arg(phase));
    report.line(QStringLiteral("%1 requests in %2 (sign-ins excluded), from its first request to the last answer.").arg(requests).arg(phase));
    QList<QStringList> rows;
    for (const SqlProfile::Statement &s : statements) {
        QString query = s.query.left(160).replace(QLatin1Char('|'), QStringLiteral("\\|"));
        rows.append({Report::number(double(s.calls)), Report::number(requests > 0 ? double(s.calls) / double(requests) : 0, 2),
                     Report::ms(s.totalMs), Report::ms(s.meanMs), QStringLiteral("`%1`").arg(query)});
    }
    report.table({QStringLiteral("calls"), QStringLiteral("per request"), QStringLiteral("total"), QStringLiteral("mean"),
                  QStringLiteral("statement")},
                 rows);
}

} // namespace cj::bench
