#include "core/reports/AttendanceMonthRenderer.h"

#include <QHash>

#include "core/reports/AttendanceTally.h"
#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {
constexpr double kDayMm = 6.5;
constexpr double kTotalMm = 9.5;

// «2», or «2б» when every lesson missed that day had the same reason; «оп» for lateness alone.
QString dayText(const QCborMap &day)
{
    const qint64 missed = integer(day, "missed");
    if (missed == 0)
        return integer(day, "late") > 0 ? ReportFormat::attendance(QCborMap{{QStringLiteral("kind"), QStringLiteral("late")}})
                                        : QString();
    for (const char *reason : {"ill", "excused", "unexcused"}) {
        if (integer(day, reason) == missed) {
            const QCborMap absence{{QStringLiteral("kind"), QStringLiteral("absent")},
                                   {QStringLiteral("reason"), QString::fromLatin1(reason)}};
            return QString::number(missed) + ReportFormat::attendance(absence);
        }
    }
    return QString::number(missed);
}
} // namespace

QString AttendanceMonthRenderer::title()
{
    return tr("Report on the class's attendance for the month");
}

Report AttendanceMonthRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    const QCborArray days = list(result, "days");
    QDate month = report.header.from;
    if (!days.isEmpty())
        month = ReportFormat::dateOf(days.first());
    if (month.isValid())
        report.fileName = ReportScaffold::fileName({title(), report.header.className, ReportFormat::monthYear(month)});
    ReportSection &section = ReportScaffold::open(
        report, QPageLayout::Landscape,
        {month.isValid() ? tr("Month: %1").arg(ReportFormat::monthYear(month)) : QString(),
         ReportScaffold::classTeacherLine(report.header.classTeacherName)});

    QList<ReportColumn> columns{ReportColumn::fixed(7), ReportColumn::stretching(48)};
    for (qsizetype d = 0; d < days.size(); ++d)
        columns.append(ReportColumn::fixed(kDayMm));
    for (int k = 0; k < 6; ++k)
        columns.append(ReportColumn::fixed(kTotalMm, Qt::AlignHCenter, 0));
    ReportTable table(columns, 2);
    QList<ReportCell> top{ReportCell(ReportFormat::numberColumn()).span(1, 2), ReportCell(ReportFormat::nameColumn()).span(1, 2)};
    if (!days.isEmpty())
        top.append(ReportCell(tr("School days of the month")).span(int(days.size())));
    top.append(ReportCell(tr("For the month")).span(6));
    QList<ReportCell> second;
    for (const QCborValue &d : days)
        second.append(QString::number(ReportFormat::dateOf(d).day()));
    second.append(AttendanceTally::titles(true));
    table.appendHeader(top);
    table.appendHeader(second);

    for (const QCborValue &sv : list(result, "students")) {
        const QCborMap student = sv.toMap();
        QHash<QString, QCborMap> byDate;
        for (const QCborValue &d : list(student, "days"))
            byDate.insert(text(d.toMap(), "date"), d.toMap());
        QList<ReportCell> row{QString::number(integer(student, "number")), text(student, "fullName")};
        for (const QCborValue &d : days) {
            const QCborMap day = byDate.value(d.toString());
            ReportCell cell(dayText(day));
            cell.bold = value(day, "wholeDay").toBool();
            row.append(cell);
        }
        AttendanceTally::appendCells(row, object(student, "total"), true, CellTone::Normal, false);
        table.append(row);
    }
    const QCborMap totals = object(result, "totals");
    QHash<QString, QCborMap> totalByDate;
    for (const QCborValue &d : list(totals, "days"))
        totalByDate.insert(text(d.toMap(), "date"), d.toMap());
    QList<ReportCell> row{ReportCell(ReportFormat::totalRow()).span(2).toned(CellTone::Total).aligned(Qt::AlignLeft)};
    for (const QCborValue &d : days)
        row.append(ReportCell(ReportFormat::count(integer(totalByDate.value(d.toString()), "missed"), true)).toned(CellTone::Total));
    AttendanceTally::appendCells(row, object(totals, "total"), true, CellTone::Total, false);
    table.append(row);
    section.table(table);
    section.note(tr("In a day's cell: lessons missed that day, with the reason when all had the same one; in bold — the "
                    "whole day was missed.") + QLatin1Char(' ') + AttendanceTally::legend());
    section.signatures({{ReportFormat::classTeacher(), report.header.classTeacherName}}, false);
    return report;
}

} // namespace cj::client::reports
