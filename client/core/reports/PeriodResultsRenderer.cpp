#include "core/reports/PeriodResultsRenderer.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

QString names(const QCborArray &pupils, const char *detailKey = nullptr)
{
    QStringList list;
    for (const QCborValue &v : pupils) {
        const QCborMap p = v.toMap();
        QString name = text(p, "fullName");
        if (detailKey) {
            QStringList details;
            const QCborValue detail = value(p, detailKey);
            if (detail.isArray()) {
                for (const QCborValue &d : detail.toArray())
                    details.append(d.toString());
            } else if (!detail.toString().isEmpty()) {
                details.append(detail.toString());
            }
            if (!details.isEmpty())
                name += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
        }
        list.append(name);
    }
    return list.join(QStringLiteral("; "));
}

} // namespace

QString PeriodResultsRenderer::title()
{
    return tr("Results of the class's progress for the school period");
}

QString PeriodResultsRenderer::subjectTitle()
{
    return tr("Results of progress in the subject for the school period");
}

void PeriodResultsRenderer::appendTables(ReportSection &section, const QCborMap &result)
{
    ReportTable table({ReportColumn::fixed(7), ReportColumn::stretching(34), ReportColumn::fixed(14),
                       ReportColumn::fixed(12), ReportColumn::fixed(14), ReportColumn::fixed(9), ReportColumn::fixed(8),
                       ReportColumn::fixed(8), ReportColumn::fixed(8), ReportColumn::fixed(8), ReportColumn::fixed(14),
                       ReportColumn::fixed(12), ReportColumn::fixed(12), ReportColumn::fixed(14)},
                      2);
    table.appendHeader({ReportFormat::numberColumn(), tr("Subject"), tr("At the end of the period"), tr("Exempt"),
                        tr("Without a mark"), tr("N"), QStringLiteral("«5»"), QStringLiteral("«4»"),
                        QStringLiteral("«3»"), QStringLiteral("«2»"), tr("% succ."), tr("% qual."),
                        tr("СОУ, %"), tr("Average")});
    int number = 0;
    for (const QCborValue &sv : list(result, "subjects")) {
        const QCborMap s = sv.toMap();
        QList<ReportCell> row{QString::number(++number), ReportCell(text(s, "subjectName")).aligned(Qt::AlignLeft),
                              QString::number(integer(s, "onList")), QString::number(integer(s, "exempt")),
                              QString::number(integer(s, "withoutMark")), QString::number(integer(s, "n"))};
        if (text(s, "grading") == QLatin1String("pass_fail")) {
            row.append(ReportCell(tr("passed: %1, failed: %2").arg(integer(s, "passed")).arg(integer(s, "failed"))).span(4));
            row.append({ReportFormat::decimal(value(s, "successRate")), QStringLiteral("—"), QStringLiteral("—"),
                        QStringLiteral("—")});
        } else {
            ReportCell twos(QString::number(integer(s, "n2")));
            if (integer(s, "n2") > 0)
                twos = twos.toned(CellTone::Alert);
            row.append({QString::number(integer(s, "n5")), QString::number(integer(s, "n4")),
                        QString::number(integer(s, "n3")), twos, ReportFormat::decimal(value(s, "successRate")),
                        ReportFormat::decimal(value(s, "qualityRate")), ReportFormat::decimal(value(s, "sou")),
                        ReportFormat::decimal(value(s, "average"))});
        }
        table.append(row);
    }
    section.table(table);

    const QCborMap cls = object(result, "class");
    if (value(cls, "onList").isInteger()) {
        section.heading(tr("The class as a whole"));
        ReportTable summary({ReportColumn::stretching(45), ReportColumn::fixed(18), ReportColumn::stretching(90)});
        summary.appendHeader({tr("Pupils"), tr("Number"), tr("Who")});
        const auto line = [&](const QString &what, const QCborArray &pupils, const char *detail, bool alert) {
            ReportCell count(QString::number(pupils.size()));
            if (alert && !pupils.isEmpty())
                count = count.toned(CellTone::Alert);
            summary.append({ReportCell(what).aligned(Qt::AlignLeft), count,
                            ReportCell(names(pupils, detail)).aligned(Qt::AlignLeft)});
        };
        summary.append({ReportCell(tr("On the list at the end of the period")).aligned(Qt::AlignLeft),
                        QString::number(integer(cls, "onList")), QString()});
        summary.append({ReportCell(tr("Counted (N): with at least one period mark")).aligned(Qt::AlignLeft),
                        QString::number(integer(cls, "n")), QString()});
        line(tr("Excellent pupils (only «5»)"), list(cls, "excellent"), nullptr, false);
        line(tr("Good pupils (only «4» and «5»)"), list(cls, "good"), nullptr, false);
        line(tr("With one «3»"), list(cls, "oneThree"), "subjectName", false);
        line(tr("Failing (a «2» or «fail»)"), list(cls, "failing"), "subjects", true);
        line(tr("Without period marks"), list(cls, "withoutMarks"), nullptr, true);
        summary.append({ReportCell(tr("% of success")).aligned(Qt::AlignLeft).toned(CellTone::Total),
                        ReportCell(ReportFormat::decimal(value(cls, "successRate"))).toned(CellTone::Total),
                        ReportCell().toned(CellTone::Total)});
        summary.append({ReportCell(tr("% of quality")).aligned(Qt::AlignLeft).toned(CellTone::Total),
                        ReportCell(ReportFormat::decimal(value(cls, "qualityRate"))).toned(CellTone::Total),
                        ReportCell().toned(CellTone::Total)});
        section.table(summary);
    }
    const QString formula = text(result, "formula");
    section.note(formula.isEmpty() ? ReportFormat::indicatorsFormula() : formula);
    if (value(cls, "onList").isInteger())
        section.note(ReportFormat::classIndicatorsFormula());
}

Report PeriodResultsRenderer::render(const QCborMap &result)
{
    const QCborArray subjects = list(result, "subjects");
    const bool oneSubject = !value(object(result, "class"), "onList").isInteger();
    Report report = ReportScaffold::start(oneSubject ? subjectTitle() : title(), result);
    QStringList lines;
    if (oneSubject && subjects.size() == 1)
        lines.append(tr("Subject: %1").arg(text(subjects.first().toMap(), "subjectName")));
    lines.append(ReportScaffold::classTeacherLine(report.header.classTeacherName));
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Portrait, lines);
    appendTables(section, result);
    section.signatures({{oneSubject ? tr("Teacher") : ReportFormat::classTeacher(),
                         oneSubject ? QString() : report.header.classTeacherName}},
                       false);
    return report;
}

} // namespace cj::client::reports
