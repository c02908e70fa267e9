#include "db/Migrator.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include "db/Db.h"
#include "db/SqlScript.h"

Q_LOGGING_CATEGORY(lcMigrate, "cj.migrate")

namespace cj::server {

namespace {
// Serialises concurrent servers starting on one database.
constexpr qint64 kMigrationLockKey = 0x436A4D6967; // "CjMig"
} // namespace

QList<Migration> Migrator::embeddedMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(QStringLiteral(":/migrations/") + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const auto list = embeddedMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Migrator::Migrator(Db &db)
    : m_db(db)
{
}

void Migrator::ensureSchemaTable()
{
    m_db.execScript(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version integer PRIMARY KEY,"
        " name text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now())"));
}

int Migrator::currentVersion()
{
    ensureSchemaTable();
    return m_db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))->toInt();
}

bool Migrator::migrate(QString *error)
{
    ensureSchemaTable();
    const QList<Migration> migrations = embeddedMigrations();
    const int known = migrations.isEmpty() ? 0 : migrations.last().version;
    const int current = currentVersion();
    if (current > known) {
        *error = QStringLiteral("the database schema is version %1 but this server only knows up to %2; "
                                "upgrade the server")
                     .arg(current)
                     .arg(known);
        return false;
    }
    for (const Migration &migration : migrations) {
        Transaction tx(m_db);
        m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLockKey});
        const bool applied = m_db.scalar(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"),
                                         {migration.version})
                                 .has_value();
        if (applied)
            continue; // the transaction rolls back: nothing was changed
        qCInfo(lcMigrate, "applying migration %03d_%s", migration.version, qPrintable(migration.name));
        for (const QString &statement : splitSqlScript(migration.sql))
            m_db.execScript(statement);
        m_db.exec(QStringLiteral("INSERT INTO schema_migrations(version, name) VALUES (?, ?)"),
                  {migration.version, migration.name});
        tx.commit();
    }
    return true;
}

} // namespace cj::server
