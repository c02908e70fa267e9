#include "storage/UserStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
const QString kColumns = QStringLiteral(
    "u.id, u.school_id, u.login, u.surname, u.first_name, u.patronymic, u.email, u.phone, u.position, "
    "coalesce(u.password_hash, ''), u.activation_code_hash, u.activation_expires_at, u.locked, u.locked_reason, "
    "u.failed_attempts, u.lockout_until, u.last_login_at, u.archived, "
    "coalesce((SELECT string_agg(role, ',') FROM user_roles r WHERE r.user_id = u.id), '')");

UserRecord readUser(const SqlRows &rows)
{
    UserRecord u;
    u.id = rows.integer(0);
    u.schoolId = rows.integer(1);
    u.login = rows.text(2);
    u.surname = rows.text(3);
    u.firstName = rows.text(4);
    u.patronymic = rows.text(5);
    u.email = rows.text(6);
    u.phone = rows.text(7);
    u.position = rows.text(8);
    u.passwordHash = rows.text(9);
    u.activationCodeHash = rows.bytes(10);
    u.activationExpiresAt = rows.dateTime(11);
    u.locked = rows.boolean(12);
    u.lockedReason = rows.text(13);
    u.failedAttempts = int(rows.integer(14));
    u.lockoutUntil = rows.dateTime(15);
    u.lastLoginAt = rows.dateTime(16);
    u.archived = rows.boolean(17);
    u.roles = rolesFromNames(rows.text(18).split(QLatin1Char(','), Qt::SkipEmptyParts));
    return u;
}
} // namespace

QString UserRecord::fullName() const
{
    QStringList parts{surname, firstName};
    if (!patronymic.isEmpty())
        parts.append(patronymic);
    return parts.join(QLatin1Char(' '));
}

QString UserRecord::shortName() const
{
    QString name = surname;
    if (!firstName.isEmpty())
        name += QLatin1Char(' ') + firstName.left(1) + QLatin1Char('.');
    if (!patronymic.isEmpty())
        name += QLatin1Char(' ') + patronymic.left(1) + QLatin1Char('.');
    return name;
}

std::optional<UserRecord> UserStore::byLogin(Db &db, const QString &login)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users u WHERE u.login = ?"),
                           {login.toLower()});
    if (!rows.next())
        return std::nullopt;
    return readUser(rows);
}

std::optional<UserRecord> UserStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users u WHERE u.id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return readUser(rows);
}

QList<UserRecord> UserStore::list(Db &db, const UserFilter &f)
{
    const QString pattern = QLatin1Char('%') + f.search.toLower() + QLatin1Char('%');
    SqlRows rows = db.exec(
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM users u WHERE u.school_id = ? "
                             "AND (? OR NOT u.archived) "
                             "AND (? = '%%' OR lower(u.login || ' ' || u.surname || ' ' || u.first_name || ' ' || "
                             "u.patronymic) LIKE ?) "
                             "AND (? = '' OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ?)) "
                             "AND (NOT ? OR u.locked OR u.lockout_until > ?) ORDER BY ")
            + PersonSql::orderBy(db, QStringLiteral("u")),
        {f.schoolId, f.includeArchived, pattern, pattern, f.role, f.role, f.onlyLockedOut,
         f.now.isValid() ? f.now : QDateTime::currentDateTimeUtc()});
    return rows.all(readUser);
}

bool UserStore::loginExists(Db &db, const QString &login)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM users WHERE login = ?"), {login.toLower()}).has_value();
}

bool UserStore::nameExists(Db &db, qint64 schoolId, const QString &surname, const QString &firstName,
                           const QString &patronymic)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM users WHERE school_id = ? AND lower(surname) = lower(?) "
                                    "AND lower(first_name) = lower(?) AND lower(patronymic) = lower(?)"),
                     {schoolId, surname, firstName, patronymic})
        .has_value();
}

qint64 UserStore::insert(Db &db, const UserRecord &u)
{
    const qint64 id = db.scalar(QStringLiteral("INSERT INTO users(school_id, login, surname, first_name, patronymic, "
                                               "email, phone, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                {u.schoolId, u.login.toLower(), u.surname, u.firstName, u.patronymic, u.email, u.phone,
                                 u.position})
                          ->toLongLong();
    setRoles(db, id, u.roles);
    return id;
}

void UserStore::updateProfile(Db &db, const UserRecord &u)
{
    db.exec(QStringLiteral("UPDATE users SET surname = ?, first_name = ?, patronymic = ?, email = ?, phone = ?, "
                           "position = ?, archived = ? WHERE id = ?"),
            {u.surname, u.firstName, u.patronymic, u.email, u.phone, u.position, u.archived, u.id});
}

void UserStore::setRoles(Db &db, qint64 userId, Roles roles)
{
    db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ? AND NOT (role = ANY(?::text[]))"),
            {userId, textArrayLiteral(roleNames(roles))});
    db.exec(QStringLiteral("INSERT INTO user_roles(user_id, role) SELECT ?, unnest(?::text[]) ON CONFLICT DO NOTHING"),
            {userId, textArrayLiteral(roleNames(roles))});
}

Roles UserStore::roles(Db &db, qint64 userId)
{
    QStringList names;
    SqlRows rows = db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {userId});
    while (rows.next())
        names.append(rows.text(0));
    return rolesFromNames(names);
}

void UserStore::setPassword(Db &db, qint64 userId, const QString &hash)
{
    db.exec(QStringLiteral("UPDATE users SET password_hash = ?, activation_code_hash = NULL, "
                           "activation_expires_at = NULL, failed_attempts = 0, lockout_until = NULL WHERE id = ?"),
            {hash, userId});
}

void UserStore::setActivationCode(Db &db, qint64 userId, const QByteArray &digest, const QDateTime &expires)
{
    db.exec(QStringLiteral("UPDATE users SET activation_code_hash = ?, activation_expires_at = ? WHERE id = ?"),
            {digest, expires, userId});
}

void UserStore::setLocked(Db &db, qint64 userId, bool locked, const QString &reason)
{
    db.exec(QStringLiteral("UPDATE users SET locked = ?, locked_reason = ? WHERE id = ?"), {locked, reason, userId});
}

void UserStore::recordFailure(Db &db, qint64 userId, int failedAttempts, const QDateTime &lockoutUntil)
{
    db.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, lockout_until = ? WHERE id = ?"),
            {failedAttempts, lockoutUntil.isValid() ? QVariant(lockoutUntil) : QVariant(QMetaType::fromType<QDateTime>()),
             userId});
}

void UserStore::recordSuccess(Db &db, qint64 userId, const QDateTime &at)
{
    db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, lockout_until = NULL, last_login_at = ? WHERE id = ?"),
            {at, userId});
}

void UserStore::clearLockout(Db &db, qint64 userId)
{
    db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, lockout_until = NULL WHERE id = ?"), {userId});
}

} // namespace cj::server
