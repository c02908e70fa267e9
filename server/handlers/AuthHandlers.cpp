#include "handlers/AuthHandlers.h"

#include <QCborArray>

#include "app/Clock.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "handlers/UserHandlers.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "storage/GuardianStore.h"
#include "storage/SchoolStore.h"
#include "storage/StudentStore.h"
#include "storage/SessionStore.h"

namespace cj::server::handlers {

using protocol::ErrorCode;
using protocol::dateTimeToWire;
using protocol::dateToWire;

namespace {
QCborMap whoAmI(RequestContext &ctx, const Caller &caller)
{
    const std::optional<UserRecord> user = UserStore::byId(ctx.db, caller.userId);
    const std::optional<SchoolRecord> school = SchoolStore::byId(ctx.db, caller.schoolId);
    QCborMap map = user ? userToCbor(*user) : QCborMap();
    QCborArray classes;
    for (qint64 id : caller.classTeacherOf)
        classes.append(id);
    map.insert(QStringLiteral("classTeacherOf"), classes);
    map.insert(QStringLiteral("schoolId"), caller.schoolId);
    map.insert(QStringLiteral("schoolName"), school ? school->name : QString());
    map.insert(QStringLiteral("sessionId"), caller.sessionId);
    // Students and parents open their own (child's) diary by these ids.
    auto card = [&](qint64 studentId) {
        const std::optional<StudentRecord> s = StudentStore::byId(ctx.db, studentId);
        const std::optional<MembershipRecord> m = StudentStore::membershipOn(ctx.db, studentId, Clock::today());
        return QCborMap{{QStringLiteral("id"), studentId},
                        {QStringLiteral("fullName"), s ? s->fullName() : QString()},
                        {QStringLiteral("className"), m ? m->className : QString()}};
    };
    QCborArray children;
    if (caller.has(Role::Parent)) {
        for (qint64 id : GuardianStore::childrenOfAccount(ctx.db, caller.userId))
            children.append(card(id));
    }
    map.insert(QStringLiteral("children"), children);
    const QList<qint64> own = caller.has(Role::Student) ? StudentStore::ofAccount(ctx.db, caller.userId) : QList<qint64>();
    map.insert(QStringLiteral("student"), own.isEmpty() ? QCborValue(nullptr) : QCborValue(card(own.first())));
    return map;
}

QCborMap signedInResult(RequestContext &ctx, const AuthService::SignedIn &signedIn)
{
    ctx.effects.newCaller = signedIn.caller;
    return QCborMap{{QStringLiteral("token"), signedIn.token},
                    {QStringLiteral("expiresAt"), dateTimeToWire(signedIn.expiresAt)},
                    {QStringLiteral("user"), whoAmI(ctx, signedIn.caller)},
                    {QStringLiteral("serverTime"), dateTimeToWire(Clock::now())},
                    {QStringLiteral("today"), dateToWire(Clock::today())}};
}

void refuseIfSignedIn(RequestContext &ctx)
{
    if (ctx.caller.isAuthenticated())
        throw RpcError(ErrorCode::Conflict, QStringLiteral("already signed in; log out first"));
}
} // namespace

QCborMap authLogin(RequestContext &ctx)
{
    refuseIfSignedIn(ctx);
    const QString login = ctx.args.nonEmptyString(QStringLiteral("login"), 100);
    const QString password = ctx.args.string(QStringLiteral("password"), 256);
    return signedInResult(ctx, AuthService::loginWithPassword(ctx.db, login, password, ctx.connection));
}

QCborMap authActivate(RequestContext &ctx)
{
    refuseIfSignedIn(ctx);
    const QString login = ctx.args.nonEmptyString(QStringLiteral("login"), 100);
    const QString code = ctx.args.nonEmptyString(QStringLiteral("code"), 64);
    const QString password = ctx.args.string(QStringLiteral("newPassword"), 256);
    return signedInResult(ctx, AuthService::activate(ctx.db, login, code, password, ctx.connection));
}

QCborMap authResume(RequestContext &ctx)
{
    refuseIfSignedIn(ctx);
    const QString token = ctx.args.nonEmptyString(QStringLiteral("token"), 200);
    return signedInResult(ctx, AuthService::resume(ctx.db, token, ctx.connection));
}

QCborMap authLogout(RequestContext &ctx)
{
    AuthService::logout(ctx.db, ctx.caller);
    ctx.effects.newCaller = Caller{};
    return {};
}

QCborMap authChangePassword(RequestContext &ctx)
{
    const QString current = ctx.args.string(QStringLiteral("currentPassword"), 256);
    const QString next = ctx.args.string(QStringLiteral("newPassword"), 256);
    const std::optional<UserRecord> user = UserStore::byId(ctx.db, ctx.caller.userId);
    if (!user || !PasswordHasher::verify(user->passwordHash, current))
        throw RpcError(ErrorCode::AuthFailed, QStringLiteral("the current password is wrong"));
    const QString weakness = PasswordHasher::weakness(next, user->login);
    if (!weakness.isEmpty())
        throw RpcError(ErrorCode::WeakPassword, QStringLiteral("password too weak: %1").arg(weakness),
                       QCborMap{{QStringLiteral("rule"), weakness}});
    UserStore::setPassword(ctx.db, user->id, PasswordHasher::hash(next));
    // Other places this account is signed in lose their session: a changed password means it.
    ctx.effects.endedSessions = SessionStore::endAllOfUser(ctx.db, user->id, Clock::now(),
                                                           QStringLiteral("password changed"), ctx.caller.sessionId);
    ctx.audit(QStringLiteral("user"), user->id, QStringLiteral("change_password"), {}, {});
    return {};
}

QCborMap sessionWhoAmI(RequestContext &ctx)
{
    return whoAmI(ctx, ctx.caller);
}

} // namespace cj::server::handlers
