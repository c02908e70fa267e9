#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "DatabaseChores.h"
#include "DiskFlushProbe.h"
#include "PgBaseline.h"
#include "ProcessMeter.h"
#include "TestCluster.h"
#include "db/Db.h"
#include "db/EmbeddedPostgres.h"

using namespace cj;
using bench::DatabaseChores;
using bench::DiskFlushProbe;
using bench::PgBaseline;
using bench::ProcessMeter;

// What the load tool's open loop names beside a step's tail (docs/benchmarks.md): PostgreSQL's own
// work, read from a real cluster, and the disk's slow flushes; and the CPU set beside it.
class TestBenchProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
    }

    void newWalSegmentsAreCounted()
    {
        const server::DatabaseConfig config = test::TestCluster::instance().createDatabase(QStringLiteral("chores"), false);
        server::Db db(config, QStringLiteral("tst-bench-probes"));
        db.open();
        // The number of the segment the WAL is in (16 MB segments, initdb's default: 256 to a
        // "log" of 4 GB).
        const auto current = [&db] {
            const QString name = db.scalar(QStringLiteral("SELECT pg_walfile_name(pg_current_wal_insert_lsn())"))->toString();
            return name.mid(8, 8).toLongLong(nullptr, 16) * 256 + name.mid(16, 8).toLongLong(nullptr, 16);
        };
        const DatabaseChores::Counts before = DatabaseChores::take(config);
        QVERIFY(before.valid);
        // The highest file is the segment the WAL is in, or one recycled ahead of it.
        QVERIFY(before.lastWalSegment >= current());
        // Move the WAL on until it is past every file there was: each segment written past the last
        // is a new file (made once WAL is written into it, not when the position reaches it).
        db.exec(QStringLiteral("CREATE TABLE filler(n int)"));
        for (int moves = 0; current() <= before.lastWalSegment + 2; ++moves) {
            QVERIFY2(moves < 200, "the WAL does not move on");
            db.exec(QStringLiteral("INSERT INTO filler SELECT generate_series(1, 100)"));
            db.exec(QStringLiteral("SELECT pg_switch_wal()"));
        }
        const DatabaseChores::Counts after = DatabaseChores::take(config);
        QVERIFY(after.valid);
        QVERIFY2(after.lastWalSegment >= before.lastWalSegment + 2, qPrintable(QString::number(after.lastWalSegment - before.lastWalSegment)));
        QVERIFY(DatabaseChores::between(before, after).contains(QRegularExpression(QStringLiteral("\\b\\d+ new WAL segments\\b"))));
        QCOMPARE(DatabaseChores::between(after, after), QStringLiteral("none"));
    }

    void choresAreNamed()
    {
        DatabaseChores::Counts before;
        before.valid = true;
        before.tables.insert(QStringLiteral("marks"), {3, 5});
        before.tables.insert(QStringLiteral("audit_log"), {1, 1});
        before.lastWalSegment = 10;
        DatabaseChores::Counts after = before;
        after.tables[QStringLiteral("marks")] = {4, 6};
        after.tables[QStringLiteral("audit_log")] = {1, 2};
        after.checkpoints = 1;
        after.lastWalSegment = 11;
        QCOMPARE(DatabaseChores::between(before, after),
                 QStringLiteral("vacuum marks; analyze audit_log, marks; 1 checkpoint; 1 new WAL segment"));
        after.valid = false;
        QCOMPARE(DatabaseChores::between(before, after), QStringLiteral("?"));
    }

    void slowFlushesAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            // Every flush counts as slow: more than three of them in 0.3 s are summed up.
            DiskFlushProbe probe(dir.path(), 0);
            QTest::qWait(300);
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("disk-flush-probe"))));
            const QString named = probe.take();
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ disk flushes took 0 ms or more \\(the longest \\d+ ms\\)$"))
                         .match(named)
                         .hasMatch(),
                     qPrintable(named));
        }
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("disk-flush-probe"))), "the probe's file is removed");
        // Nowhere to write: nothing to name, and no thread left behind.
        DiskFlushProbe nowhere(dir.filePath(QStringLiteral("missing")), 0);
        QTest::qWait(50);
        QCOMPARE(nowhere.take(), QString());
    }

    void endedChildrenCountInTheTree()
    {
        // A child that burns CPU and ends: gone from /proc, but counted under its parent once waited for.
        const double tree = ProcessMeter::treeCpuSeconds(QCoreApplication::applicationPid());
        const double own = ProcessMeter::cpuSeconds(QCoreApplication::applicationPid());
        const double ended = ProcessMeter::endedChildrenCpuSeconds();
        QProcess child;
        child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done")});
        QVERIFY(child.waitForFinished(60000));
        const double childCpu = ProcessMeter::endedChildrenCpuSeconds() - ended;
        QVERIFY2(childCpu >= 0.1, qPrintable(QString::number(childCpu)));
        const double treeGrew = ProcessMeter::treeCpuSeconds(QCoreApplication::applicationPid()) - tree;
        const double ownGrew = ProcessMeter::cpuSeconds(QCoreApplication::applicationPid()) - own;
        QVERIFY2(treeGrew >= ownGrew + 0.9 * childCpu, qPrintable(QStringLiteral("%1 %2 %3").arg(treeGrew).arg(ownGrew).arg(childCpu)));
    }

    void baselineCpuPerTransaction()
    {
        test::TestCluster &cluster = test::TestCluster::instance();
        server::DatabaseConfig config = cluster.createDatabase(QStringLiteral("pgbench"), false);
        PgBaseline baseline(config, server::EmbeddedPostgres::findBinDir(), cluster.postmasterPid());
        QString error;
        QVERIFY2(baseline.run({2}, 1, &error), qPrintable(error));
        const PgBaseline::Run run = baseline.best();
        QVERIFY(run.transactions > 100);
        QCOMPARE(run.tps > 0, true);
        qInfo("CPU per transaction: PostgreSQL %.1f µs, pgbench %.1f µs", run.postgresUs, run.pgbenchUs);
        // Every transaction costs the cluster an insert and a commit, and pgbench a round trip: more
        // than a microsecond each and well under ten milliseconds. The backends end with pgbench:
        // without them, the cluster's share would be its WAL writer's and less than pgbench's.
        QVERIFY2(run.postgresUs > 1 && run.postgresUs < 10000, qPrintable(QString::number(run.postgresUs)));
        QVERIFY2(run.pgbenchUs > 1 && run.pgbenchUs < 10000, qPrintable(QString::number(run.pgbenchUs)));
        QVERIFY2(run.postgresUs > run.pgbenchUs, qPrintable(QStringLiteral("%1 %2").arg(run.postgresUs).arg(run.pgbenchUs)));
    }
};

QTEST_GUILESS_MAIN(TestBenchProbes)
#include "tst_bench_probes.moc"
