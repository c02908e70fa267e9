#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// Subjects, the curriculum (учебный план) and the teaching load (распределение нагрузки).
QCborMap subjectsList(RequestContext &ctx);
QCborMap subjectsCreate(RequestContext &ctx);
QCborMap subjectsUpdate(RequestContext &ctx);
QCborMap curriculumList(RequestContext &ctx);
QCborMap curriculumSet(RequestContext &ctx);
QCborMap assignmentsList(RequestContext &ctx);
QCborMap assignmentsSave(RequestContext &ctx);
QCborMap assignmentsDelete(RequestContext &ctx);
QCborMap assignmentsCheck(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
