#include "SqlProfile.h"

#include "db/Db.h"

namespace cj::bench {

QStringList SqlProfile::clusterSettings()
{
    return {QStringLiteral("shared_preload_libraries=pg_stat_statements"), QStringLiteral("pg_stat_statements.max=2000")};
}

bool SqlProfile::reset(const server::DatabaseConfig &database, QString *error)
{
    try {
        server::Db db(database, QStringLiteral("bench-sql-profile-reset"));
        db.open();
        db.execScript(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        db.execScript(QStringLiteral("SELECT pg_stat_statements_reset()"));
    } catch (const server::SqlError &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

QList<SqlProfile::Statement> SqlProfile::top(const server::DatabaseConfig &database, int count, QString *error)
{
    QList<Statement> list;
    try {
        server::Db db(database, QStringLiteral("bench-sql-profile"));
        db.open();
        server::SqlRows rows = db.exec(QStringLiteral("SELECT s.calls, s.total_exec_time, s.mean_exec_time, s.rows, "
                                                      "regexp_replace(s.query, '\\s+', ' ', 'g') FROM pg_stat_statements s "
                                                      "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() "
                                                      "ORDER BY s.total_exec_time DESC LIMIT ?"),
                                       {count});
        while (rows.next())
            list.append(Statement{rows.integer(0), rows.number(1), rows.number(2), rows.integer(3), rows.text(4)});
    } catch (const server::SqlError &e) {
        *error = QString::fromStdString(e.what());
    }
    return list;
}

} // namespace cj::bench
