#include "core/reports/MovementStatementRenderer.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

QString order(const QCborMap &movement)
{
    const QString number = text(movement, "orderNumber");
    const QDate date = ReportFormat::dateOf(value(movement, "orderDate"));
    if (number.isEmpty())
        return ReportFormat::date(date);
    return date.isValid() ? MovementStatementRenderer::tr("No. %1 of %2").arg(number, ReportFormat::date(date))
                          : MovementStatementRenderer::tr("No. %1").arg(number);
}

// Where the pupil came from or went: another school (counterpart) or, for a transfer inside the
// school, the other class.
QString otherSide(const QCborMap &movement, bool arrival)
{
    const QString counterpart = text(movement, "counterpart");
    if (!counterpart.isEmpty())
        return counterpart;
    const QString otherClass = text(movement, arrival ? "fromClassName" : "toClassName");
    return otherClass.isEmpty() ? QString() : MovementStatementRenderer::tr("class %1").arg(otherClass);
}

ReportTable movementList(const QList<QPair<QString, QCborMap>> &movements, bool arrival, bool withClass)
{
    QList<ReportColumn> columns{ReportColumn::fixed(7), ReportColumn::stretching(40), ReportColumn::fixed(20)};
    QList<ReportCell> header{ReportFormat::numberColumn(), ReportFormat::nameColumn(),
                             MovementStatementRenderer::tr("Date")};
    if (withClass) {
        columns.append(ReportColumn::fixed(12));
        header.append(MovementStatementRenderer::tr("Class"));
    }
    columns.append({ReportColumn::fixed(26), ReportColumn::stretching(30), ReportColumn::fixed(22, Qt::AlignLeft)});
    header.append({MovementStatementRenderer::tr("Order"),
                   arrival ? MovementStatementRenderer::tr("Where from") : MovementStatementRenderer::tr("Where to"),
                   MovementStatementRenderer::tr("Period")});
    if (!arrival) {
        columns.append(ReportColumn::stretching(25));
        header.append(MovementStatementRenderer::tr("Reason"));
    }
    ReportTable table(columns, 2);
    table.appendHeader(header);
    int number = 0;
    for (const auto &[period, m] : movements) {
        QList<ReportCell> row{QString::number(++number), text(m, "studentName"),
                              ReportFormat::date(ReportFormat::dateOf(value(m, "onDate")))};
        if (withClass)
            row.append(text(m, arrival ? "toClassName" : "fromClassName"));
        row.append({order(m), otherSide(m, arrival), period});
        if (!arrival)
            row.append(text(m, "reason"));
        table.append(row);
    }
    return table;
}

} // namespace

QString MovementStatementRenderer::title()
{
    return tr("Summary statement of pupils' movement");
}

void MovementStatementRenderer::appendTables(ReportSection &section, const QCborArray &rows, const QCborMap &yearTotals,
                                             bool withClass)
{
    ReportTable summary({ReportColumn::stretching(40), ReportColumn::fixed(28), ReportColumn::fixed(28),
                         ReportColumn::fixed(28), ReportColumn::fixed(28)});
    summary.appendHeader({tr("School period"), tr("On the list at the start"), tr("Arrived"), tr("Left"),
                          tr("On the list at the end")});
    QList<QPair<QString, QCborMap>> arrived;
    QList<QPair<QString, QCborMap>> left;
    for (const QCborValue &rv : rows) {
        const QCborMap row = rv.toMap();
        const QCborMap period = object(row, "period");
        const QString periodName = text(period, "name");
        const QCborArray in = list(row, "arrived");
        const QCborArray out = list(row, "left");
        summary.append({ReportCell(periodName).aligned(Qt::AlignLeft), QString::number(integer(row, "atStart")),
                        QString::number(in.size()), QString::number(out.size()), QString::number(integer(row, "atEnd"))});
        for (const QCborValue &m : in)
            arrived.append({periodName, m.toMap()});
        for (const QCborValue &m : out)
            left.append({periodName, m.toMap()});
    }
    if (!yearTotals.isEmpty()) {
        summary.append({ReportCell(tr("For the year")).toned(CellTone::Total).aligned(Qt::AlignLeft),
                        ReportCell(QString::number(integer(yearTotals, "atStart"))).toned(CellTone::Total),
                        ReportCell(QString::number(integer(yearTotals, "arrivedCount"))).toned(CellTone::Total),
                        ReportCell(QString::number(integer(yearTotals, "leftCount"))).toned(CellTone::Total),
                        ReportCell(QString::number(integer(yearTotals, "atEnd"))).toned(CellTone::Total)});
    }
    section.table(summary);
    section.heading(tr("Pupils who arrived"));
    if (arrived.isEmpty())
        section.paragraph(tr("None."));
    else
        section.table(movementList(arrived, true, withClass));
    section.heading(tr("Pupils who left"));
    if (left.isEmpty())
        section.paragraph(tr("None."));
    else
        section.table(movementList(left, false, withClass));
}

Report MovementStatementRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    const bool school = report.header.className.isEmpty();
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Portrait,
                                                  {school ? tr("Whole school") : ReportScaffold::classTeacherLine(report.header.classTeacherName)});
    appendTables(section, list(result, "rows"), object(result, "year"), school);
    if (!school)
        section.signatures({{ReportFormat::classTeacher(), report.header.classTeacherName}}, false);
    return report;
}

} // namespace cj::client::reports
