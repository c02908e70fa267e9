#include "Fixture.h"

#include <atomic>

#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "storage/SchoolStore.h"
#include "storage/UserStore.h"

namespace cj::test {

namespace {
std::atomic<int> g_fixtures{0};
}

Fixture::Fixture(const server::DatabaseConfig &config)
    : m_db(new server::Db(config, QStringLiteral("fixture-%1").arg(g_fixtures.fetch_add(1))))
{
    server::PasswordHasher::initialize();
    m_db->open();
}

Fixture::~Fixture()
{
    delete m_db;
}

qint64 Fixture::school(const QString &name)
{
    server::SchoolRecord s;
    s.name = name;
    s.shortName = name;
    return server::SchoolStore::create(*m_db, s);
}

qint64 Fixture::user(qint64 schoolId, const QString &login, const QString &password, Roles roles, const QString &surname,
                     const QString &firstName)
{
    server::UserRecord u;
    u.schoolId = schoolId;
    u.login = login;
    u.surname = surname;
    u.firstName = firstName;
    u.roles = roles;
    u.id = server::UserStore::insert(*m_db, u);
    if (!password.isEmpty())
        server::UserStore::setPassword(*m_db, u.id, server::PasswordHasher::hash(password));
    return u.id;
}

} // namespace cj::test
