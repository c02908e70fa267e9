#include "PgBaseline.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QThread>

#include "ProcessMeter.h"
#include "db/Db.h"

namespace cj::bench {

namespace {
const QString kDatabase = QStringLiteral("pgbench_marks");
} // namespace

PgBaseline::PgBaseline(server::DatabaseConfig cluster, QString binDir, qint64 postmasterPid)
    : m_config(std::move(cluster))
    , m_binDir(std::move(binDir))
    , m_postmasterPid(postmasterPid)
{
}

QString PgBaseline::script()
{
    // One mark saved by one teacher: a single-row upsert, one transaction, one commit.
    return QStringLiteral("\\set lesson random(1, 100000)\n"
                          "\\set student random(1, 2000)\n"
                          "\\set value random(2, 5)\n"
                          "INSERT INTO marks (lesson_id, student_id, position, value, entered_by, entered_at) "
                          "VALUES (:lesson, :student, 1, :value, 1, now()) "
                          "ON CONFLICT (lesson_id, student_id, position) DO UPDATE SET value = EXCLUDED.value, "
                          "updated_by = EXCLUDED.entered_by, updated_at = EXCLUDED.entered_at;\n");
}

bool PgBaseline::prepare(QString *error)
{
    try {
        server::DatabaseConfig admin = m_config;
        admin.databaseName = QStringLiteral("postgres");
        {
            server::Db db(admin, QStringLiteral("bench-pgbench-admin"));
            db.open();
            db.execScript(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(kDatabase));
            db.execScript(QStringLiteral("CREATE DATABASE %1").arg(kDatabase));
        }
        server::DatabaseConfig target = m_config;
        target.databaseName = kDatabase;
        server::Db db(target, QStringLiteral("bench-pgbench"));
        db.open();
        db.execScript(QStringLiteral("CREATE TABLE marks (id bigserial PRIMARY KEY, school_id bigint NOT NULL DEFAULT 1, "
                                     "lesson_id bigint NOT NULL, student_id bigint NOT NULL, position smallint NOT NULL, "
                                     "value smallint, passed boolean, work_kind_id bigint, comment text NOT NULL DEFAULT '', "
                                     "entered_by bigint NOT NULL, entered_at timestamptz NOT NULL, updated_by bigint, "
                                     "updated_at timestamptz, UNIQUE (lesson_id, student_id, position))"));
        db.execScript(QStringLiteral("CREATE INDEX marks_student ON marks (student_id, lesson_id)"));
    } catch (const server::SqlError &e) {
        *error = QStringLiteral("pgbench database: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

bool PgBaseline::run(const QList<int> &clients, int seconds, QString *error)
{
    if (!prepare(error))
        return false;
    QTemporaryFile file(QStringLiteral("/tmp/cj-pgbench-XXXXXX.sql"));
    if (!file.open()) {
        *error = QStringLiteral("cannot write the pgbench script");
        return false;
    }
    file.write(script().toUtf8());
    file.flush();
    static const QRegularExpression tps(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)"));
    static const QRegularExpression latency(QStringLiteral("latency average = ([0-9.]+) ms"));
    static const QRegularExpression processed(QStringLiteral("number of transactions actually processed: ([0-9]+)"));
    for (const int n : clients) {
        // pgbench's CPU is known once it has ended and been waited for: the tool's ended children
        // (pgbench alone while it runs).
        const CpuWindow postgres(m_postmasterPid, true);
        const double pgbenchBefore = ProcessMeter::endedChildrenCpuSeconds();
        QProcess pgbench;
        pgbench.setProcessChannelMode(QProcess::MergedChannels);
        pgbench.start(m_binDir + QStringLiteral("/pgbench"),
                      {QStringLiteral("-h"), m_config.host, QStringLiteral("-p"), QString::number(m_config.port),
                       QStringLiteral("-U"), m_config.user, QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"),
                       QStringLiteral("-c"), QString::number(n), QStringLiteral("-j"),
                       QString::number(qMin(n, QThread::idealThreadCount())), QStringLiteral("-T"), QString::number(seconds),
                       QStringLiteral("-f"), file.fileName(), kDatabase});
        if (!pgbench.waitForFinished(1000 * (seconds + 120)) || pgbench.exitCode() != 0) {
            *error = QStringLiteral("pgbench -c %1 failed: %2").arg(n).arg(QString::fromLocal8Bit(pgbench.readAll()).trimmed());
            return false;
        }
        const double pgbenchCpu = ProcessMeter::endedChildrenCpuSeconds() - pgbenchBefore;
        // Its backends end as it disconnects: counted once the postmaster has waited for them.
        QThread::msleep(200);
        const double postgresCpu = postgres.seconds();
        const QString out = QString::fromLocal8Bit(pgbench.readAll());
        Run r{n, tps.match(out).captured(1).toDouble(), latency.match(out).captured(1).toDouble(),
              processed.match(out).captured(1).toLongLong()};
        if (r.transactions > 0) {
            r.postgresUs = 1e6 * postgresCpu / double(r.transactions);
            r.pgbenchUs = 1e6 * pgbenchCpu / double(r.transactions);
        }
        m_runs.append(r);
    }
    return true;
}

PgBaseline::Run PgBaseline::best() const
{
    Run best;
    for (const Run &r : m_runs) {
        if (r.tps > best.tps)
            best = r;
    }
    return best;
}

} // namespace cj::bench
