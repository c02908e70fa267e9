#include "db/RelationWriteback.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

#include "db/Db.h"

Q_DECLARE_LOGGING_CATEGORY(lcPg)

namespace cj::server {

namespace {
constexpr int kEveryMs = 1000;
constexpr int kListEveryMs = 30000; // tables come and go (migrations, TRUNCATE, VACUUM FULL)
} // namespace

RelationWriteback::RelationWriteback(QString clusterDir, DatabaseConfig database)
    : m_clusterDir(std::move(clusterDir))
    , m_database(std::move(database))
{
#ifdef Q_OS_LINUX
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("relation-writeback"));
    m_thread->start(QThread::LowPriority);
#endif
}

RelationWriteback::~RelationWriteback()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void RelationWriteback::run()
{
#ifdef Q_OS_LINUX
    Db db(m_database, QStringLiteral("relation-writeback"));
    QDeadlineTimer relist(0);
    bool reconnect = false;
    QMutexLocker lock(&m_mutex);
    while (!m_stopping) {
        lock.unlock();
        if (relist.hasExpired()) {
            try {
                if (reconnect)
                    db.open();
                reconnect = false;
                listFiles(db);
            } catch (const SqlError &e) {
                // The files listed before are still written back; PostgreSQL may be restarting.
                reconnect = e.isConnectionLost();
                qCInfo(lcPg) << "could not list the relation files for write-back:" << e.what();
            }
            relist.setRemainingTime(kListEveryMs);
        }
        for (const int fd : std::as_const(m_files))
            ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); // starts the write-back, does not wait for it
        lock.relock();
        if (!m_stopping)
            m_wake.wait(&m_mutex, kEveryMs);
    }
    lock.unlock();
    closeFiles();
#endif
}

void RelationWriteback::listFiles(Db &db)
{
#ifdef Q_OS_LINUX
    // The schema's tables, indexes and their TOAST, not the catalogs (oids below 16384,
    // FirstNormalObjectId): those grow only with DDL, and were most of the files listed.
    SqlRows rows = db.exec(QStringLiteral("SELECT pg_relation_filepath(c.oid) FROM pg_class c "
                                          "WHERE c.relkind IN ('r', 'i', 't', 'm') AND c.relpersistence = 'p' "
                                          "AND c.oid >= 16384"));
    QSet<QString> wanted;
    while (rows.next()) {
        if (rows.isNull(0))
            continue;
        const QString base = m_clusterDir + QLatin1Char('/') + rows.text(0);
        // The main fork in 1 GB segments, and the free-space and visibility maps.
        for (int segment = 0;; ++segment) {
            const QString path = segment == 0 ? base : base + QLatin1Char('.') + QString::number(segment);
            if (!QFileInfo::exists(path))
                break;
            wanted.insert(path);
        }
        for (const char *fork : {"_fsm", "_vm"}) {
            if (const QString path = base + QLatin1String(fork); QFileInfo::exists(path))
                wanted.insert(path);
        }
    }
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (wanted.contains(it.key())) {
            ++it;
        } else {
            ::close(it.value());
            it = m_files.erase(it);
        }
    }
    for (const QString &path : std::as_const(wanted)) {
        if (m_files.contains(path))
            continue;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            m_files.insert(path, fd);
    }
#else
    Q_UNUSED(db)
#endif
}

void RelationWriteback::closeFiles()
{
#ifdef Q_OS_LINUX
    for (const int fd : std::as_const(m_files))
        ::close(fd);
    m_files.clear();
#endif
}

} // namespace cj::server
