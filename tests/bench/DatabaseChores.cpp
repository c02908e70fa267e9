#include "DatabaseChores.h"

#include <QStringList>

#include "db/Db.h"

namespace cj::bench {

DatabaseChores::Counts DatabaseChores::take(const server::DatabaseConfig &database)
{
    Counts counts;
    try {
        server::Db db(database, QStringLiteral("bench-chores"));
        db.open();
        server::SqlRows rows = db.exec(QStringLiteral("SELECT relname, autovacuum_count, autoanalyze_count FROM pg_stat_user_tables"));
        while (rows.next())
            counts.tables.insert(rows.text(0), {rows.integer(1), rows.integer(2)});
        counts.checkpoints = db.scalar(QStringLiteral("SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter"))
                                 ->toLongLong();
        // A segment file's name is its timeline, then the WAL position's high 32 bits, then the
        // segment within those (8 hex digits each).
        const qint64 segmentBytes = db.scalar(QStringLiteral("SELECT setting::bigint FROM pg_settings WHERE name = 'wal_segment_size'"))
                                        ->toLongLong();
        const QString last = db.scalar(QStringLiteral("SELECT max(name) FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'"))
                                 ->toString();
        counts.lastWalSegment = last.mid(8, 8).toLongLong(nullptr, 16) * (0x100000000LL / segmentBytes)
            + last.mid(16, 8).toLongLong(nullptr, 16);
        counts.valid = true;
    } catch (const server::SqlError &) {
        // Left out of the report (shown as "?"): the load itself does not depend on it.
    }
    return counts;
}

QString DatabaseChores::between(const Counts &before, const Counts &after)
{
    if (!before.valid || !after.valid)
        return QStringLiteral("?");
    QStringList vacuumed;
    QStringList analyzed;
    for (auto it = after.tables.cbegin(); it != after.tables.cend(); ++it) {
        const std::pair<qint64, qint64> was = before.tables.value(it.key());
        if (it->first > was.first)
            vacuumed.append(it.key());
        if (it->second > was.second)
            analyzed.append(it.key());
    }
    QStringList parts;
    if (!vacuumed.isEmpty())
        parts.append(QStringLiteral("vacuum %1").arg(vacuumed.join(QStringLiteral(", "))));
    if (!analyzed.isEmpty())
        parts.append(QStringLiteral("analyze %1").arg(analyzed.join(QStringLiteral(", "))));
    if (const qint64 n = after.checkpoints - before.checkpoints; n > 0)
        parts.append(n == 1 ? QStringLiteral("1 checkpoint") : QStringLiteral("%1 checkpoints").arg(n));
    if (const qint64 n = after.lastWalSegment - before.lastWalSegment; n > 0)
        parts.append(n == 1 ? QStringLiteral("1 new WAL segment") : QStringLiteral("%1 new WAL segments").arg(n));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral("; "));
}

} // namespace cj::bench
