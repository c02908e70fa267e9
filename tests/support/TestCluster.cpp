#include "TestCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUrlQuery>

#include "db/Db.h"
#include "db/EmbeddedPostgres.h"
#include "db/Migrator.h"

namespace cj::test {

std::unique_ptr<QTemporaryDir> makeSharedTempDir(const QString &name)
{
    auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/cj-%1-XXXXXX").arg(name));
    QFile::setPermissions(dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);
    return dir;
}

TestCluster &TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster()
{
    m_dir = makeSharedTempDir(QStringLiteral("pg"));
    server::EmbeddedPostgres::Options options;
    options.clusterDir = m_dir->path() + QStringLiteral("/cluster");
    options.durable = false;
    options.databaseName = QStringLiteral("postgres");
    m_postgres = std::make_unique<server::EmbeddedPostgres>(options);
    if (!m_postgres->start(&m_error))
        qWarning("test cluster failed to start: %s", qPrintable(m_error));
}

TestCluster::~TestCluster()
{
    server::Db::closeLocal();
    m_postgres.reset();
}

bool TestCluster::isUp() const
{
    return m_postgres && m_postgres->isRunning();
}

QString TestCluster::directory() const
{
    return m_postgres->options().clusterDir;
}

qint64 TestCluster::postmasterPid() const
{
    return m_postgres->pid();
}

server::DatabaseConfig TestCluster::createDatabase(const QString &prefix, bool migrate)
{
    server::DatabaseConfig config = m_postgres->connectionConfig();
    config.databaseName = QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(++m_counter);
    {
        server::Db admin(m_postgres->connectionConfig(), QStringLiteral("test-admin-%1").arg(m_counter));
        admin.open();
        admin.execScript(QStringLiteral("CREATE DATABASE %1").arg(config.databaseName));
    }
    if (migrate) {
        server::Db db(config, QStringLiteral("test-migrate-%1").arg(m_counter));
        db.open();
        QString error;
        server::Migrator migrator(db);
        if (!migrator.migrate(&error))
            qFatal("migration failed: %s", qPrintable(error));
    }
    return config;
}

QString TestCluster::url(const server::DatabaseConfig &config)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(config.user);
    url.setHost(QStringLiteral("localhost"));
    url.setPort(config.port);
    url.setPath(QLatin1Char('/') + config.databaseName);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), config.host);
    url.setQuery(query);
    return url.toString();
}

} // namespace cj::test
