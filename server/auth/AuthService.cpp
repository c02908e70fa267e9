#include "auth/AuthService.h"

#include <QLoggingCategory>

#include "app/Clock.h"
#include "auth/Credentials.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "storage/SchoolStore.h"
#include "storage/SessionStore.h"

Q_LOGGING_CATEGORY(lcAuth, "cj.auth")

namespace cj::server {

using protocol::ErrorCode;

namespace {
AuthService::Settings g_settings;

// Verifying against a fixed hash for unknown logins keeps their timing like real ones.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("no such user, no such password 1"));
    return hash;
}

bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

void AuthService::configure(const Settings &settings)
{
    g_settings = settings;
}

const AuthService::Settings &AuthService::settings()
{
    return g_settings;
}

void AuthService::refuse(Db &db, const UserRecord *user, const QString &login, const QString &method,
                         const QString &outcome, const ConnectionInfo &connection, int errorCode,
                         const QString &message, int retryAfter)
{
    LoginLogStore::append(db, user ? user->schoolId : 0, user ? user->id : 0, login, method, outcome,
                          connection.address, connection.workstation, Clock::now());
    qCInfo(lcAuth).noquote() << "login refused:" << login << method << outcome << "from" << connection.address;
    QCborMap details;
    if (retryAfter > 0)
        details.insert(QStringLiteral("retryAfter"), retryAfter);
    throw RpcError(ErrorCode(errorCode), message, details);
}

void AuthService::checkThrottles(Db &db, const UserRecord *user, const QString &login, const QString &method,
                                 const ConnectionInfo &connection)
{
    const QDateTime now = Clock::now();
    const int addressWait = LoginThrottle::instance().retryAfter(connection.address, now);
    if (addressWait > 0)
        refuse(db, user, login, method, QStringLiteral("throttled_address"), connection, int(ErrorCode::Throttled),
               QStringLiteral("too many failed attempts from this address"), addressWait);
    if (user && user->lockoutUntil.isValid() && user->lockoutUntil > now)
        refuse(db, user, login, method, QStringLiteral("throttled_account"), connection, int(ErrorCode::Throttled),
               QStringLiteral("too many failed attempts for this account"), int(now.secsTo(user->lockoutUntil)) + 1);
}

void AuthService::countFailure(Db &db, const UserRecord *user, const QString &login, const QString &method,
                               const ConnectionInfo &connection, const QString &outcome)
{
    const QDateTime now = Clock::now();
    LoginThrottle::instance().recordFailure(connection.address, now);
    if (user) {
        const int failures = user->failedAttempts + 1;
        QDateTime lockout;
        if (failures >= g_settings.failuresBeforeLockout) {
            // 1, 2, 4 ... minutes, up to the maximum: slows guessing without locking people out for long.
            const int step = qMin(failures - g_settings.failuresBeforeLockout, 10);
            lockout = now.addSecs(60LL * qMin(g_settings.maxLockoutMinutes, 1 << step));
            qCWarning(lcAuth).noquote() << "account" << login << "locked out until" << lockout.toString(Qt::ISODate);
        }
        UserStore::recordFailure(db, user->id, failures, lockout);
    }
    refuse(db, user, login, method, outcome, connection, int(ErrorCode::AuthFailed),
           method == QLatin1String("activation") ? QStringLiteral("wrong login or activation code")
                                                 : QStringLiteral("wrong login or password"));
}

AuthService::SignedIn AuthService::loginWithPassword(Db &db, const QString &login, const QString &password,
                                                     const ConnectionInfo &connection)
{
    const QString method = QStringLiteral("password");
    const std::optional<UserRecord> user = UserStore::byLogin(db, login.trimmed());
    const UserRecord *u = user ? &*user : nullptr;
    checkThrottles(db, u, login, method, connection);
    const bool ok = PasswordHasher::verify(u && u->isActivated() ? u->passwordHash : dummyHash(), password);
    if (!ok || !u || u->archived)
        countFailure(db, u, login, method, connection, QStringLiteral("wrong_password"));
    if (u->locked)
        refuse(db, u, login, method, QStringLiteral("locked"), connection, int(ErrorCode::AccountLocked),
               QStringLiteral("the account is locked by the administrator"));
    SignedIn signedIn = openSession(db, *u, method, connection);
    if (PasswordHasher::needsRehash(u->passwordHash))
        UserStore::setPassword(db, u->id, PasswordHasher::hash(password));
    return signedIn;
}

AuthService::SignedIn AuthService::activate(Db &db, const QString &login, const QString &code,
                                            const QString &newPassword, const ConnectionInfo &connection)
{
    const QString method = QStringLiteral("activation");
    const std::optional<UserRecord> user = UserStore::byLogin(db, login.trimmed());
    const UserRecord *u = user ? &*user : nullptr;
    checkThrottles(db, u, login, method, connection);
    const QByteArray digest = credentials::digest(credentials::normalizeActivationCode(code));
    const bool valid = u && !u->archived && sameDigest(digest, u->activationCodeHash)
        && (!u->activationExpiresAt.isValid() || u->activationExpiresAt > Clock::now());
    if (!valid)
        countFailure(db, u, login, method, connection, QStringLiteral("wrong_code"));
    if (u->locked)
        refuse(db, u, login, method, QStringLiteral("locked"), connection, int(ErrorCode::AccountLocked),
               QStringLiteral("the account is locked by the administrator"));
    const QString weakness = PasswordHasher::weakness(newPassword, u->login);
    if (!weakness.isEmpty()) {
        // Not a failed guess: the code was right. Nothing is consumed, so the person can try again.
        throw RpcError(ErrorCode::WeakPassword, QStringLiteral("password too weak: %1").arg(weakness),
                       QCborMap{{QStringLiteral("rule"), weakness}});
    }
    Transaction tx(db);
    UserStore::setPassword(db, u->id, PasswordHasher::hash(newPassword));
    tx.commit();
    return openSession(db, *u, method, connection);
}

AuthService::SignedIn AuthService::resume(Db &db, const QString &token, const ConnectionInfo &connection)
{
    const QDateTime now = Clock::now();
    const int addressWait = LoginThrottle::instance().retryAfter(connection.address, now);
    if (addressWait > 0)
        throw RpcError(ErrorCode::Throttled, QStringLiteral("too many failed attempts from this address"),
                       QCborMap{{QStringLiteral("retryAfter"), addressWait}});
    const std::optional<SessionRecord> session = SessionStore::findOpen(db, credentials::digest(token));
    if (!session) {
        LoginThrottle::instance().recordFailure(connection.address, now);
        throw RpcError(ErrorCode::SessionInvalid, QStringLiteral("the session has ended; sign in again"));
    }
    const std::optional<UserRecord> user = UserStore::byId(db, session->userId);
    if (session->expiresAt <= now || !user || user->locked || user->archived) {
        SessionStore::end(db, session->id, now, QStringLiteral("expired"));
        LoginLogStore::append(db, user ? user->schoolId : 0, session->userId, session->userLogin,
                              QStringLiteral("token"), QStringLiteral("expired"), connection.address,
                              connection.workstation, now);
        throw RpcError(ErrorCode::SessionInvalid, QStringLiteral("the session has expired; sign in again"));
    }
    Transaction tx(db);
    touchSession(db, session->id, connection);
    LoginLogStore::append(db, user->schoolId, user->id, user->login, QStringLiteral("token"), QStringLiteral("ok"),
                          connection.address, connection.workstation, now);
    tx.commit();
    SignedIn signedIn;
    signedIn.caller = loadCaller(db, user->id, session->id, connection);
    signedIn.token = token;
    signedIn.expiresAt = SessionStore::byId(db, session->id)->expiresAt;
    signedIn.user = *user;
    return signedIn;
}

void AuthService::logout(Db &db, const Caller &caller)
{
    SessionStore::end(db, caller.sessionId, Clock::now(), QStringLiteral("logout"));
}

QString AuthService::issueActivationCode(Db &db, qint64 userId, QDateTime *expiresAt)
{
    const QString code = credentials::newActivationCode();
    *expiresAt = Clock::now().addDays(g_settings.activationValidDays);
    UserStore::setActivationCode(db, userId, credentials::digest(credentials::normalizeActivationCode(code)), *expiresAt);
    return code;
}

AuthService::SignedIn AuthService::openSession(Db &db, const UserRecord &user, const QString &method,
                                               const ConnectionInfo &connection)
{
    const QDateTime now = Clock::now();
    SignedIn signedIn;
    signedIn.token = credentials::newSessionToken();
    signedIn.expiresAt = qMin(now.addDays(g_settings.sessionMaxDays), now.addSecs(3600LL * g_settings.sessionIdleHours));
    Transaction tx(db);
    const qint64 sessionId = SessionStore::create(db, user.id, credentials::digest(signedIn.token), now,
                                                  signedIn.expiresAt, connection.workstation, connection.address);
    UserStore::recordSuccess(db, user.id, now);
    LoginLogStore::append(db, user.schoolId, user.id, user.login, method, QStringLiteral("ok"), connection.address,
                          connection.workstation, now);
    tx.commit();
    signedIn.caller = loadCaller(db, user.id, sessionId, connection);
    signedIn.user = user;
    qCInfo(lcAuth).noquote() << "signed in:" << user.login << "session" << sessionId << "from" << connection.address;
    return signedIn;
}

Caller AuthService::loadCaller(Db &db, qint64 userId, qint64 sessionId, const ConnectionInfo &connection)
{
    Caller caller;
    const std::optional<UserRecord> user = UserStore::byId(db, userId);
    if (!user)
        return caller;
    caller.userId = user->id;
    caller.schoolId = user->schoolId;
    caller.sessionId = sessionId;
    caller.login = user->login;
    caller.fullName = user->fullName();
    caller.roles = user->roles;
    caller.classTeacherOf = SchoolStore::classesLedBy(db, user->id);
    caller.workstation = connection.workstation;
    caller.address = connection.address;
    return caller;
}

void AuthService::touchSession(Db &db, qint64 sessionId, const ConnectionInfo &connection)
{
    const QDateTime now = Clock::now();
    const std::optional<SessionRecord> session = SessionStore::byId(db, sessionId);
    if (!session || session->endedAt.isValid())
        return;
    const QDateTime expires = qMin(session->createdAt.addDays(g_settings.sessionMaxDays),
                                   now.addSecs(3600LL * g_settings.sessionIdleHours));
    SessionStore::touch(db, sessionId, now, expires, connection.workstation, connection.address);
}

} // namespace cj::server
