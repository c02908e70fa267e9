#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// КТП: the calendar-thematic plan of an assignment (000 §4.4.7).
QCborMap planGet(RequestContext &ctx);
QCborMap planSave(RequestContext &ctx);
QCborMap planImportCsv(RequestContext &ctx);
QCborMap planApply(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
