#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QList>

#include <optional>

#include "reports/MovementBalance.h"
#include "storage/ClassStore.h"
#include "storage/JournalStore.h"
#include "storage/YearStore.h"

namespace cj::server {
class Db;
class RequestContext;
struct Tally;
namespace handlers {

// The parts several reports share (the class teacher's report is made of three of them).

// Everyone on the class's list at some time in [from, to], alphabetical, with joinedOn/leftOn when
// their time in the class starts or ends inside the range.
QList<PageStudent> classRoster(Db &db, qint64 classId, const QDate &from, const QDate &to);

QCborMap tallyToCbor(const Tally &tally);

// Итоги успеваемости at the end of a period (periodId) or of the year (periodId 0, ending endsOn):
// `subjects`, `class` (unless for one assignment) and `formula`, as in reports.periodResults.
struct ResultsRequest {
    ClassRecord cls;
    qint64 yearId = 0;
    qint64 periodId = 0;
    QDate endsOn;
    std::optional<AssignmentContext> assignment; // one subject, that assignment's pupils
};
QCborMap resultsSection(RequestContext &ctx, const ResultsRequest &request);

// Сводная ведомость посещаемости: `months`, `students`, `totals`, as in reports.attendanceStatement.
QCborMap attendanceSection(RequestContext &ctx, const ClassRecord &cls, const QDate &from, const QDate &to);

// The rows of a movement statement: the periods of a scheme (the school's: quarters, else halves)
// and the stretch of the year each row covers (reports/MovementBalance).
struct MovementPeriods {
    QList<PeriodRecord> periods;
    QList<MovementSpan> spans;
};
MovementPeriods movementPeriods(const YearRecord &year, const ClassRecord *cls);

// Движение учащихся of a class (its periods) or of the school (cls null: quarters): `rows` and the
// `year` totals, as in reports.movementStatement.
QCborMap movementSection(RequestContext &ctx, const YearRecord &year, const ClassRecord *cls);

} // namespace handlers
} // namespace cj::server
