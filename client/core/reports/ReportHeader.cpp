#include "core/reports/ReportHeader.h"

#include "core/reports/ReportFormat.h"
#include "protocol/ArgReader.h"

namespace cj::client::reports {

using protocol::intOr;

ReportHeader ReportHeader::fromCbor(const QCborMap &result)
{
    const QCborMap h = result.value(QStringLiteral("header")).toMap();
    ReportHeader header;
    const QCborMap school = h.value(QStringLiteral("school")).toMap();
    header.schoolName = school.value(QStringLiteral("name")).toString();
    header.schoolShortName = school.value(QStringLiteral("shortName")).toString();
    header.schoolAddress = school.value(QStringLiteral("address")).toString();
    header.directorName = school.value(QStringLiteral("directorName")).toString();
    const QCborMap year = h.value(QStringLiteral("year")).toMap();
    header.yearId = intOr(year.value(QStringLiteral("id")));
    header.yearName = year.value(QStringLiteral("name")).toString();
    const QCborMap cls = h.value(QStringLiteral("class")).toMap();
    header.classId = intOr(cls.value(QStringLiteral("id")));
    header.className = cls.value(QStringLiteral("name")).toString();
    header.grade = int(intOr(cls.value(QStringLiteral("grade"))));
    header.classTeacherName = cls.value(QStringLiteral("classTeacherName")).toString();
    const QCborMap period = h.value(QStringLiteral("period")).toMap();
    header.periodId = intOr(period.value(QStringLiteral("id")));
    header.periodName = period.value(QStringLiteral("name")).toString();
    header.periodStart = ReportFormat::dateOf(period.value(QStringLiteral("startsOn")));
    header.periodEnd = ReportFormat::dateOf(period.value(QStringLiteral("endsOn")));
    header.from = ReportFormat::dateOf(h.value(QStringLiteral("from")));
    header.to = ReportFormat::dateOf(h.value(QStringLiteral("to")));
    header.generatedAt = QDateTime::fromString(h.value(QStringLiteral("generatedAt")).toString(), Qt::ISODateWithMs);
    return header;
}

QString ReportHeader::classText() const
{
    return className.isEmpty() ? QString() : tr("class %1").arg(className);
}

QString ReportHeader::yearText() const
{
    return yearName.isEmpty() ? QString() : tr("%1 school year").arg(yearName);
}

QString ReportHeader::rangeText() const
{
    if (!from.isValid() || !to.isValid())
        return {};
    return tr("from %1 to %2").arg(ReportFormat::date(from), ReportFormat::date(to));
}

QString ReportHeader::periodText() const
{
    if (!periodName.isEmpty()) {
        if (periodStart.isValid() && periodEnd.isValid())
            return tr("%1 (%2 – %3)").arg(periodName, ReportFormat::date(periodStart), ReportFormat::date(periodEnd));
        return periodName;
    }
    if (from.isValid() && to.isValid())
        return rangeText();
    return yearText();
}

QString ReportHeader::runningText() const
{
    QStringList parts;
    if (!className.isEmpty())
        parts.append(classText());
    if (!yearName.isEmpty())
        parts.append(yearName);
    if (!periodName.isEmpty())
        parts.append(periodName);
    else if (from.isValid() && to.isValid())
        parts.append(ReportFormat::dateRange(from, to));
    return parts.join(QStringLiteral(" · "));
}

} // namespace cj::client::reports
