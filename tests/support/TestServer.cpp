#include "TestServer.h"

#include <QSettings>
#include <QStandardPaths>

namespace cj::test {

TestServer::TestServer(const QString &name)
    : m_dir(makeSharedTempDir(name))
{
    QStandardPaths::setTestModeEnabled(true); // client settings (known servers) go to a test location
    // Test servers get new certificates on ports that earlier runs used: start with no pins.
    QSettings().remove(QStringLiteral("knownServers"));
    m_database = TestCluster::instance().createDatabase(name);
    m_fixture = std::make_unique<Fixture>(m_database);
    m_schoolId = m_fixture->school();
    m_adminId = m_fixture->user(m_schoolId, QStringLiteral("admin"), kAdminPassword, Role::Admin,
                                QStringLiteral("Админова"), QStringLiteral("Анна"));
}

bool TestServer::start(const QStringList &extraArguments)
{
    return m_process.start(QStringList{QStringLiteral("--db"), TestCluster::url(m_database), QStringLiteral("--data-dir"),
                                       m_dir->path() + QStringLiteral("/server")}
                           + extraArguments);
}

} // namespace cj::test
