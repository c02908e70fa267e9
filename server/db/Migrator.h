#pragma once

#include <QList>
#include <QString>

namespace cj::server {

class Db;

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// Applies the numbered migration files embedded under :/migrations, each in its own transaction,
// recording each in schema_migrations. Refuses a database whose schema is newer than this server.
class Migrator
{
public:
    static QList<Migration> embeddedMigrations();
    static int latestVersion();

    explicit Migrator(Db &db);
    // Returns false with a message when the schema is newer than this binary knows.
    bool migrate(QString *error);
    int currentVersion();

private:
    void ensureSchemaTable();

    Db &m_db;
};

} // namespace cj::server
