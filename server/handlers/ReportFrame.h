#pragma once

#include "handlers/StructureViews.h"

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "storage/ClassStore.h"
#include "storage/YearStore.h"

namespace cj::server {
class RequestContext;
namespace handlers {

// What a report covers: its year and, where they apply, the class, the period and the dates.
struct ReportFrame {
    YearRecord year;
    std::optional<ClassRecord> cls;
    std::optional<PeriodRecord> period;
    QDate from;
    QDate to;

    // The header every report's result starts with (docs/protocol.md "Reports").
    QCborMap header(RequestContext &ctx) const;
    // A report's result: its body with the header.
    QCborMap result(RequestContext &ctx, QCborMap body) const;
    // A class report's frame: the class (of the caller's school), its year, the whole year as the
    // range. Access is the handler's to check.
    static ReportFrame ofClass(RequestContext &ctx, qint64 classId);
};

// The frame of args.classId's class report, refused unless the caller may read the class's reports.
ReportFrame classReportFrame(RequestContext &ctx);
// Rates and averages travel as exact numbers, or null when there is nothing to divide by.
QCborValue numberOrNull(const std::optional<double> &value);
// args[key] as a period of the class's scheme; validation_failed otherwise.
PeriodRecord periodOfClass(RequestContext &ctx, const YearRecord &year, const ClassRecord &cls, const QString &key);
// The class's last day of study in the year: the end of its scheme's last period (the year's end
// when the year has no periods yet). Year marks count who is on the list then.
QDate endOfStudy(const YearRecord &year, const QString &scheme);
// from ≤ to, and at most a little more than a year apart; validation_failed otherwise.
void requireRange(const QDate &from, const QDate &to);

} // namespace handlers
} // namespace cj::server
