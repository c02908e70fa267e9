#pragma once

#include <QString>

#include "db/DatabaseConfig.h"
#include "domain/Role.h"

namespace cj::server {
class Db;
}

namespace cj::test {

// Direct inserts for test set-up, through the server's own storage layer (not the protocol under test).
class Fixture
{
public:
    explicit Fixture(const server::DatabaseConfig &config);
    ~Fixture();

    server::Db &db() { return *m_db; }
    qint64 school(const QString &name = QStringLiteral("Тестовая школа"));
    qint64 user(qint64 schoolId, const QString &login, const QString &password, Roles roles,
                const QString &surname = QStringLiteral("Тестов"), const QString &firstName = QStringLiteral("Тест"));

private:
    server::Db *m_db;
};

} // namespace cj::test
