#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// reports.* (docs/protocol.md "Reports"): the server computes each report's data, clients render it.

// Class statements (ClassReportHandlers.cpp).
QCborMap reportsClassJournal(RequestContext &ctx);
QCborMap reportsSubjectPages(RequestContext &ctx);
QCborMap reportsProgressStatement(RequestContext &ctx);
QCborMap reportsAttendanceStatement(RequestContext &ctx);
QCborMap reportsAttendanceMonth(RequestContext &ctx);
QCborMap reportsMovementStatement(RequestContext &ctx);

// Results of teaching (ResultReportHandlers.cpp).
QCborMap reportsPeriodResults(RequestContext &ctx);
QCborMap reportsForecast(RequestContext &ctx);
QCborMap reportsClassTeacherReport(RequestContext &ctx);
QCborMap reportsParentLetters(RequestContext &ctx);
QCborMap reportsStudentDynamics(RequestContext &ctx);

// School-wide tables (SchoolReportHandlers.cpp).
QCborMap reportsSchoolEnrolment(RequestContext &ctx);
QCborMap reportsSchoolMovement(RequestContext &ctx);
QCborMap reportsSchoolResults(RequestContext &ctx);

// Контроль ведения журнала (ControlReportHandlers.cpp).
QCborMap reportsJournalControl(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
