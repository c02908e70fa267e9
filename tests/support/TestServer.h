#pragma once

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include "Fixture.h"
#include "ServerProcess.h"
#include "TestCluster.h"

namespace cj::test {

// The usual integration set-up: a fresh database in the test cluster with a school and an
// administrator (admin / Admin-pass-1), and the real server binary serving it on a free port.
class TestServer
{
public:
    static inline const QString kAdminPassword = QStringLiteral("Admin-pass-1");

    explicit TestServer(const QString &name);
    bool start(const QStringList &extraArguments = {});
    int stop() { return m_process.stop(); }

    quint16 port() const { return m_process.port(); }
    qint64 schoolId() const { return m_schoolId; }
    qint64 adminId() const { return m_adminId; }
    Fixture &fixture() { return *m_fixture; }
    ServerProcess &process() { return m_process; }
    const server::DatabaseConfig &database() const { return m_database; }
    QString dataDir() const { return m_dir->path(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    server::DatabaseConfig m_database;
    std::unique_ptr<Fixture> m_fixture;
    ServerProcess m_process;
    qint64 m_schoolId = 0;
    qint64 m_adminId = 0;
};

} // namespace cj::test
