#include "core/reports/ReportScaffold.h"

#include <QRegularExpression>

namespace cj::client::reports {

Report ReportScaffold::start(const QString &title, const QCborMap &result)
{
    Report report;
    report.title = title;
    report.header = ReportHeader::fromCbor(result);
    report.fileName = fileName({title, report.header.className,
                                report.header.periodName.isEmpty() ? report.header.yearName : report.header.periodName});
    return report;
}

void ReportScaffold::titleBlock(ReportSection &section, const Report &report, const QStringList &extraLines)
{
    const ReportHeader &h = report.header;
    if (!h.schoolName.isEmpty())
        section.subtitle(h.schoolName);
    section.title(report.title);
    QStringList classYear;
    if (!h.className.isEmpty())
        classYear.append(h.classText());
    if (!h.yearName.isEmpty())
        classYear.append(h.yearText());
    if (!classYear.isEmpty())
        section.subtitle(classYear.join(QStringLiteral(", ")));
    if (!h.periodName.isEmpty() || (h.from.isValid() && h.to.isValid()))
        section.subtitle(h.periodText());
    for (const QString &line : extraLines) {
        if (!line.isEmpty())
            section.subtitle(line);
    }
    section.space(3);
}

ReportSection &ReportScaffold::open(Report &report, QPageLayout::Orientation orientation, const QStringList &extraLines)
{
    ReportSection section;
    section.orientation = orientation;
    titleBlock(section, report, extraLines);
    report.sections.append(section);
    return report.sections.last();
}

QString ReportScaffold::fileName(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    QString name = kept.join(QLatin1Char(' '));
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    static const QRegularExpression forbidden(QStringLiteral("[\\\\:*?\"<>|«»]"));
    name.remove(forbidden);
    return name;
}

QString ReportScaffold::classTeacherLine(const QString &name)
{
    return name.isEmpty() ? QString() : tr("Class teacher: %1").arg(name);
}

} // namespace cj::client::reports
