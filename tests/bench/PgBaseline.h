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
        qint64 transactions = 0;
        // CPU per transaction, in microseconds: the cluster's processes (postmaster, backends, WAL
        // writer, ...) and pgbench itself.
        double postgresUs = 0;
        double pgbenchUs = 0;
    };

    PgBaseline(server::DatabaseConfig cluster, QString binDir, qint64 postmasterPid);
    bool run(const QList<int> &clients, int seconds, QString *error);

    const QList<Run> &runs() const { return m_runs; }
    Run best() const;
    static QString script();

private:
    bool prepare(QString *error);

    server::DatabaseConfig m_config;
    QString m_binDir;
    qint64 m_postmasterPid = 0;
    QList<Run> m_runs;
};

} // namespace cj::bench
