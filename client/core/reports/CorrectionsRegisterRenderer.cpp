#include "core/reports/CorrectionsRegisterRenderer.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

QString decision(const QCborMap &request)
{
    const QString status = text(request, "status");
    QString text;
    if (status == QLatin1String("approved"))
        text = CorrectionsRegisterRenderer::tr("Approved, changed");
    else if (status == QLatin1String("rejected"))
        text = CorrectionsRegisterRenderer::tr("Rejected, not changed");
    else if (status == QLatin1String("withdrawn"))
        return CorrectionsRegisterRenderer::tr("Withdrawn by the teacher");
    else
        return CorrectionsRegisterRenderer::tr("Awaiting a decision");
    const QDateTime at = QDateTime::fromString(cbor::text(request, "decidedAt"), Qt::ISODateWithMs);
    text += QStringLiteral(" %1, %2").arg(ReportFormat::dateTime(at), cbor::text(request, "decidedByName"));
    const QString comment = cbor::text(request, "decisionComment");
    if (!comment.isEmpty())
        text += QStringLiteral(": ") + comment;
    return text;
}

} // namespace

QString CorrectionsRegisterRenderer::title()
{
    return tr("Register «Replacement of information in the electronic journal»");
}

Report CorrectionsRegisterRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Landscape);
    ReportTable table({ReportColumn::fixed(8), ReportColumn::fixed(19), ReportColumn::fixed(11), ReportColumn::stretching(30),
                       ReportColumn::fixed(17), ReportColumn::stretching(25), ReportColumn::stretching(30),
                       ReportColumn::stretching(35), ReportColumn::stretching(35), ReportColumn::stretching(45)},
                      1);
    table.setFontPt(7.5);
    table.appendHeader({ReportFormat::numberColumn(), tr("Date of the request"), tr("Class"), tr("Teacher"),
                        tr("Date of the lesson"), tr("Subject"), tr("Pupil"), tr("Change"), tr("Reason"),
                        tr("Administrator's decision")});
    int number = 0;
    for (const QCborValue &rv : list(result, "requests")) {
        const QCborMap r = rv.toMap();
        const QString status = text(r, "status");
        ReportCell outcome = ReportCell(decision(r)).aligned(Qt::AlignLeft);
        if (status == QLatin1String("pending"))
            outcome = outcome.toned(CellTone::Alert);
        table.append({QString::number(++number),
                      ReportFormat::dateTime(QDateTime::fromString(text(r, "requestedAt"), Qt::ISODateWithMs)),
                      text(r, "className"), ReportCell(text(r, "requestedByName")).aligned(Qt::AlignLeft),
                      ReportFormat::date(ReportFormat::dateOf(value(r, "lessonDate"))),
                      ReportCell(text(r, "subjectName")).aligned(Qt::AlignLeft),
                      ReportCell(text(r, "studentName")).aligned(Qt::AlignLeft),
                      ReportCell(text(r, "description")).aligned(Qt::AlignLeft),
                      ReportCell(text(r, "reason")).aligned(Qt::AlignLeft), outcome});
    }
    section.table(table);
    section.signatures({{ReportFormat::director(), report.header.directorName}}, false);
    return report;
}

} // namespace cj::client::reports
