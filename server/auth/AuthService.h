#pragma once

#include <QDateTime>
#include <QString>

#include "rpc/Caller.h"
#include "storage/UserStore.h"

namespace cj::server {

class Db;
struct ConnectionInfo;

// The rules of signing in: passwords, one-time activation codes, session tokens, and the
// brute-force brakes. Every attempt is written to the login log, whatever its outcome.
class AuthService
{
public:
    struct Settings {
        int sessionIdleHours = 12;
        int sessionMaxDays = 7;
        int activationValidDays = 30;
        int failuresBeforeLockout = 5;
        int maxLockoutMinutes = 60;
    };
    static void configure(const Settings &settings);
    static const Settings &settings();

    struct SignedIn {
        Caller caller;
        QString token;
        QDateTime expiresAt;
        UserRecord user;
    };

    // All throw RpcError on refusal (auth_failed, account_locked, throttled, activation_invalid ...).
    static SignedIn loginWithPassword(Db &db, const QString &login, const QString &password,
                                      const ConnectionInfo &connection);
    static SignedIn activate(Db &db, const QString &login, const QString &code, const QString &newPassword,
                             const ConnectionInfo &connection);
    static SignedIn resume(Db &db, const QString &token, const ConnectionInfo &connection);
    static void logout(Db &db, const Caller &caller);

    // Issues a fresh activation code for an account; returns the code in clear (shown once).
    static QString issueActivationCode(Db &db, qint64 userId, QDateTime *expiresAt);

    // The caller of an open session, with current roles and class-teacher assignments.
    static Caller loadCaller(Db &db, qint64 userId, qint64 sessionId, const ConnectionInfo &connection);
    // Remembers the session was in use until now (called when a connection closes).
    static void touchSession(Db &db, qint64 sessionId, const ConnectionInfo &connection);

private:
    static SignedIn openSession(Db &db, const UserRecord &user, const QString &method, const ConnectionInfo &connection);
    [[noreturn]] static void refuse(Db &db, const UserRecord *user, const QString &login, const QString &method,
                                    const QString &outcome, const ConnectionInfo &connection, int errorCode,
                                    const QString &message, int retryAfter = 0);
    static void checkThrottles(Db &db, const UserRecord *user, const QString &login, const QString &method,
                               const ConnectionInfo &connection);
    static void countFailure(Db &db, const UserRecord *user, const QString &login, const QString &method,
                             const ConnectionInfo &connection, const QString &outcome);
};

} // namespace cj::server
