#include "handlers/UserHandlers.h"

#include <QCborArray>
#include <QRegularExpression>

#include "app/Clock.h"
#include "auth/AuthService.h"
#include "auth/LoginNames.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "storage/SessionStore.h"
#include "storage/UserStore.h"
#include "db/Db.h"

namespace cj::server::handlers {

using protocol::ErrorCode;
using protocol::dateTimeToWire;

namespace {
QCborValue timeOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QCborValue(dateTimeToWire(dt)) : QCborValue(nullptr);
}

// Accounts of another school do not exist as far as this caller is concerned.
UserRecord userOfSchool(RequestContext &ctx, qint64 id)
{
    std::optional<UserRecord> user = UserStore::byId(ctx.db, id);
    if (!user || user->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("user %1").arg(id));
    return *user;
}

Roles readRoles(RequestContext &ctx)
{
    const QStringList names = ctx.args.stringList(QStringLiteral("roles"), 10, 20);
    QStringList unknown;
    const Roles roles = rolesFromNames(names, &unknown);
    if (!unknown.isEmpty())
        invalid(QStringLiteral("roles"), QStringLiteral("unknown role '%1'").arg(unknown.first()));
    return roles;
}

// The school must keep at least one administrator who can sign in.
void keepAnAdmin(RequestContext &ctx, qint64 userLosingAdmin)
{
    UserFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    filter.role = roleName(Role::Admin);
    for (const UserRecord &u : UserStore::list(ctx.db, filter)) {
        if (u.id != userLosingAdmin && !u.locked && !u.archived)
            return;
    }
    throw RpcError(ErrorCode::RuleViolation, QStringLiteral("the school would be left without an administrator"),
                   QCborMap{{QStringLiteral("rule"), QStringLiteral("last_admin")}});
}

QCborMap auditView(const UserRecord &u)
{
    return QCborMap{{QStringLiteral("login"), u.login},
                    {QStringLiteral("name"), u.fullName()},
                    {QStringLiteral("roles"), QCborArray::fromStringList(roleNames(u.roles))},
                    {QStringLiteral("locked"), u.locked},
                    {QStringLiteral("archived"), u.archived}};
}

QString readName(RequestContext &ctx, const QString &key)
{
    return ctx.args.nonEmptyString(key, 100);
}
} // namespace

QCborMap userToCbor(const UserRecord &u)
{
    return QCborMap{{QStringLiteral("id"), u.id},
                    {QStringLiteral("login"), u.login},
                    {QStringLiteral("surname"), u.surname},
                    {QStringLiteral("firstName"), u.firstName},
                    {QStringLiteral("patronymic"), u.patronymic},
                    {QStringLiteral("fullName"), u.fullName()},
                    {QStringLiteral("shortName"), u.shortName()},
                    {QStringLiteral("email"), u.email},
                    {QStringLiteral("phone"), u.phone},
                    {QStringLiteral("position"), u.position},
                    {QStringLiteral("roles"), QCborArray::fromStringList(roleNames(u.roles))},
                    {QStringLiteral("activated"), u.isActivated()},
                    {QStringLiteral("activationPending"), !u.activationCodeHash.isEmpty()},
                    {QStringLiteral("locked"), u.locked},
                    {QStringLiteral("lockedReason"), u.lockedReason},
                    {QStringLiteral("failedAttempts"), u.failedAttempts},
                    {QStringLiteral("lockoutUntil"),
                     u.lockoutUntil.isValid() && u.lockoutUntil > Clock::now() ? timeOrNull(u.lockoutUntil) : QCborValue(nullptr)},
                    {QStringLiteral("lastLoginAt"), timeOrNull(u.lastLoginAt)},
                    {QStringLiteral("archived"), u.archived}};
}

QCborMap usersList(RequestContext &ctx)
{
    UserFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    filter.search = ctx.args.string(QStringLiteral("search"), QString(), 100);
    filter.role = ctx.args.string(QStringLiteral("role"), QString(), 20);
    filter.includeArchived = ctx.args.boolean(QStringLiteral("includeArchived"), false);
    filter.onlyLockedOut = ctx.args.boolean(QStringLiteral("onlyLockedOut"), false);
    filter.now = Clock::now();
    QCborArray users;
    for (const UserRecord &u : UserStore::list(ctx.db, filter))
        users.append(userToCbor(u));
    return QCborMap{{QStringLiteral("users"), users}};
}

QCborMap usersGet(RequestContext &ctx)
{
    return userToCbor(userOfSchool(ctx, ctx.args.id(QStringLiteral("id"))));
}

QCborMap usersCreate(RequestContext &ctx)
{
    UserRecord u;
    u.schoolId = ctx.caller.schoolId;
    u.surname = readName(ctx, QStringLiteral("surname"));
    u.firstName = readName(ctx, QStringLiteral("firstName"));
    u.patronymic = ctx.args.string(QStringLiteral("patronymic"), QString(), 100).trimmed();
    u.email = ctx.args.string(QStringLiteral("email"), QString(), 200).trimmed();
    u.phone = ctx.args.string(QStringLiteral("phone"), QString(), 50).trimmed();
    u.position = ctx.args.string(QStringLiteral("position"), QString(), 200).trimmed();
    u.roles = readRoles(ctx);
    if (!u.roles)
        invalid(QStringLiteral("roles"), QStringLiteral("an account needs at least one role"));
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (const auto login = ctx.args.optionalString(QStringLiteral("login"), 64); login && !login->trimmed().isEmpty()) {
        u.login = login->trimmed().toLower();
        if (!loginPattern.match(u.login).hasMatch())
            invalid(QStringLiteral("login"), QStringLiteral("a login is 2-64 Latin letters, digits, '.', '_' or '-'"));
        if (UserStore::loginExists(ctx.db, u.login))
            throw RpcError(ErrorCode::Conflict, QStringLiteral("login '%1' is taken").arg(u.login),
                           QCborMap{{QStringLiteral("field"), QStringLiteral("login")}});
    } else {
        u.login = availableLogin(ctx.db, u.surname, u.firstName, u.patronymic);
    }
    u.id = UserStore::insert(ctx.db, u);
    QDateTime expires;
    const QString code = AuthService::issueActivationCode(ctx.db, u.id, &expires);
    ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("create"), {}, auditView(u));
    return QCborMap{{QStringLiteral("id"), u.id},
                    {QStringLiteral("login"), u.login},
                    {QStringLiteral("activationCode"), code},
                    {QStringLiteral("activationExpiresAt"), dateTimeToWire(expires)}};
}

QCborMap usersUpdate(RequestContext &ctx)
{
    UserRecord u = userOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    const QCborMap before = auditView(u);
    if (ctx.args.has(QStringLiteral("surname")))
        u.surname = readName(ctx, QStringLiteral("surname"));
    if (ctx.args.has(QStringLiteral("firstName")))
        u.firstName = readName(ctx, QStringLiteral("firstName"));
    u.patronymic = ctx.args.string(QStringLiteral("patronymic"), u.patronymic, 100).trimmed();
    u.email = ctx.args.string(QStringLiteral("email"), u.email, 200).trimmed();
    u.phone = ctx.args.string(QStringLiteral("phone"), u.phone, 50).trimmed();
    u.position = ctx.args.string(QStringLiteral("position"), u.position, 200).trimmed();
    const bool archive = ctx.args.boolean(QStringLiteral("archived"), u.archived);
    if (archive && !u.archived) {
        if (u.id == ctx.caller.userId)
            throw RpcError(ErrorCode::RuleViolation, QStringLiteral("you cannot archive your own account"));
        if (u.roles.testFlag(Role::Admin))
            keepAnAdmin(ctx, u.id);
        ctx.effects.endedSessions = SessionStore::endAllOfUser(ctx.db, u.id, Clock::now(), QStringLiteral("archived"));
    }
    u.archived = archive;
    UserStore::updateProfile(ctx.db, u);
    ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("update"), before, auditView(u));
    ctx.effects.changedUsers.append(u.id);
    return userToCbor(u);
}

QCborMap usersSetRoles(RequestContext &ctx)
{
    UserRecord u = userOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    const Roles roles = readRoles(ctx);
    if (!roles)
        invalid(QStringLiteral("roles"), QStringLiteral("an account needs at least one role"));
    if (u.roles.testFlag(Role::Admin) && !roles.testFlag(Role::Admin))
        keepAnAdmin(ctx, u.id);
    const QCborMap before = auditView(u);
    UserStore::setRoles(ctx.db, u.id, roles);
    u.roles = roles;
    ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("set_roles"), before, auditView(u));
    ctx.effects.changedUsers.append(u.id);
    return userToCbor(u);
}

QCborMap issueActivationSlip(RequestContext &ctx, const UserRecord &u)
{
    if (u.archived)
        throw RpcError(ErrorCode::RuleViolation, QStringLiteral("the account is archived"));
    QDateTime expires;
    const QString code = AuthService::issueActivationCode(ctx.db, u.id, &expires);
    ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("issue_activation"), {}, {});
    return QCborMap{{QStringLiteral("id"), u.id},
                    {QStringLiteral("login"), u.login},
                    {QStringLiteral("fullName"), u.fullName()},
                    {QStringLiteral("activationCode"), code},
                    {QStringLiteral("activationExpiresAt"), dateTimeToWire(expires)}};
}

QCborMap usersIssueActivation(RequestContext &ctx)
{
    return issueActivationSlip(ctx, userOfSchool(ctx, ctx.args.id(QStringLiteral("id"))));
}

QCborMap usersSetLocked(RequestContext &ctx)
{
    UserRecord u = userOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    const bool locked = ctx.args.boolean(QStringLiteral("locked"));
    const QString reason = ctx.args.string(QStringLiteral("reason"), QString(), 500).trimmed();
    if (locked && u.id == ctx.caller.userId)
        throw RpcError(ErrorCode::RuleViolation, QStringLiteral("you cannot lock your own account"));
    if (locked && u.roles.testFlag(Role::Admin))
        keepAnAdmin(ctx, u.id);
    const QCborMap before = auditView(u);
    UserStore::setLocked(ctx.db, u.id, locked, locked ? reason : QString());
    if (locked)
        ctx.effects.endedSessions = SessionStore::endAllOfUser(ctx.db, u.id, Clock::now(), QStringLiteral("locked"));
    u.locked = locked;
    u.lockedReason = locked ? reason : QString();
    ctx.audit(QStringLiteral("user"), u.id, locked ? QStringLiteral("lock") : QStringLiteral("unlock"), before,
              auditView(u));
    return userToCbor(u);
}

QCborMap usersClearLockout(RequestContext &ctx)
{
    UserRecord u = userOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    UserStore::clearLockout(ctx.db, u.id);
    u.failedAttempts = 0;
    u.lockoutUntil = QDateTime();
    ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("clear_lockout"), {}, {});
    return userToCbor(u);
}

QCborMap sessionsList(RequestContext &ctx)
{
    const qint64 userId = ctx.args.optionalId(QStringLiteral("userId")).value_or(0);
    QCborArray sessions;
    for (const SessionRecord &s : SessionStore::listOpen(ctx.db, ctx.caller.schoolId, userId, Clock::now())) {
        sessions.append(QCborMap{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("userId"), s.userId},
                                 {QStringLiteral("login"), s.userLogin},
                                 {QStringLiteral("userName"), s.userName},
                                 {QStringLiteral("createdAt"), dateTimeToWire(s.createdAt)},
                                 {QStringLiteral("lastSeenAt"), dateTimeToWire(s.lastSeenAt)},
                                 {QStringLiteral("expiresAt"), dateTimeToWire(s.expiresAt)},
                                 {QStringLiteral("workstation"), s.workstation},
                                 {QStringLiteral("address"), s.address}});
    }
    return QCborMap{{QStringLiteral("sessions"), sessions}};
}

QCborMap sessionsEnd(RequestContext &ctx)
{
    const auto sessionId = ctx.args.optionalId(QStringLiteral("sessionId"));
    const auto userId = ctx.args.optionalId(QStringLiteral("userId"));
    if (!sessionId == !userId)
        invalid(QStringLiteral("sessionId"), QStringLiteral("give exactly one of sessionId and userId"));
    const QDateTime now = Clock::now();
    QList<qint64> ended;
    if (sessionId) {
        const std::optional<SessionRecord> s = SessionStore::byId(ctx.db, *sessionId);
        if (!s || userOfSchool(ctx, s->userId).id == 0)
            notFound(QStringLiteral("session"));
        if (SessionStore::end(ctx.db, *sessionId, now, QStringLiteral("ended by administrator")))
            ended.append(*sessionId);
        ctx.audit(QStringLiteral("user"), s->userId, QStringLiteral("end_session"), {},
                  QCborMap{{QStringLiteral("sessionId"), *sessionId}});
    } else {
        const UserRecord u = userOfSchool(ctx, *userId);
        ended = SessionStore::endAllOfUser(ctx.db, u.id, now, QStringLiteral("ended by administrator"));
        ctx.audit(QStringLiteral("user"), u.id, QStringLiteral("end_sessions"), {},
                  QCborMap{{QStringLiteral("count"), ended.size()}});
    }
    ctx.effects.endedSessions = ended;
    return QCborMap{{QStringLiteral("ended"), ended.size()}};
}

QCborMap loginLogList(RequestContext &ctx)
{
    LoginLogFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    filter.userId = ctx.args.optionalId(QStringLiteral("userId")).value_or(0);
    filter.outcome = ctx.args.string(QStringLiteral("outcome"), QString(), 40);
    if (const auto from = ctx.args.optionalDateTime(QStringLiteral("from")))
        filter.from = *from;
    if (const auto to = ctx.args.optionalDateTime(QStringLiteral("to")))
        filter.to = *to;
    filter.limit = int(ctx.args.optionalInteger(QStringLiteral("limit")).value_or(500));
    filter.limit = qBound(1, filter.limit, 5000);
    QCborArray entries;
    for (const LoginLogEntry &e : LoginLogStore::list(ctx.db, filter)) {
        entries.append(QCborMap{{QStringLiteral("id"), e.id},
                                {QStringLiteral("userId"), e.userId},
                                {QStringLiteral("login"), e.login},
                                {QStringLiteral("userName"), e.userName},
                                {QStringLiteral("at"), dateTimeToWire(e.at)},
                                {QStringLiteral("method"), e.method},
                                {QStringLiteral("outcome"), e.outcome},
                                {QStringLiteral("address"), e.address},
                                {QStringLiteral("workstation"), e.workstation}});
    }
    return QCborMap{{QStringLiteral("entries"), entries}};
}

} // namespace cj::server::handlers
