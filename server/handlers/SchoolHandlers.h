#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

QCborMap schoolGet(RequestContext &ctx);
QCborMap schoolUpdate(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
