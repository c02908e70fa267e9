#pragma once

#include <QCborMap>

namespace cj::server {
class RequestContext;
namespace handlers {

// The journal page and the diary (docs/protocol.md "The journal").
QCborMap journalOpen(RequestContext &ctx);
QCborMap journalClose(RequestContext &ctx);
QCborMap journalSetMarks(RequestContext &ctx);
QCborMap journalSetAttendance(RequestContext &ctx);
QCborMap journalSetAbsenceReason(RequestContext &ctx);
QCborMap journalSetLesson(RequestContext &ctx);
QCborMap journalSetFinalMark(RequestContext &ctx);
QCborMap journalHistory(RequestContext &ctx);
QCborMap absencesList(RequestContext &ctx);
QCborMap diaryGet(RequestContext &ctx);

} // namespace handlers
} // namespace cj::server
