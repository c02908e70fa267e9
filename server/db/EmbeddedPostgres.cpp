#include "db/EmbeddedPostgres.h"

#include "db/Db.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QVersionNumber>

#include <algorithm>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcPg, "cj.postgres")

namespace cj::server {

namespace {
constexpr int kSocketPathMax = 107; // sizeof(sockaddr_un::sun_path) - 1

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// postmaster.pid: line 1 pid, line 8 status ("ready" once it accepts connections).
QStringList readPidFile(const QString &clusterDir)
{
    QFile file(clusterDir + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'));
}

// An eighth of the machine's memory, between PostgreSQL's default 128 MB and 1 GB: the current
// quarter of a large school (its marks, attendance and lessons with their indexes) then stays in
// PostgreSQL's own cache instead of being copied in from the kernel's page by page. The cluster's
// server is the only database on the school's machine.
int sharedBuffersMb()
{
    const qint64 pages = sysconf(_SC_PHYS_PAGES);
    const qint64 pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return 128;
    return int(std::clamp<qint64>(pages * pageSize / 8 / (1024 * 1024), 128, 1024));
}
} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.clusterDir = QDir(m_options.clusterDir).absolutePath();
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    stop();
}

QString EmbeddedPostgres::findBinDir()
{
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString bestDir;
    for (const QString &entry : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber v = QVersionNumber::fromString(entry);
        const QString bin = base.filePath(entry + QStringLiteral("/bin"));
        if (!v.isNull() && v > best && QFileInfo::exists(bin + QStringLiteral("/postgres"))) {
            best = v;
            bestDir = bin;
        }
    }
    return bestDir;
}

bool EmbeddedPostgres::resolveUser(QString *error)
{
    m_dropPrivileges = ::geteuid() == 0;
    if (!m_dropPrivileges)
        return true;
    const QByteArray name = m_options.osUser.toLocal8Bit();
    const passwd *pw = ::getpwnam(name.constData());
    if (!pw) {
        *error = QStringLiteral("running as root, but the user '%1' that should run PostgreSQL does not exist "
                                "(set [database] postgres-user)")
                     .arg(m_options.osUser);
        return false;
    }
    if (pw->pw_uid == 0) {
        *error = QStringLiteral("PostgreSQL cannot run as root; choose an unprivileged postgres-user");
        return false;
    }
    m_uid = pw->pw_uid;
    m_gid = pw->pw_gid;
    return true;
}

bool EmbeddedPostgres::prepareDirectory(QString *error)
{
    const QString dir = m_options.clusterDir;
    if (dir.size() + 16 > kSocketPathMax) {
        *error = QStringLiteral("the data directory path '%1' is too long for a Unix socket (max ~90 characters)").arg(dir);
        return false;
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    if (!m_dropPrivileges)
        return true;
    const QByteArray path = QFile::encodeName(dir);
    if (::chown(path.constData(), m_uid, m_gid) != 0) {
        *error = QStringLiteral("cannot hand %1 to user '%2': %3").arg(dir, m_options.osUser, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    // The unprivileged user must be able to walk down to the cluster.
    QDir parent(dir);
    while (parent.cdUp()) {
        struct stat st {};
        if (::stat(QFile::encodeName(parent.absolutePath()).constData(), &st) != 0)
            break;
        const bool traversable = (st.st_mode & S_IXOTH) || (st.st_uid == m_uid && (st.st_mode & S_IXUSR))
            || (st.st_gid == m_gid && (st.st_mode & S_IXGRP));
        if (!traversable) {
            *error = QStringLiteral("user '%1' cannot enter %2 (mode %3); choose a data directory outside it "
                                    "(e.g. --data-dir /var/lib/classjournal)")
                         .arg(m_options.osUser, parent.absolutePath())
                         .arg(st.st_mode & 07777, 0, 8);
            return false;
        }
        if (parent.isRoot())
            break;
    }
    return true;
}

void EmbeddedPostgres::configureChild(QProcess &process) const
{
    process.setWorkingDirectory(QStringLiteral("/"));
    const bool drop = m_dropPrivileges;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    const pid_t parent = ::getpid();
    // Runs in the forked child before exec: only async-signal-safe calls.
    process.setChildProcessModifier([drop, uid, gid, parent] {
        if (drop) {
            if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        }
        // If we die (even by kill -9), PostgreSQL gets a fast shutdown instead of living on orphaned.
        ::prctl(PR_SET_PDEATHSIG, SIGINT);
        if (::getppid() != parent)
            ::_exit(0);
    });
}

bool EmbeddedPostgres::initdb(QString *error)
{
    qCInfo(lcPg) << "creating a private PostgreSQL cluster in" << m_options.clusterDir;
    QProcess process;
    configureChild(process);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-D"), m_options.clusterDir, QStringLiteral("-U"), QStringLiteral("classjournal"),
                     QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8")};
    if (!m_options.durable)
        args << QStringLiteral("--no-sync");
    process.start(m_binDir + QStringLiteral("/initdb"), args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("initdb failed: %1").arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool EmbeddedPostgres::stopStalePostmaster(QString *error)
{
    // A postmaster left from a previous run of ours (e.g. we were killed): it got SIGINT from the
    // parent-death signal and is shutting down, or somebody keeps it alive. Wait, then ask it to go.
    const QStringList lines = readPidFile(m_options.clusterDir);
    if (lines.isEmpty())
        return true;
    const qint64 pid = lines.value(0).trimmed().toLongLong();
    if (!processAlive(pid))
        return true;
    qCWarning(lcPg) << "a PostgreSQL from an earlier run (pid" << pid << ") still owns the cluster; stopping it";
    ::kill(pid_t(pid), SIGINT);
    QDeadlineTimer deadline(60000);
    while (processAlive(pid) && !deadline.hasExpired())
        QThread::msleep(50);
    if (processAlive(pid)) {
        *error = QStringLiteral("PostgreSQL pid %1 from an earlier run does not stop").arg(pid);
        return false;
    }
    return true;
}

bool EmbeddedPostgres::launch(QString *error)
{
    delete m_process;
    m_process = new QProcess(this);
    configureChild(*m_process);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-D"), m_options.clusterDir,
                     QStringLiteral("-k"), m_options.clusterDir,
                     QStringLiteral("-p"), QString::number(m_options.port),
                     QStringLiteral("-c"), QStringLiteral("listen_addresses="),
                     QStringLiteral("-c"), QStringLiteral("unix_socket_permissions=0700"),
                     QStringLiteral("-c"), QStringLiteral("max_connections=300"),
                     QStringLiteral("-c"), QStringLiteral("logging_collector=off"),
                     QStringLiteral("-c"), QStringLiteral("shared_buffers=%1MB").arg(sharedBuffersMb())};
    if (m_options.durable) {
        // Checkpoints by time rather than by WAL volume, and rarer: the first change of each page
        // after a checkpoint writes the whole page to the WAL, so each checkpoint is followed by
        // heavier commits; at the benchmark's peak rate the default 1 GB of WAL forced one within
        // minutes. The cost is more WAL on disk (up to 4 GB) and a longer recovery after a crash.
        args << QStringLiteral("-c") << QStringLiteral("max_wal_size=4GB") << QStringLiteral("-c")
             << QStringLiteral("checkpoint_timeout=15min");
        // A WAL segment the last checkpoint did not recycle is made when the WAL first reaches it,
        // with the WAL's write lock held: filled with 16 MB of zeros and flushed while every commit
        // waits (13 ms on this machine's idle disk; pgbench inserting 6,000 rows a second into a
        // fresh cluster, a new segment every 2-3 s, had a p99 of 2-157 ms so, 1.5-24 ms without, in
        // four runs each). Made sparse instead, it costs the commits that write into it a little more
        // each (fdatasync 0.17 instead of 0.11 ms here) and none of them a stall. Recycled segments,
        // most of them once the server has run a while, are unaffected.
        args << QStringLiteral("-c") << QStringLiteral("wal_init_zero=off");
    } else {
        args << QStringLiteral("-c") << QStringLiteral("fsync=off") << QStringLiteral("-c")
             << QStringLiteral("synchronous_commit=off") << QStringLiteral("-c") << QStringLiteral("full_page_writes=off");
    }
    for (const QString &setting : m_options.extraSettings)
        args << QStringLiteral("-c") << setting;
    connect(m_process, &QProcess::readyRead, this, [this] {
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            if (!line.isEmpty())
                qCInfo(lcPg).noquote() << QString::fromLocal8Bit(line);
        }
    });
    connect(m_process, &QProcess::finished, this, &EmbeddedPostgres::onFinished);
    m_process->start(m_binDir + QStringLiteral("/postgres"), args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1/postgres: %2").arg(m_binDir, m_process->errorString());
        return false;
    }
    return true;
}

bool EmbeddedPostgres::waitUntilReady(int timeoutMs, QString *error)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("PostgreSQL exited during start-up: %1")
                         .arg(QString::fromLocal8Bit(m_process->readAll()).trimmed());
            return false;
        }
        const QStringList lines = readPidFile(m_options.clusterDir);
        if (lines.size() >= 8 && lines.value(0).trimmed().toLongLong() == m_process->processId()
            && lines.value(7).trimmed() == QLatin1String("ready"))
            return true;
        m_process->waitForReadyRead(50);
    }
    *error = QStringLiteral("PostgreSQL did not become ready in %1 s").arg(timeoutMs / 1000);
    return false;
}

bool EmbeddedPostgres::createDatabase(QString *error)
{
    // Identifiers cannot be bound; the name is ours and checked to be a plain identifier.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!plain.match(m_options.databaseName).hasMatch()) {
        *error = QStringLiteral("cannot create database %1: not a plain name").arg(m_options.databaseName);
        return false;
    }
    DatabaseConfig config = connectionConfig();
    config.databaseName = QStringLiteral("postgres");
    try {
        Db db(config, QStringLiteral("cj-bootstrap"));
        db.open();
        if (!db.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {m_options.databaseName}).next())
            db.execScript(QStringLiteral("CREATE DATABASE %1").arg(m_options.databaseName));
    } catch (const SqlError &e) {
        *error = QStringLiteral("cannot create database %1: %2").arg(m_options.databaseName, QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

bool EmbeddedPostgres::start(QString *error)
{
    m_binDir = m_options.binDir.isEmpty() ? findBinDir() : m_options.binDir;
    if (m_binDir.isEmpty() || !QFileInfo::exists(m_binDir + QStringLiteral("/postgres"))) {
        *error = QStringLiteral("PostgreSQL binaries not found (install the 'postgresql' package or set "
                                "[database] postgres-bin)");
        return false;
    }
    if (!resolveUser(error) || !prepareDirectory(error))
        return false;
    if (!QFileInfo::exists(m_options.clusterDir + QStringLiteral("/PG_VERSION")) && !initdb(error))
        return false;
    if (!stopStalePostmaster(error) || !launch(error) || !waitUntilReady(60000, error))
        return false;
    qCInfo(lcPg) << "private PostgreSQL ready, pid" << m_process->processId() << "socket in" << m_options.clusterDir;
    if (!createDatabase(error))
        return false;
    if (m_options.durable)
        m_writeback = std::make_unique<RelationWriteback>(m_options.clusterDir, connectionConfig());
    return true;
}

void EmbeddedPostgres::onFinished()
{
    if (m_stopping)
        return;
    qCCritical(lcPg) << "PostgreSQL exited unexpectedly with code" << m_process->exitCode();
    Q_EMIT crashed();
    // Supervise: bring it back, with a growing pause so a broken cluster does not spin.
    const int delay = qMin(30000, 500 * (1 << qMin(m_restarts, 6)));
    ++m_restarts;
    QTimer::singleShot(delay, this, [this] {
        if (m_stopping)
            return;
        QString error;
        if (stopStalePostmaster(&error) && launch(&error) && waitUntilReady(60000, &error)) {
            qCInfo(lcPg) << "PostgreSQL restarted";
            Q_EMIT restarted();
        } else {
            qCCritical(lcPg) << "restarting PostgreSQL failed:" << error;
        }
    });
}

void EmbeddedPostgres::stop()
{
    m_writeback.reset(); // its connection goes before the server does
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    ::kill(pid_t(m_process->processId()), SIGINT);
    if (!m_process->waitForFinished(60000)) {
        qCWarning(lcPg) << "PostgreSQL did not stop in 60 s; sending SIGQUIT";
        ::kill(pid_t(m_process->processId()), SIGQUIT);
        m_process->waitForFinished(10000);
    }
    qCInfo(lcPg) << "private PostgreSQL stopped";
}

bool EmbeddedPostgres::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 EmbeddedPostgres::pid() const
{
    return m_process ? m_process->processId() : 0;
}

DatabaseConfig EmbeddedPostgres::connectionConfig() const
{
    DatabaseConfig config;
    config.host = m_options.clusterDir;
    config.port = m_options.port;
    config.databaseName = m_options.databaseName;
    config.user = QStringLiteral("classjournal");
    return config;
}

} // namespace cj::server
