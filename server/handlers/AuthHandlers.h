#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// hello and ping are answered by the connection; these are the sign-in messages (docs/protocol.md §Auth).
QCborMap authLogin(RequestContext &ctx);
QCborMap authActivate(RequestContext &ctx);
QCborMap authResume(RequestContext &ctx);
QCborMap authLogout(RequestContext &ctx);
QCborMap authChangePassword(RequestContext &ctx);
QCborMap sessionWhoAmI(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
