#include "app/ServerApp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

#include "app/Bootstrap.h"
#include "app/Clock.h"
#include "app/DemoSchool.h"
#include "app/UnixSignals.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "db/EmbeddedPostgres.h"
#include "db/Migrator.h"
#include "net/ConnectionHub.h"
#include "net/Listener.h"
#include "net/TlsCredentials.h"

Q_LOGGING_CATEGORY(lcServer, "cj.server")

namespace cj::server {

namespace {
void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

bool isOneShot(const ServerConfig &c)
{
    return !c.createAdminLogin.isEmpty() || !c.generate.isEmpty();
}
} // namespace

ServerApp::ServerApp(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

ServerApp::~ServerApp()
{
    m_listener.reset();
    Db::abandonThreadConnections();
    m_hub.reset();
    Db::closeLocal();
    m_postgres.reset();
}

bool ServerApp::openDatabase(QString *error)
{
    DatabaseConfig dbConfig;
    if (!m_config.databaseUrl.isEmpty()) {
        if (!DatabaseConfig::fromUrl(m_config.databaseUrl, &dbConfig, error))
            return false;
    } else {
        EmbeddedPostgres::Options options;
        options.clusterDir = QDir(m_config.dataDir).filePath(QStringLiteral("postgresql"));
        options.binDir = m_config.postgresBinDir;
        options.osUser = m_config.postgresUser;
        if (m_lock) {
            m_postgres = std::make_unique<EmbeddedPostgres>(options);
            if (!m_postgres->start(error))
                return false;
            connect(m_postgres.get(), &EmbeddedPostgres::crashed, this,
                    [] { qCCritical(lcServer) << "the database went away; requests fail until it is back"; });
            dbConfig = m_postgres->connectionConfig();
        } else {
            // A running server owns the cluster; a one-shot command may use it through its socket.
            dbConfig = EmbeddedPostgres(options).connectionConfig();
        }
    }
    Db::configure(dbConfig);
    try {
        Db &db = Db::local();
        Migrator migrator(db);
        if (!migrator.migrate(error))
            return false;
        qCInfo(lcServer) << "database schema at version" << migrator.currentVersion();
    } catch (const SqlError &e) {
        *error = QStringLiteral("database: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

int ServerApp::runCommands()
{
    Db &db = Db::local();
    if (!m_config.createAdminLogin.isEmpty()) {
        QString error;
        const QString code = Bootstrap::createAdmin(db, m_config.createAdminLogin, m_config.schoolName, &error);
        if (code.isEmpty()) {
            qCCritical(lcServer).noquote() << error;
            return 1;
        }
        printOut(QStringLiteral("Administrator login: %1\nOne-time activation code: %2\n"
                                "Sign in with the client: choose \"First sign-in\", enter the login and this code, "
                                "then choose your password.\n")
                     .arg(m_config.createAdminLogin, code));
        return 0;
    }
    if (!m_config.generate.isEmpty()) {
        QString error;
        QString summary;
        if (!DemoSchool::generate(db, m_config.generate, m_config.generateSeed, &summary, &error)) {
            qCCritical(lcServer).noquote() << error;
            return 1;
        }
        printOut(summary);
        return 0;
    }
    return -1;
}

int ServerApp::start()
{
    try {
        return startServing();
    } catch (const std::exception &e) {
        qCCritical(lcServer).noquote() << "start-up failed:" << e.what();
        return 1;
    }
}

int ServerApp::startServing()
{
    if (!PasswordHasher::initialize()) {
        qCCritical(lcServer) << "libsodium cannot be initialised";
        return 1;
    }
    AuthService::Settings auth;
    auth.sessionIdleHours = m_config.sessionIdleHours;
    auth.sessionMaxDays = m_config.sessionMaxDays;
    AuthService::configure(auth);
    Clock::allowShifting(m_config.testClock);
    if (m_config.today.isValid())
        Clock::shiftTo(QDateTime(m_config.today, QTime::currentTime()));

    if (!QDir().mkpath(m_config.dataDir)) {
        qCCritical(lcServer) << "cannot create the data directory" << m_config.dataDir;
        return 1;
    }
    QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    m_lock = std::make_unique<QLockFile>(QDir(m_config.dataDir).filePath(QStringLiteral("classjournal-server.lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        if (!isOneShot(m_config) || !m_config.databaseUrl.isEmpty()) {
            qCCritical(lcServer) << "another server is already running with the data directory" << m_config.dataDir;
            return 1;
        }
    }

    QString error;
    if (!openDatabase(&error)) {
        qCCritical(lcServer).noquote() << error;
        return 1;
    }
    if (const int code = runCommands(); code >= 0)
        return code;
    if (m_config.demo) {
        QString demoError;
        const QString accounts = DemoSchool::fillIfEmpty(Db::local(), &demoError);
        if (!demoError.isEmpty()) {
            qCCritical(lcServer).noquote() << demoError;
            return 1;
        }
        printOut(accounts);
    }

    TlsCredentials credentials;
    const bool haveTls = m_config.certificateFile.isEmpty()
        ? TlsCredentials::loadOrGenerate(m_config.dataDir, &credentials, &error)
        : TlsCredentials::load(m_config.certificateFile, m_config.keyFile, &credentials, &error);
    if (!haveTls) {
        qCCritical(lcServer).noquote() << error;
        return 1;
    }

    m_hub = std::make_unique<ConnectionHub>(m_config.workerThreads);
    m_listener = std::make_unique<Listener>(credentials, m_config.limits, m_hub.get());
    if (!m_listener->listen(m_config.listenAddress, m_config.port, &error)) {
        qCCritical(lcServer).noquote() << error;
        return 1;
    }
    m_signals = new UnixSignals(this);
    connect(m_signals, &UnixSignals::terminationRequested, this, &ServerApp::shutdown);
    // Tests and scripts wait for this exact line.
    qCInfo(lcServer).noquote() << QStringLiteral("listening on %1:%2 (TLS certificate SHA-256 %3)")
                                      .arg(m_config.listenAddress.toString())
                                      .arg(m_listener->port())
                                      .arg(credentials.fingerprint());
    return -1;
}

void ServerApp::shutdown(int signal)
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcServer) << "signal" << signal << "received: finishing in-flight requests and shutting down";
    Db::abandonThreadConnections();
    m_listener->close();
    m_hub->shutdown(30000);
    m_hub.reset();
    Db::closeLocal();
    if (m_postgres)
        m_postgres->stop();
    qCInfo(lcServer) << "stopped";
    QCoreApplication::exit(0);
}

} // namespace cj::server
