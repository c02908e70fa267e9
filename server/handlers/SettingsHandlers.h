#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// The school's journal settings: entry windows, rounding, kinds of work, exemptions; and the test clock.
QCborMap settingsGet(RequestContext &ctx);
QCborMap settingsUpdate(RequestContext &ctx);
QCborMap workKindsList(RequestContext &ctx);
QCborMap workKindsSave(RequestContext &ctx);
QCborMap exemptionsSet(RequestContext &ctx);
QCborMap exemptionsRemove(RequestContext &ctx);
QCborMap testSetClock(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
