#include "core/reports/ForecastRenderer.h"

#include <QHash>
#include <QLocale>

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

bool hasRisk(const QCborMap &row, const char *risk)
{
    return list(row, "risks").contains(QCborValue(QString::fromLatin1(risk)));
}

QString forecastText(const QCborMap &row)
{
    const QCborValue f = value(row, "forecast");
    return f.isInteger() ? QString::number(f.toInteger()) : QStringLiteral("—");
}

ReportCell forecastCell(const QCborMap &row, bool withStar)
{
    ReportCell cell(forecastText(row) + (withStar && hasRisk(row, "too_few_marks") ? QStringLiteral("*") : QString()));
    if (!list(row, "risks").isEmpty())
        cell = cell.toned(CellTone::Alert);
    return cell;
}

QString policyText(const QCborMap &policy)
{
    const QCborArray t = list(policy, "thresholds");
    QStringList thresholds;
    for (const QCborValue &v : t)
        thresholds.append(QLocale().toString(v.toDouble(), 'g', 3));
    QString text = ForecastRenderer::tr("The forecast follows the school's rounding rule: «3» from %1, «4» from %2, «5» from %3")
                       .arg(thresholds.value(0), thresholds.value(1), thresholds.value(2));
    text += QStringLiteral("; ");
    text += value(policy, "weighted").toBool() ? ForecastRenderer::tr("by the weighted average")
                                               : ForecastRenderer::tr("by the plain average");
    if (integer(policy, "minMarks") > 0)
        text += QStringLiteral("; ") + ForecastRenderer::tr("at least %1 marks").arg(integer(policy, "minMarks"));
    if (value(policy, "controlTwoBlocksFive").toBool())
        text += QStringLiteral("; ") + ForecastRenderer::tr("a «2» for a test blocks a «5»");
    return text + QLatin1Char('.');
}

} // namespace

QString ForecastRenderer::title()
{
    return tr("Preliminary report (forecast) for the school period");
}

QString ForecastRenderer::riskText(const QCborMap &row)
{
    QStringList risks;
    if (hasRisk(row, "likely_2"))
        risks.append(tr("a «2» is likely"));
    if (hasRisk(row, "too_few_marks"))
        risks.append(tr("too few marks: %1 of at least %2").arg(integer(row, "count")).arg(integer(row, "minimumMarks")));
    return risks.join(QStringLiteral("; "));
}

Report ForecastRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    const QCborArray rows = list(result, "rows");
    QList<qint64> subjectIds;
    QHash<qint64, QString> subjectNames;
    QList<qint64> studentIds;
    QHash<qint64, QString> studentNames;
    QHash<QString, QCborMap> byPupilSubject;
    for (const QCborValue &v : rows) {
        const QCborMap r = v.toMap();
        const qint64 subject = integer(r, "subjectId");
        const qint64 student = integer(r, "studentId");
        if (!subjectNames.contains(subject)) {
            subjectIds.append(subject);
            subjectNames.insert(subject, text(r, "subjectName"));
        }
        if (!studentNames.contains(student)) {
            studentIds.append(student);
            studentNames.insert(student, text(r, "fullName"));
        }
        byPupilSubject.insert(QStringLiteral("%1/%2").arg(student).arg(subject), r);
    }
    const bool oneSubject = subjectIds.size() <= 1;
    QStringList lines;
    if (oneSubject && !subjectIds.isEmpty())
        lines.append(tr("Subject: %1").arg(subjectNames.value(subjectIds.first())));
    lines.append(ReportScaffold::classTeacherLine(report.header.classTeacherName));
    ReportSection &section = ReportScaffold::open(report, oneSubject ? QPageLayout::Portrait : QPageLayout::Landscape, lines);

    if (oneSubject) {
        ReportTable table({ReportColumn::fixed(7), ReportColumn::stretching(45), ReportColumn::fixed(15),
                           ReportColumn::fixed(15), ReportColumn::fixed(16), ReportColumn::fixed(16),
                           ReportColumn::fixed(18), ReportColumn::stretching(35)},
                          2);
        table.appendHeader({ReportFormat::numberColumn(), ReportFormat::nameColumn(), tr("Marks (minimum)"),
                            tr("Average"), tr("Weighted average"), tr("Forecast"), tr("Missed for a valid reason / lessons"),
                            tr("Risks")});
        int number = 0;
        for (const QCborValue &v : rows) {
            const QCborMap r = v.toMap();
            table.append({QString::number(++number), text(r, "fullName"),
                          QStringLiteral("%1 (%2)").arg(integer(r, "count")).arg(integer(r, "minimumMarks")),
                          ReportFormat::decimal(value(r, "average")), ReportFormat::decimal(value(r, "weighted")),
                          forecastCell(r, false),
                          QStringLiteral("%1 / %2").arg(integer(r, "validAbsences")).arg(integer(r, "lessons")),
                          ReportCell(riskText(r)).aligned(Qt::AlignLeft)});
        }
        section.table(table);
    } else {
        // The subjects share the width: their names are long.
        QList<ReportColumn> columns{ReportColumn::fixed(7), ReportColumn::fixed(55, Qt::AlignLeft)};
        QList<ReportCell> header{ReportFormat::numberColumn(), ReportFormat::nameColumn()};
        for (qint64 s : subjectIds) {
            columns.append(ReportColumn::stretching(13, Qt::AlignHCenter));
            header.append(subjectNames.value(s));
        }
        ReportTable grid(columns, 2);
        grid.setFontPt(7.5);
        grid.appendHeader(header);
        int number = 0;
        for (qint64 student : studentIds) {
            QList<ReportCell> row{QString::number(++number), studentNames.value(student)};
            for (qint64 s : subjectIds) {
                const auto it = byPupilSubject.constFind(QStringLiteral("%1/%2").arg(student).arg(s));
                row.append(it == byPupilSubject.constEnd() ? ReportCell() : forecastCell(*it, true));
            }
            grid.append(row);
        }
        section.table(grid);
        section.note(tr("Highlighted: a risk; * — fewer marks than the minimum for the subject's hours."));

        section.pageBreak();
        section.heading(tr("Risks"));
        ReportTable risks({ReportColumn::fixed(7), ReportColumn::stretching(50), ReportColumn::stretching(40),
                           ReportColumn::fixed(16), ReportColumn::fixed(16), ReportColumn::stretching(60)},
                          2);
        risks.appendHeader({ReportFormat::numberColumn(), ReportFormat::nameColumn(), tr("Subject"), tr("Average"),
                            tr("Forecast"), tr("Risks")});
        int riskNumber = 0;
        for (const QCborValue &v : rows) {
            const QCborMap r = v.toMap();
            if (list(r, "risks").isEmpty())
                continue;
            risks.append({QString::number(++riskNumber), text(r, "fullName"), ReportCell(text(r, "subjectName")).aligned(Qt::AlignLeft),
                          ReportFormat::decimal(value(r, "average")), forecastCell(r, false),
                          ReportCell(riskText(r)).aligned(Qt::AlignLeft)});
        }
        if (riskNumber == 0)
            section.paragraph(tr("No risks."));
        else
            section.table(risks);
    }
    section.note(policyText(object(result, "policy")));
    return report;
}

} // namespace cj::client::reports
