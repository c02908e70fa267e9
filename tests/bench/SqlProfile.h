#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "db/DatabaseConfig.h"

namespace cj::bench {

// Where the database time of the closed loop goes, from pg_stat_statements (with --sql-profile the
// cluster starts with it preloaded; it costs a little, so plain runs go without).
class SqlProfile
{
public:
    struct Statement {
        qint64 calls = 0;
        double totalMs = 0;
        double meanMs = 0;
        qint64 rows = 0;
        QString query;
    };

    static QStringList clusterSettings();
    // Creates the extension if needed and forgets what was counted so far.
    static bool reset(const server::DatabaseConfig &database, QString *error);
    // The statements of the server's database by total time.
    static QList<Statement> top(const server::DatabaseConfig &database, int count, QString *error);
};

} // namespace cj::bench
