#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
struct UserRecord;
namespace handlers {

QCborMap usersList(RequestContext &ctx);
QCborMap usersGet(RequestContext &ctx);
QCborMap usersCreate(RequestContext &ctx);
QCborMap usersUpdate(RequestContext &ctx);
QCborMap usersSetRoles(RequestContext &ctx);
QCborMap usersIssueActivation(RequestContext &ctx);
QCborMap usersSetLocked(RequestContext &ctx);
QCborMap usersClearLockout(RequestContext &ctx);
QCborMap sessionsList(RequestContext &ctx);
QCborMap sessionsEnd(RequestContext &ctx);
QCborMap loginLogList(RequestContext &ctx);

QCborMap userToCbor(const UserRecord &user);
// Issues a new one-time activation code for the account and returns the slip to print
// ({id, login, fullName, activationCode, activationExpiresAt}); audited.
QCborMap issueActivationSlip(RequestContext &ctx, const UserRecord &user);

} // namespace handlers
} // namespace cj::server
