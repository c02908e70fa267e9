#include "core/reports/SchoolMovementRenderer.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

QString SchoolMovementRenderer::title()
{
    return tr("Dynamics of pupils' movement in the school");
}

Report SchoolMovementRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Portrait);
    ReportTable table({ReportColumn::stretching(40), ReportColumn::stretching(30), ReportColumn::fixed(24),
                       ReportColumn::fixed(22), ReportColumn::fixed(22), ReportColumn::fixed(24)});
    table.appendHeader({tr("School period"), tr("Level"), tr("At the start"), tr("Arrived"), tr("Left"), tr("At the end")});
    const auto figures = [](const QCborMap &m, CellTone tone) {
        QList<ReportCell> cells;
        for (const char *key : {"atStart", "arrived", "left", "atEnd"})
            cells.append(ReportCell(QString::number(integer(m, key))).toned(tone));
        return cells;
    };
    for (const QCborValue &pv : list(result, "periods")) {
        const QCborMap p = pv.toMap();
        const QCborArray levels = list(p, "byLevel");
        QList<ReportCell> first{ReportCell(text(object(p, "period"), "name")).span(1, int(levels.size()) + 1).aligned(Qt::AlignLeft)};
        for (const QCborValue &lv : levels) {
            const QCborMap l = lv.toMap();
            QList<ReportCell> row = first;
            first.clear();
            row.append(ReportCell(ReportFormat::level(text(l, "level"))).aligned(Qt::AlignLeft));
            row.append(figures(l, CellTone::Normal));
            table.append(row);
        }
        QList<ReportCell> total = first;
        total.append(ReportCell(tr("school total")).aligned(Qt::AlignLeft).toned(CellTone::Total));
        total.append(figures(p, CellTone::Total));
        table.append(total);
    }
    section.table(table);
    section.signatures({{ReportFormat::deputyDirector(), QString()}}, false);
    return report;
}

} // namespace cj::client::reports
