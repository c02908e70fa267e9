#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// Academic years, their periods and holidays, and the bells.
QCborMap yearsList(RequestContext &ctx);
QCborMap yearsCreate(RequestContext &ctx);
QCborMap yearsUpdate(RequestContext &ctx);
QCborMap periodsSet(RequestContext &ctx);
QCborMap holidaysSave(RequestContext &ctx);
QCborMap holidaysDelete(RequestContext &ctx);
QCborMap bellsList(RequestContext &ctx);
QCborMap bellsSave(RequestContext &ctx);
QCborMap bellsDelete(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
