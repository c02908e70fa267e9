#include "rules/YearTemplate.h"

namespace cj::server {

namespace {
QDate saturdayOnOrBefore(const QDate &date)
{
    return date.addDays(-((date.dayOfWeek() + 1) % 7)); // Saturday is 6: (6 + 1) % 7 == 0
}

QDate sundayOnOrAfter(const QDate &date)
{
    return date.addDays((7 - date.dayOfWeek()) % 7);
}

HolidayRecord holiday(const QString &name, const QDate &from, const QDate &to, QList<int> grades = {})
{
    HolidayRecord h;
    h.name = name;
    h.startsOn = from;
    h.endsOn = to;
    h.grades = std::move(grades);
    return h;
}

PeriodRecord period(const QString &scheme, int number, const QString &name, const QDate &from, const QDate &to)
{
    PeriodRecord p;
    p.scheme = scheme;
    p.number = number;
    p.name = name;
    p.startsOn = from;
    p.endsOn = to;
    return p;
}
} // namespace

void YearTemplate::fill(YearRecord &year)
{
    year.periods.clear();
    year.holidays.clear();
    const int y = year.startsOn.year();
    const QDate autumn = saturdayOnOrBefore(QDate(y, 10, 28));
    const QDate winter = saturdayOnOrBefore(QDate(y, 12, 31));
    const QDate winterEnd = sundayOnOrAfter(QDate(y + 1, 1, 8));
    const QDate february = saturdayOnOrBefore(QDate(y + 1, 2, 18));
    const QDate spring = saturdayOnOrBefore(QDate(y + 1, 3, 24));
    // Only a year that runs from the autumn to the late spring has this shape.
    if (year.startsOn >= autumn || year.endsOn <= spring.addDays(8))
        return;
    const QList<HolidayRecord> holidays{
        holiday(QStringLiteral("Осенние каникулы"), autumn, autumn.addDays(8)),
        holiday(QStringLiteral("Зимние каникулы"), winter, winterEnd),
        holiday(QStringLiteral("Дополнительные каникулы для 1 класса"), february, february.addDays(8), {1}),
        holiday(QStringLiteral("Весенние каникулы"), spring, spring.addDays(8)),
    };
    const QString q = QStringLiteral("quarters");
    const QString h = QStringLiteral("halves");
    year.periods = {
        period(q, 1, QStringLiteral("1 четверть"), year.startsOn, autumn.addDays(-1)),
        period(q, 2, QStringLiteral("2 четверть"), autumn.addDays(9), winter.addDays(-1)),
        period(q, 3, QStringLiteral("3 четверть"), winterEnd.addDays(1), spring.addDays(-1)),
        period(q, 4, QStringLiteral("4 четверть"), spring.addDays(9), year.endsOn),
        period(h, 1, QStringLiteral("1 полугодие"), year.startsOn, winter.addDays(-1)),
        period(h, 2, QStringLiteral("2 полугодие"), winterEnd.addDays(1), year.endsOn),
    };
    for (HolidayRecord hd : holidays) {
        hd.yearId = year.id;
        year.holidays.append(hd);
    }
}

} // namespace cj::server
