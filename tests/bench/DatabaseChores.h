#pragma once

#include <QMap>
#include <QString>

#include "db/DatabaseConfig.h"

namespace cj::bench {

// PostgreSQL's own work between two moments: the autovacuum and autoanalyze runs that ended, the
// checkpoints taken and the WAL segments created. It takes the cores the writes need, so the open
// loop's steps name it beside their tails. A new WAL segment is made by whichever process first
// writes WAL into it (a committing backend, the WAL writer) with the WAL's write lock held, so
// every commit waits for it (the embedded cluster makes them sparse, wal_init_zero off); until then
// the WAL goes into the segments the last checkpoint recycled (a copied cluster has what its
// generation left, docs/benchmarks.md).
class DatabaseChores
{
public:
    struct Counts {
        QMap<QString, std::pair<qint64, qint64>> tables; // table -> (autovacuums, autoanalyzes)
        qint64 checkpoints = 0;
        qint64 lastWalSegment = 0; // the number of the highest segment file in pg_wal
        bool valid = false;
    };

    static Counts take(const server::DatabaseConfig &database);
    // "vacuum audit_log; analyze audit_log, marks; 1 checkpoint; 3 new WAL segments", or "none".
    static QString between(const Counts &before, const Counts &after);
};

} // namespace cj::bench
