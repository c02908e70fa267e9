#pragma once

#include <QDate>
#include <QString>

#include "storage/AssignmentStore.h"
#include "storage/ClassStore.h"
#include "storage/LessonStore.h"
#include "storage/StudentStore.h"
#include "storage/SubjectStore.h"
#include "storage/UserStore.h"
#include "storage/YearStore.h"

namespace cj::server {
class RequestContext;
namespace handlers {

// Records of the caller's school by id. A record of another school does not exist for the caller:
// all of these throw not_found.
YearRecord yearOfSchool(RequestContext &ctx, qint64 id);
// The year given by args[key], else the school's current year (Calendar::currentYear).
YearRecord yearFromArgs(RequestContext &ctx, const QString &key);
ClassRecord classOfSchool(RequestContext &ctx, qint64 id, const QDate &countOn = {});
SubjectRecord subjectOfSchool(RequestContext &ctx, qint64 id);
StudentRecord studentOfSchool(RequestContext &ctx, qint64 id);
AssignmentRecord assignmentOfSchool(RequestContext &ctx, qint64 id);
LessonRecord lessonOfSchool(RequestContext &ctx, qint64 id);
// An active (not archived) account of the school holding the teacher role; validation_failed on field
// otherwise.
UserRecord teacherOfSchool(RequestContext &ctx, qint64 id, const QString &field);
// The year of a class, refusing changes (read_only) when it is closed.
YearRecord openYearOf(RequestContext &ctx, qint64 yearId);

} // namespace handlers
} // namespace cj::server
