#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "domain/Role.h"

namespace cj::server {

class Db;

struct UserRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString login;
    QString surname;
    QString firstName;
    QString patronymic;
    QString email;
    QString phone;
    QString position;
    QString passwordHash;
    QByteArray activationCodeHash;
    QDateTime activationExpiresAt;
    bool locked = false;
    QString lockedReason;
    int failedAttempts = 0;
    QDateTime lockoutUntil;
    QDateTime lastLoginAt;
    bool archived = false;
    Roles roles;

    QString fullName() const;  // "Иванова Мария Петровна"
    QString shortName() const; // "Иванова М. П."
    bool isActivated() const { return !passwordHash.isEmpty(); }
};

struct UserFilter {
    qint64 schoolId = 0;
    QString search;  // part of login or name
    QString role;    // wire role name or empty
    bool includeArchived = false;
    bool onlyLockedOut = false; // locked by admin or in a throttling lockout
    QDateTime now;
};

// SQL for accounts and their roles.
class UserStore
{
public:
    static std::optional<UserRecord> byLogin(Db &db, const QString &login);
    static std::optional<UserRecord> byId(Db &db, qint64 id);
    static QList<UserRecord> list(Db &db, const UserFilter &filter);
    static bool loginExists(Db &db, const QString &login);
    // An account of the school with the same full name (case-insensitive).
    static bool nameExists(Db &db, qint64 schoolId, const QString &surname, const QString &firstName,
                           const QString &patronymic);

    static qint64 insert(Db &db, const UserRecord &user);
    static void updateProfile(Db &db, const UserRecord &user);
    static void setRoles(Db &db, qint64 userId, Roles roles);
    static Roles roles(Db &db, qint64 userId);

    static void setPassword(Db &db, qint64 userId, const QString &hash); // also consumes any activation code
    static void setActivationCode(Db &db, qint64 userId, const QByteArray &digest, const QDateTime &expires);
    static void setLocked(Db &db, qint64 userId, bool locked, const QString &reason);

    static void recordFailure(Db &db, qint64 userId, int failedAttempts, const QDateTime &lockoutUntil);
    static void recordSuccess(Db &db, qint64 userId, const QDateTime &at);
    static void clearLockout(Db &db, qint64 userId);
};

} // namespace cj::server
