#pragma once

#include <QMap>
#include <QString>

#include "db/DatabaseConfig.h"

namespace cj::bench {

// PostgreSQL's own work between two moments: the autovacuum and autoanalyze runs that ended and the
// checkpoints taken. It takes the cores the writes need, so the open loop's steps name it beside
// their tails.
class DatabaseChores
{
public:
    struct Counts {
        QMap<QString, std::pair<qint64, qint64>> tables; // table -> (autovacuums, autoanalyzes)
        qint64 checkpoints = 0;
        bool valid = false;
    };

    static Counts take(const server::DatabaseConfig &database);
    // "vacuum audit_log; analyze audit_log, marks; 1 checkpoint", or "none".
    static QString between(const Counts &before, const Counts &after);
};

} // namespace cj::bench
