#include "core/reports/SchoolResultsRenderer.h"

#include <QHash>

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

QList<ReportCell> figures(const QString &name, const QCborMap &m, CellTone tone)
{
    QList<ReportCell> row{ReportCell(name).aligned(Qt::AlignLeft).toned(tone)};
    for (const char *key : {"onList", "n", "excellent", "good", "oneThree", "failing", "withoutMarks"})
        row.append(ReportCell(QString::number(integer(m, key))).toned(tone));
    row.append(ReportCell(ReportFormat::decimal(value(m, "successRate"))).toned(tone));
    row.append(ReportCell(ReportFormat::decimal(value(m, "qualityRate"))).toned(tone));
    if (integer(m, "failing") > 0 && tone == CellTone::Normal)
        row[6] = row[6].toned(CellTone::Alert);
    return row;
}

} // namespace

QString SchoolResultsRenderer::title()
{
    return tr("Results of progress in the school");
}

Report SchoolResultsRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Portrait);
    ReportTable table({ReportColumn::stretching(18), ReportColumn::fixed(15), ReportColumn::fixed(17),
                       ReportColumn::fixed(17), ReportColumn::fixed(17), ReportColumn::fixed(15), ReportColumn::fixed(21),
                       ReportColumn::fixed(15), ReportColumn::fixed(21), ReportColumn::fixed(17)});
    table.appendHeader({tr("Class"), tr("On the list"), tr("Counted (N)"), tr("Excellent"), tr("Good"),
                        tr("With one «3»"), tr("Failing"), tr("Without marks"), tr("% of success"), tr("% of quality")});
    QHash<qint64, QCborMap> grades;
    for (const QCborValue &g : list(result, "grades"))
        grades.insert(integer(g.toMap(), "grade"), g.toMap());
    const QCborArray classes = list(result, "classes");
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QCborMap c = classes.at(i).toMap();
        table.append(figures(text(c, "name"), c, CellTone::Normal));
        const qint64 grade = integer(c, "grade");
        const bool lastOfGrade = i + 1 == classes.size() || integer(classes.at(i + 1).toMap(), "grade") != grade;
        if (lastOfGrade && grades.contains(grade))
            table.append(figures(tr("Grade %1").arg(grade), grades.value(grade), CellTone::Total));
    }
    for (const QCborValue &lv : list(result, "levels"))
        table.append(figures(ReportFormat::level(text(lv.toMap(), "level")), lv.toMap(), CellTone::Total));
    table.append(figures(tr("School total"), object(result, "total"), CellTone::Total));
    section.table(table);
    section.note(ReportFormat::classIndicatorsFormula());
    section.signatures({{ReportFormat::deputyDirector(), QString()}}, false);
    return report;
}

} // namespace cj::client::reports
