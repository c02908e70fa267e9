#include "storage/SessionStore.h"

#include "db/Db.h"

namespace cj::server {

namespace {
const QString kSessionColumns = QStringLiteral(
    "s.id, s.user_id, u.login, u.surname || ' ' || u.first_name, s.created_at, s.last_seen_at, s.expires_at, "
    "s.ended_at, s.workstation, s.address");

SessionRecord readSession(const SqlRows &rows)
{
    SessionRecord s;
    s.id = rows.integer(0);
    s.userId = rows.integer(1);
    s.userLogin = rows.text(2);
    s.userName = rows.text(3);
    s.createdAt = rows.dateTime(4);
    s.lastSeenAt = rows.dateTime(5);
    s.expiresAt = rows.dateTime(6);
    s.endedAt = rows.dateTime(7);
    s.workstation = rows.text(8);
    s.address = rows.text(9);
    return s;
}
} // namespace

qint64 SessionStore::create(Db &db, qint64 userId, const QByteArray &tokenDigest, const QDateTime &now,
                            const QDateTime &expires, const QString &workstation, const QString &address)
{
    return db
        .scalar(QStringLiteral("INSERT INTO sessions(user_id, token_hash, created_at, last_seen_at, expires_at, "
                               "workstation, address) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {userId, tokenDigest, now, now, expires, workstation, address})
        ->toLongLong();
}

std::optional<SessionRecord> SessionStore::findOpen(Db &db, const QByteArray &tokenDigest)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kSessionColumns
                               + QStringLiteral(" FROM sessions s JOIN users u ON u.id = s.user_id "
                                                "WHERE s.token_hash = ? AND s.ended_at IS NULL"),
                           {tokenDigest});
    if (!rows.next())
        return std::nullopt;
    return readSession(rows);
}

std::optional<SessionRecord> SessionStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kSessionColumns
                               + QStringLiteral(" FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?"),
                           {id});
    if (!rows.next())
        return std::nullopt;
    return readSession(rows);
}

void SessionStore::touch(Db &db, qint64 sessionId, const QDateTime &now, const QDateTime &expires,
                         const QString &workstation, const QString &address)
{
    db.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ?, expires_at = ?, workstation = ?, address = ? "
                           "WHERE id = ?"),
            {now, expires, workstation, address, sessionId});
}

bool SessionStore::end(Db &db, qint64 sessionId, const QDateTime &now, const QString &reason)
{
    SqlRows rows = db.exec(QStringLiteral("UPDATE sessions SET ended_at = ?, ended_reason = ? "
                                          "WHERE id = ? AND ended_at IS NULL"),
                           {now, reason, sessionId});
    return rows.rowsAffected() > 0;
}

QList<qint64> SessionStore::endAllOfUser(Db &db, qint64 userId, const QDateTime &now, const QString &reason,
                                         qint64 exceptSession)
{
    SqlRows rows = db.exec(QStringLiteral("UPDATE sessions SET ended_at = ?, ended_reason = ? "
                                          "WHERE user_id = ? AND ended_at IS NULL AND id <> ? RETURNING id"),
                           {now, reason, userId, exceptSession});
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

QList<SessionRecord> SessionStore::listOpen(Db &db, qint64 schoolId, qint64 userId, const QDateTime &now)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kSessionColumns
                               + QStringLiteral(" FROM sessions s JOIN users u ON u.id = s.user_id "
                                                "WHERE u.school_id = ? AND (? = 0 OR s.user_id = ?) "
                                                "AND s.ended_at IS NULL AND s.expires_at > ? "
                                                "ORDER BY s.last_seen_at DESC"),
                           {schoolId, userId, userId, now});
    return rows.all(readSession);
}

void LoginLogStore::append(Db &db, qint64 schoolId, qint64 userId, const QString &login, const QString &method,
                           const QString &outcome, const QString &address, const QString &workstation,
                           const QDateTime &at)
{
    db.exec(QStringLiteral("INSERT INTO login_log(school_id, user_id, login, method, outcome, address, workstation, at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {orNullId(schoolId), orNullId(userId), login.left(100), method, outcome, address, workstation.left(200), at});
}

QList<LoginLogEntry> LoginLogStore::list(Db &db, const LoginLogFilter &f)
{
    SqlRows rows = db.exec(
        QStringLiteral("SELECT l.id, coalesce(l.user_id, 0), l.login, coalesce(u.surname || ' ' || u.first_name, ''), "
                       "l.at, l.method, l.outcome, l.address, l.workstation "
                       "FROM login_log l LEFT JOIN users u ON u.id = l.user_id "
                       "WHERE l.school_id = ? AND (? = 0 OR l.user_id = ?) AND (? = '' OR l.outcome = ?) "
                       "AND l.at >= ? AND l.at < ? ORDER BY l.at DESC, l.id DESC LIMIT ?"),
        {f.schoolId, f.userId, f.userId, f.outcome, f.outcome,
         f.from.isValid() ? f.from : QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
         f.to.isValid() ? f.to : QDateTime::currentDateTimeUtc().addYears(100), f.limit});
    QList<LoginLogEntry> list;
    while (rows.next()) {
        LoginLogEntry e;
        e.id = rows.integer(0);
        e.userId = rows.integer(1);
        e.login = rows.text(2);
        e.userName = rows.text(3);
        e.at = rows.dateTime(4);
        e.method = rows.text(5);
        e.outcome = rows.text(6);
        e.address = rows.text(7);
        e.workstation = rows.text(8);
        list.append(e);
    }
    return list;
}

} // namespace cj::server
