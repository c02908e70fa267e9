#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct SessionRecord {
    qint64 id = 0;
    qint64 userId = 0;
    QString userLogin;
    QString userName;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;
    QDateTime endedAt;
    QString workstation;
    QString address;
};

// SQL for login sessions. Tokens are stored as digests only.
class SessionStore
{
public:
    static qint64 create(Db &db, qint64 userId, const QByteArray &tokenDigest, const QDateTime &now,
                         const QDateTime &expires, const QString &workstation, const QString &address);
    static std::optional<SessionRecord> findOpen(Db &db, const QByteArray &tokenDigest);
    static std::optional<SessionRecord> byId(Db &db, qint64 id);
    static void touch(Db &db, qint64 sessionId, const QDateTime &now, const QDateTime &expires,
                      const QString &workstation, const QString &address);
    static bool end(Db &db, qint64 sessionId, const QDateTime &now, const QString &reason);
    static QList<qint64> endAllOfUser(Db &db, qint64 userId, const QDateTime &now, const QString &reason,
                                      qint64 exceptSession = 0);
    static QList<SessionRecord> listOpen(Db &db, qint64 schoolId, qint64 userId, const QDateTime &now);
};

struct LoginLogEntry {
    qint64 id = 0;
    qint64 userId = 0;
    QString login;
    QString userName;
    QDateTime at;
    QString method;
    QString outcome;
    QString address;
    QString workstation;
};

struct LoginLogFilter {
    qint64 schoolId = 0;
    qint64 userId = 0;
    QDateTime from;
    QDateTime to;
    QString outcome;
    int limit = 500;
};

// SQL for the login log: every attempt, kept for usage monitoring.
class LoginLogStore
{
public:
    static void append(Db &db, qint64 schoolId, qint64 userId, const QString &login, const QString &method,
                       const QString &outcome, const QString &address, const QString &workstation, const QDateTime &at);
    static QList<LoginLogEntry> list(Db &db, const LoginLogFilter &filter);
};

} // namespace cj::server
