#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// The weekly schedule, the lessons on the calendar, and substitutions.
QCborMap scheduleList(RequestContext &ctx);
QCborMap scheduleSet(RequestContext &ctx);
QCborMap scheduleRemove(RequestContext &ctx);
QCborMap lessonsGenerate(RequestContext &ctx);
QCborMap lessonsList(RequestContext &ctx);
QCborMap lessonsAdd(RequestContext &ctx);
QCborMap lessonsDelete(RequestContext &ctx);
QCborMap substitutionsSet(RequestContext &ctx);
QCborMap substitutionsRemove(RequestContext &ctx);
QCborMap substitutionsList(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
