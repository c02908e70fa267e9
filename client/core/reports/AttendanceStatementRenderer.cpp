#include "core/reports/AttendanceStatementRenderer.h"

#include "core/reports/AttendanceTally.h"
#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {
constexpr double kAllMm = 9.5; // «всего» is the widest word of a month's columns
constexpr double kCountMm = 7;
constexpr double kTotalMm = 9.5;

// The tally for a month: by its "month" field, else by position.
QCborMap tallyFor(const QCborArray &tallies, const QString &month, qsizetype index)
{
    for (const QCborValue &t : tallies) {
        if (text(t.toMap(), "month") == month)
            return t.toMap();
    }
    return index < tallies.size() ? tallies.at(index).toMap() : QCborMap();
}
} // namespace

QString AttendanceStatementRenderer::title()
{
    return tr("Summary statement of attendance");
}

void AttendanceStatementRenderer::appendTable(ReportSection &section, const QCborMap &result)
{
    const QCborArray months = list(result, "months");
    QList<ReportColumn> columns{ReportColumn::fixed(7), ReportColumn::stretching(48)};
    for (int m = 0; m < months.size(); ++m) {
        columns.append(ReportColumn::fixed(kAllMm, Qt::AlignHCenter, m));
        for (int k = 0; k < 3; ++k)
            columns.append(ReportColumn::fixed(kCountMm, Qt::AlignHCenter, m));
    }
    for (int k = 0; k < 6; ++k)
        columns.append(ReportColumn::fixed(kTotalMm, Qt::AlignHCenter, int(months.size())));
    ReportTable table(columns, 2);
    QList<ReportCell> top{ReportCell(ReportFormat::numberColumn()).span(1, 2), ReportCell(ReportFormat::nameColumn()).span(1, 2)};
    QList<ReportCell> second;
    for (const QCborValue &m : months) {
        top.append(ReportCell(ReportFormat::monthName(ReportFormat::monthOf(m))).span(4));
        second.append(AttendanceTally::titles(false));
    }
    top.append(ReportCell(tr("For the whole time")).span(6));
    second.append(AttendanceTally::titles(true));
    table.appendHeader(top);
    table.appendHeader(second);

    for (const QCborValue &sv : list(result, "students")) {
        const QCborMap student = sv.toMap();
        QList<ReportCell> row{QString::number(integer(student, "number")), text(student, "fullName")};
        const QCborArray tallies = list(student, "months");
        for (qsizetype m = 0; m < months.size(); ++m)
            AttendanceTally::appendCells(row, tallyFor(tallies, months.at(m).toString(), m), false, CellTone::Normal, true);
        AttendanceTally::appendCells(row, object(student, "total"), true, CellTone::Normal, false);
        table.append(row);
    }
    const QCborMap totals = object(result, "totals");
    QList<ReportCell> row{ReportCell(ReportFormat::totalRow()).span(2).toned(CellTone::Total).aligned(Qt::AlignLeft)};
    const QCborArray tallies = list(totals, "months");
    for (qsizetype m = 0; m < months.size(); ++m)
        AttendanceTally::appendCells(row, tallyFor(tallies, months.at(m).toString(), m), false, CellTone::Total, true);
    AttendanceTally::appendCells(row, object(totals, "total"), true, CellTone::Total, false);
    table.append(row);
    section.table(table);
    section.note(AttendanceTally::legend());
}

Report AttendanceStatementRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Landscape,
                                                  {ReportScaffold::classTeacherLine(report.header.classTeacherName)});
    appendTable(section, result);
    section.signatures({{ReportFormat::classTeacher(), report.header.classTeacherName}}, false);
    return report;
}

} // namespace cj::client::reports
