#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// Замена сведений в электронном журнале (003 §2.3.4): filing, the register, approving, rejecting.
QCborMap correctionsFile(RequestContext &ctx);
QCborMap correctionsList(RequestContext &ctx);
QCborMap correctionsDecide(RequestContext &ctx);
QCborMap correctionsWithdraw(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
