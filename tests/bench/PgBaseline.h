#pragma once

#include <QList>
#include <QString>

#include "db/DatabaseConfig.h"

namespace cj::bench {

// The raw PostgreSQL baseline: pgbench with a single-row upsert into a marks-like table (the marks
// table's columns and indexes, no foreign keys), prepared statements, in its own database of the same
// cluster. Each client count is run once; the best TPS is the figure the server is compared with.
class PgBaseline
{
public:
    struct Run {
        int clients = 0;
        double tps = 0;
        double latencyMs = 0; // pgbench's average
    };

    PgBaseline(server::DatabaseConfig cluster, QString binDir);
    bool run(const QList<int> &clients, int seconds, QString *error);

    const QList<Run> &runs() const { return m_runs; }
    Run best() const;
    static QString script();

private:
    bool prepare(QString *error);

    server::DatabaseConfig m_config;
    QString m_binDir;
    QList<Run> m_runs;
};

} // namespace cj::bench
