#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// Classes and their subgroups.
QCborMap classesList(RequestContext &ctx);
QCborMap classesCreate(RequestContext &ctx);
QCborMap classesUpdate(RequestContext &ctx);
QCborMap classesDelete(RequestContext &ctx);
QCborMap subgroupsList(RequestContext &ctx);
QCborMap subgroupsCreate(RequestContext &ctx);
QCborMap subgroupsDelete(RequestContext &ctx);
QCborMap subgroupsAssign(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
