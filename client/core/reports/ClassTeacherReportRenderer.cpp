#include "core/reports/ClassTeacherReportRenderer.h"

#include "core/reports/AttendanceStatementRenderer.h"
#include "core/reports/CborFields.h"
#include "core/reports/MovementStatementRenderer.h"
#include "core/reports/PeriodResultsRenderer.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

QString ClassTeacherReportRenderer::title()
{
    return tr("Class teacher's report for the school period");
}

Report ClassTeacherReportRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Portrait,
                                                  {ReportScaffold::classTeacherLine(report.header.classTeacherName)});
    section.heading(tr("1. Progress"));
    PeriodResultsRenderer::appendTables(section, object(result, "results"));
    section.heading(tr("2. Attendance"));
    AttendanceStatementRenderer::appendTable(section, object(result, "attendance"));
    section.heading(tr("3. Movement of pupils"));
    const QCborMap movement = object(result, "movement");
    MovementStatementRenderer::appendTables(section, movement.isEmpty() ? QCborArray() : QCborArray{movement},
                                            QCborMap(), false);
    section.signatures({{ReportFormat::classTeacher(), report.header.classTeacherName}}, false);
    return report;
}

} // namespace cj::client::reports
