#pragma once

#include <QCborMap>
#include <QHash>

#include <optional>

#include "domain/Grading.h"
#include "storage/JournalStore.h"
#include "storage/YearStore.h"
#include "storage/WorkKindStore.h"

namespace cj::server {

struct LessonDeadlines;
struct Publication;

// How journal records travel (docs/protocol.md "The journal": Mark, Cell, Stats, FinalMark, Lesson).
namespace journalcbor {
QCborMap mark(const MarkRow &mark);
QCborMap cell(qint64 lessonId, qint64 studentId, const QList<MarkRow> &marks, const std::optional<AttendanceRow> &attendance);
QCborMap stats(qint64 studentId, const MarkStats &stats);
// The bytes encoding the maps above gives, written without the maps (a mark save's answer).
QByteArray cellBytes(qint64 lessonId, qint64 studentId, const QList<MarkRow> &marks, const std::optional<AttendanceRow> &attendance);
QByteArray statsBytes(qint64 studentId, const MarkStats &stats);
// journal.setMarks' answer {cell, stats}, of the cell's and its student's figures' bytes.
QByteArray savedCellBytes(const QByteArray &cell, const QByteArray &stats);
QCborMap finalMark(const FinalMarkRow &mark);
QCborMap assignment(const AssignmentContext &a);
QCborMap workKind(const WorkKind &kind);
QCborMap journalLesson(const LessonContext &lesson, const Bells &bells,
                       const LessonDeadlines &deadlines, bool canEdit);
// The topic of a page's live updates, and an event.journalChanged about one change to it.
QString topic(qint64 assignmentId);
Publication changed(qint64 assignmentId, const QCborMap &change);
Publication changed(qint64 assignmentId, const QByteArray &change); // an encoded change
// An event.journalChanged that asks the page to load itself again (no changes listed).
Publication reload(qint64 assignmentId);
// A cell's change, with its student's figures unless `stats` is empty; as a map and as bytes.
QCborMap cellChange(const QCborMap &cell, const QCborMap &stats);
QByteArray cellChangeBytes(const QByteArray &cell, const QByteArray &stats);
} // namespace journalcbor

} // namespace cj::server
