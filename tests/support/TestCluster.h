#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "db/DatabaseConfig.h"

namespace cj::server {
class EmbeddedPostgres;
}

namespace cj::test {

// A throwaway PostgreSQL cluster for one test executable (fsync off), started through the same
// EmbeddedPostgres the server uses — so as root it runs as the unprivileged 'postgres' user. Each
// test takes a fresh database from it.
class TestCluster
{
public:
    static TestCluster &instance(); // started on first use, stopped at exit
    ~TestCluster();

    bool isUp() const;
    QString error() const { return m_error; }

    // A new empty database; migrated to the current schema when migrate is true.
    server::DatabaseConfig createDatabase(const QString &prefix, bool migrate = true);
    // postgresql:// URL for --db.
    static QString url(const server::DatabaseConfig &config);
    QString directory() const;
    qint64 postmasterPid() const;

private:
    TestCluster();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::EmbeddedPostgres> m_postgres;
    QString m_error;
    int m_counter = 0;
};

// A temporary directory an unprivileged user can enter (QTemporaryDir makes 0700 ones).
std::unique_ptr<QTemporaryDir> makeSharedTempDir(const QString &name);

} // namespace cj::test
