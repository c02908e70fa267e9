// The real server binary in its default, embedded mode: it creates and supervises its own
// PostgreSQL (as an unprivileged user when we are root), speaks TLS only, survives bad input and
// floods without stalling others, and shuts down cleanly on SIGTERM.
#include <QCborArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtEndian>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

#include "TestClient.h"
#include "TestCluster.h"
#include "ServerProcess.h"

using namespace cj;
using protocol::MessageType;

namespace {
qint64 postmasterPid(const QString &dataDir)
{
    QFile f(dataDir + QStringLiteral("/postgresql/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toLongLong();
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

uid_t ownerOf(qint64 pid)
{
    struct stat st {};
    ::stat(QStringLiteral("/proc/%1").arg(pid).toLocal8Bit().constData(), &st);
    return st.st_uid;
}

QString errorCode(const QCborMap &reply)
{
    return reply.value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString();
}
} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    test::ServerProcess m_server;
    QString m_code;

    QCborMap hello(test::RawClient &raw, qint64 id = 1)
    {
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("id"), id},
                             {QStringLiteral("args"), test::helloArgs()}});
        return raw.receive();
    }

    // Round trip of a ping from a well-behaved client, in ms.
    qint64 pingMs(test::TestClient &c)
    {
        QElapsedTimer t;
        t.start();
        if (!c.call(MessageType::Ping).ok)
            return 1000000;
        return t.elapsed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = test::makeSharedTempDir(QStringLiteral("srv"));
        m_dataDir = m_dir->path() + QStringLiteral("/data");
        QVERIFY2(m_server.start({QStringLiteral("--data-dir"), m_dataDir}), qPrintable(m_server.log()));
    }

    void cleanupTestCase()
    {
        if (m_server.isRunning())
            m_server.stop();
    }

    void runsItsOwnPostgresAsAnUnprivilegedUser()
    {
        const qint64 pid = postmasterPid(m_dataDir);
        QVERIFY(alive(pid));
        if (::geteuid() == 0)
            QVERIFY2(ownerOf(pid) != 0, "PostgreSQL must not run as root");
        QVERIFY(QFile::exists(m_dataDir + QStringLiteral("/postgresql/.s.PGSQL.5432")));
        QVERIFY(QFile::exists(m_dataDir + QStringLiteral("/server-certificate.pem")));
        // No TCP port of PostgreSQL: only the socket in its directory.
        QVERIFY(m_server.log().contains(QLatin1String("listening on Unix socket")));
        QVERIFY(!m_server.log().contains(QLatin1String("listening on IPv4")));
    }

    void createAdminWhileRunningAndSignIn()
    {
        int code = 0;
        QString errors;
        const QString out = test::ServerProcess::runOnce({QStringLiteral("--data-dir"), m_dataDir,
                                                          QStringLiteral("--create-admin"), QStringLiteral("boss")},
                                                         &code, &errors);
        QCOMPARE(code, 0);
        const auto match = QRegularExpression(QStringLiteral("activation code: ([A-Z0-9-]+)")).match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out + errors));
        m_code = match.captured(1);

        test::TestClient c(m_server.port());
        QVERIFY(c.open());
        const protocol::Response r = c.call(MessageType::AuthActivate,
                                            QCborMap{{QStringLiteral("login"), QStringLiteral("boss")},
                                                     {QStringLiteral("code"), m_code},
                                                     {QStringLiteral("newPassword"), QStringLiteral("Boss-pass-1")}});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.result.value(QStringLiteral("user")).toMap().value(QStringLiteral("roles")).toArray().contains(QStringLiteral("admin")));
    }

    void plainTextIsNotSpoken()
    {
        QTcpSocket plain;
        plain.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(plain.waitForConnected(5000));
        const QByteArray hello = QCborMap{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("id"), 1}}
                                     .toCborValue()
                                     .toCbor();
        plain.write(protocol::encodeFrame(hello));
        plain.waitForReadyRead(3000);
        QVERIFY(!plain.readAll().contains("hello"));
    }

    void badInputGetsErrorsAndTheConnectionSurvives()
    {
        test::RawClient raw(m_server.port());
        QVERIFY(raw.open());
        QVERIFY(hello(raw).value(QStringLiteral("ok")).toBool());

        raw.sendPayload(QByteArray("\xff\x00garbage", 9));
        QCOMPARE(errorCode(raw.receive()), QStringLiteral("malformed"));
        raw.sendPayload(QCborValue(QCborArray{1, 2, 3}).toCbor());
        QCOMPARE(errorCode(raw.receive()), QStringLiteral("malformed"));
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("teleport")}, {QStringLiteral("id"), 3}});
        const QCborMap unknown = raw.receive();
        QCOMPARE(errorCode(unknown), QStringLiteral("unknown_type"));
        QCOMPARE(unknown.value(QStringLiteral("id")).toInteger(), 3);
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("auth.login")}, {QStringLiteral("id"), 4},
                             {QStringLiteral("args"), QCborMap{{QStringLiteral("login"), 42}}}});
        const QCborMap wrongType = raw.receive();
        QCOMPARE(errorCode(wrongType), QStringLiteral("invalid_argument"));
        QCOMPARE(wrongType.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap()
                     .value(QStringLiteral("field")).toString(),
                 QStringLiteral("login"));
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("id"), 5},
                             {QStringLiteral("args"), test::helloArgs()}});
        QCOMPARE(errorCode(raw.receive()), QStringLiteral("conflict"));
        // Still alive and answering.
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), 6}});
        QVERIFY(raw.receive().value(QStringLiteral("ok")).toBool());
    }

    void wrongProtocolVersionIsRejectedWithAReason()
    {
        test::RawClient raw(m_server.port());
        QVERIFY(raw.open());
        QCborMap args = test::helloArgs();
        args.insert(QStringLiteral("protocol"), 99);
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("id"), 1},
                             {QStringLiteral("args"), args}});
        const QCborMap reply = raw.receive();
        QCOMPARE(errorCode(reply), QStringLiteral("unsupported_version"));
        QCOMPARE(reply.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap()
                     .value(QStringLiteral("max")).toInteger(), 1);
        QVERIFY(raw.waitForDisconnect());
    }

    void oversizedFrameIsRefusedAtTheHeaderAndClosed()
    {
        test::RawClient raw(m_server.port());
        QVERIFY(raw.open());
        QByteArray header(4, Qt::Uninitialized);
        qToBigEndian<quint32>(100u * 1024 * 1024, header.data());
        raw.send(header); // no body follows: the server must not wait for 100 MiB
        const QCborMap reply = raw.receive();
        QCOMPARE(errorCode(reply), QStringLiteral("frame_too_large"));
        QVERIFY(raw.waitForDisconnect());
    }

    void zeroLengthAndTruncatedFrames()
    {
        {
            test::RawClient raw(m_server.port());
            QVERIFY(raw.open());
            raw.send(QByteArray(4, '\0'));
            QCOMPARE(errorCode(raw.receive()), QStringLiteral("bad_frame"));
            QVERIFY(raw.waitForDisconnect());
        }
        {
            test::RawClient raw(m_server.port());
            QVERIFY(raw.open());
            raw.send(protocol::encodeFrame(QByteArray(200, 'a')).left(50));
            raw.socket().disconnectFromHost();
        }
        test::TestClient c(m_server.port());
        QVERIFY(c.open());
        QVERIFY(c.call(MessageType::Ping).ok);
    }

    void floodIsRateLimitedAndDoesNotStallOthers()
    {
        test::TestClient bystander(m_server.port());
        QVERIFY(bystander.open());
        const qint64 before = pingMs(bystander);

        test::RawClient flood(m_server.port());
        QVERIFY(flood.open());
        QVERIFY(hello(flood).value(QStringLiteral("ok")).toBool());
        QByteArray burst;
        for (int i = 0; i < 3000; ++i)
            burst += protocol::encodeFrame(QCborMap{{QStringLiteral("type"), QStringLiteral("auth.login")},
                                                    {QStringLiteral("id"), i + 10},
                                                    {QStringLiteral("args"), QCborMap{{QStringLiteral("login"), QStringLiteral("x")},
                                                                                      {QStringLiteral("password"), QStringLiteral("y")}}}}
                                               .toCborValue()
                                               .toCbor());
        flood.socket().write(burst);
        // While the flood is being chewed, the bystander is still served promptly.
        QElapsedTimer t;
        t.start();
        qint64 worst = 0;
        while (t.elapsed() < 3000) {
            flood.socket().waitForBytesWritten(10);
            flood.socket().readAll(); // keep its replies flowing
            worst = qMax(worst, pingMs(bystander));
            QTest::qWait(50); // a person's pace: the bystander must not be rate-limited itself
        }
        QVERIFY2(worst < 1000, qPrintable(QStringLiteral("ping took %1 ms during a flood (before: %2 ms)").arg(worst).arg(before)));
        QVERIFY(m_server.isRunning());
    }

    void clientThatNeverReadsDoesNotHurtOthers()
    {
        test::RawClient lazy(m_server.port());
        QVERIFY(lazy.open());
        QVERIFY(hello(lazy).value(QStringLiteral("ok")).toBool());
        QByteArray pings;
        for (int i = 0; i < 5000; ++i)
            pings += protocol::encodeFrame(QCborMap{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), i + 2}}
                                               .toCborValue()
                                               .toCbor());
        lazy.socket().write(pings); // and never read the answers
        lazy.socket().flush();
        test::TestClient c(m_server.port());
        QVERIFY(c.open());
        QVERIFY(pingMs(c) < 1000);
    }

    void everyConnectionIsAnsweredFromItsNetworkThread()
    {
        // Each client's first frame follows the end of its handshake at once, often in the same read
        // as the handshake's last bytes: the moment its socket passes to a network thread. Every one
        // must be answered.
        std::vector<std::unique_ptr<test::RawClient>> clients;
        for (int i = 0; i < 300; ++i) {
            auto c = std::make_unique<test::RawClient>(m_server.port());
            QVERIFY(c->open());
            c->sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("id"), 1},
                                {QStringLiteral("args"), test::helloArgs()}});
            clients.push_back(std::move(c));
        }
        for (const auto &c : clients)
            QVERIFY(c->receive().value(QStringLiteral("ok")).toBool());
        for (const auto &c : clients) {
            c->sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), 2}});
            QCOMPARE(c->receive().value(QStringLiteral("id")).toInteger(), 2);
        }
    }

    void handshakeTimeoutClosesSilentConnections()
    {
        QFile config(m_dir->path() + QStringLiteral("/short.ini"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[server]\nhandshake-timeout-seconds=1\nidle-timeout-seconds=2\n");
        config.close();
        test::ServerProcess quick;
        QVERIFY2(quick.start({QStringLiteral("--config"), config.fileName(), QStringLiteral("--data-dir"),
                              m_dir->path() + QStringLiteral("/quick")}),
                 qPrintable(quick.log()));
        test::RawClient silent(quick.port());
        QVERIFY(silent.open());
        QElapsedTimer t;
        t.start();
        QVERIFY(silent.waitForDisconnect(5000));
        QVERIFY(t.elapsed() < 4000);
        // After hello, silence longer than the idle timeout also ends the connection.
        test::RawClient idle(quick.port());
        QVERIFY(idle.open());
        QVERIFY(hello(idle).value(QStringLiteral("ok")).toBool());
        // Requests keep it open well past the idle timeout (two seconds here) ...
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(700);
            idle.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), 2 + i}});
            QVERIFY2(idle.receive().value(QStringLiteral("ok")).toBool(), qPrintable(QString::number(i)));
        }
        // ... and silence then ends it.
        t.restart();
        QVERIFY(idle.waitForDisconnect(6000));
        QVERIFY(t.elapsed() >= 1000);
        QCOMPARE(quick.stop(), 0);
    }

    void crashKeepsCommittedDataAndRestarts()
    {
        const qint64 pg = postmasterPid(m_dataDir);
        m_server.kill(); // kill -9
        // PostgreSQL gets SIGINT from the parent-death signal and does not linger as an orphan.
        QTRY_VERIFY_WITH_TIMEOUT(!alive(pg), 30000);
        QVERIFY2(m_server.start({QStringLiteral("--data-dir"), m_dataDir}), qPrintable(m_server.log()));
        test::TestClient c(m_server.port());
        QVERIFY(c.open());
        QVERIFY(c.login(QStringLiteral("boss"), QStringLiteral("Boss-pass-1")));
    }

    void sigtermStopsEverythingWithExitZero()
    {
        const qint64 pg = postmasterPid(m_dataDir);
        QVERIFY(alive(pg));
        test::TestClient c(m_server.port());
        QVERIFY(c.open());
        QVERIFY(c.login(QStringLiteral("boss"), QStringLiteral("Boss-pass-1")));
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(!alive(pg));
        QVERIFY(c.waitForEvent(MessageType::EventServerShutdown, 5000) || !c.connection().isConnected());
        QVERIFY(m_server.log().contains(QLatin1String("stopped")));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
