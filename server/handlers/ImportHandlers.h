#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// CSV import of students and staff: a preview that writes nothing, and the commit.
QCborMap importPreview(RequestContext &ctx);
QCborMap importCommit(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
