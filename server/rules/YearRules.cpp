#include "rules/YearRules.h"

#include "rpc/RpcError.h"

namespace cj::server {

void YearRules::requireOpen(const YearRecord &year)
{
    if (year.closed)
        throw RpcError(protocol::ErrorCode::ReadOnly, QStringLiteral("the academic year %1 is closed").arg(year.name));
}

void YearRules::checkDates(const YearRecord &year)
{
    if (year.name.trimmed().isEmpty())
        invalid(QStringLiteral("name"), QStringLiteral("the year needs a name"));
    if (year.startsOn >= year.endsOn)
        invalid(QStringLiteral("endsOn"), QStringLiteral("the year ends before it starts"));
    if (year.startsOn.daysTo(year.endsOn) > 400)
        invalid(QStringLiteral("endsOn"), QStringLiteral("an academic year lasts at most 400 days"));
    if (year.weekDays != 5 && year.weekDays != 6)
        invalid(QStringLiteral("weekDays"), QStringLiteral("a school week has 5 or 6 days"));
}

void YearRules::checkPeriods(const YearRecord &year, const QList<PeriodRecord> &periods, const QString &field)
{
    if (periods.isEmpty() || periods.size() > 4)
        invalid(field, QStringLiteral("a scheme has 1 to 4 periods"));
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const PeriodRecord &p = periods[i];
        const QString at = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (p.name.trimmed().isEmpty())
            invalid(at + QStringLiteral(".name"), QStringLiteral("a period needs a name"));
        if (p.startsOn > p.endsOn)
            violated(at + QStringLiteral(".endsOn"), QStringLiteral("period_order"), QStringLiteral("the period ends before it starts"));
        if (p.startsOn < year.startsOn || p.endsOn > year.endsOn)
            violated(at, QStringLiteral("period_outside_year"), QStringLiteral("the period is outside the academic year"));
        if (p.number != i + 1)
            violated(at + QStringLiteral(".number"), QStringLiteral("period_order"),
                     QStringLiteral("periods are numbered 1, 2, … in date order"));
        if (i > 0) {
            const PeriodRecord &prev = periods[i - 1];
            if (p.startsOn <= prev.endsOn && p.endsOn >= prev.startsOn)
                violated(at, QStringLiteral("periods_overlap"), QStringLiteral("the period overlaps the one before"));
            if (p.startsOn < prev.startsOn)
                violated(at, QStringLiteral("period_order"), QStringLiteral("periods are numbered 1, 2, … in date order"));
        }
    }
}

void YearRules::checkHoliday(const YearRecord &year, const HolidayRecord &h, const QString &field)
{
    if (h.name.trimmed().isEmpty())
        invalid(field + QStringLiteral("name"), QStringLiteral("a holiday needs a name"));
    if (h.startsOn > h.endsOn)
        invalid(field + QStringLiteral("endsOn"), QStringLiteral("the holiday ends before it starts"));
    if (h.startsOn < year.startsOn || h.endsOn > year.endsOn)
        violated(field + QStringLiteral("startsOn"), QStringLiteral("holiday_outside_year"),
                 QStringLiteral("the holiday is outside the academic year"));
    for (const int grade : h.grades) {
        if (grade < 1 || grade > 11)
            invalid(field + QStringLiteral("grades"), QStringLiteral("grades are 1 to 11"));
    }
}

void YearRules::checkContents(const YearRecord &year)
{
    for (const PeriodRecord &p : year.periods) {
        if (p.startsOn < year.startsOn || p.endsOn > year.endsOn)
            violated(p.startsOn < year.startsOn ? QStringLiteral("startsOn") : QStringLiteral("endsOn"),
                     QStringLiteral("period_outside_year"), QStringLiteral("a period would be outside the year: %1").arg(p.name));
    }
    for (const HolidayRecord &h : year.holidays) {
        if (h.startsOn < year.startsOn || h.endsOn > year.endsOn)
            violated(h.startsOn < year.startsOn ? QStringLiteral("startsOn") : QStringLiteral("endsOn"),
                     QStringLiteral("holiday_outside_year"), QStringLiteral("a holiday would be outside the year: %1").arg(h.name));
    }
}

bool YearRules::isScheme(const QString &scheme)
{
    return scheme == QLatin1String("quarters") || scheme == QLatin1String("halves");
}

QString YearRules::defaultScheme(int grade)
{
    return grade >= 10 ? QStringLiteral("halves") : QStringLiteral("quarters");
}

} // namespace cj::server
