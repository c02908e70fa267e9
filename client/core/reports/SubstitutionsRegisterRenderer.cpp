#include "core/reports/SubstitutionsRegisterRenderer.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

QString SubstitutionsRegisterRenderer::title()
{
    return tr("Register of lesson substitutions");
}

Report SubstitutionsRegisterRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Landscape);
    ReportTable table({ReportColumn::fixed(8), ReportColumn::fixed(18), ReportColumn::fixed(10), ReportColumn::fixed(12),
                       ReportColumn::stretching(32), ReportColumn::stretching(38), ReportColumn::stretching(38),
                       ReportColumn::stretching(30), ReportColumn::stretching(34), ReportColumn::fixed(25)},
                      1);
    table.setFontPt(7.5);
    table.appendHeader({ReportFormat::numberColumn(), tr("Date"), tr("Lesson"), tr("Class"), tr("Subject"),
                        tr("Teacher absent"), tr("Substitute teacher"), tr("Reason"), tr("Entered"),
                        tr("Substitute's signature")});
    int number = 0;
    for (const QCborValue &sv : list(result, "substitutions")) {
        const QCborMap s = sv.toMap();
        const QDateTime created = QDateTime::fromString(text(s, "createdAt"), Qt::ISODateWithMs);
        table.append({QString::number(++number), ReportFormat::date(ReportFormat::dateOf(value(s, "date"))),
                      QString::number(integer(s, "lessonNumber")), text(s, "className"),
                      ReportCell(text(s, "subjectName")).aligned(Qt::AlignLeft),
                      ReportCell(text(s, "teacherName")).aligned(Qt::AlignLeft),
                      ReportCell(text(s, "substituteName")).aligned(Qt::AlignLeft),
                      ReportCell(text(s, "reason")).aligned(Qt::AlignLeft),
                      ReportCell(QStringLiteral("%1, %2").arg(ReportFormat::dateTime(created), text(s, "createdByName")))
                          .aligned(Qt::AlignLeft),
                      QString()});
    }
    section.table(table);
    section.signatures({{ReportFormat::deputyDirector(), QString()}}, false);
    return report;
}

} // namespace cj::client::reports
