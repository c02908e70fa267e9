#include "core/SchoolText.h"

#include <QLocale>
#include <QStringList>

namespace cj::client {

namespace {
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

QString SchoolText::periodScheme(const QString &scheme)
{
    if (scheme == QLatin1String("quarters"))
        return tr("quarters");
    if (scheme == QLatin1String("halves"))
        return tr("halves");
    return scheme;
}

QString SchoolText::grading(const QString &grading)
{
    if (grading == QLatin1String("marks"))
        return tr("marks 2–5");
    if (grading == QLatin1String("pass_fail"))
        return tr("pass / fail");
    return grading;
}

QString SchoolText::movementKind(const QString &kind)
{
    if (kind == QLatin1String("enrolment"))
        return tr("enrolment");
    if (kind == QLatin1String("transfer"))
        return tr("transfer");
    if (kind == QLatin1String("leaving"))
        return tr("leaving");
    return kind;
}

QString SchoolText::lessonOrigin(const QString &origin)
{
    if (origin == QLatin1String("schedule"))
        return tr("by the schedule");
    if (origin == QLatin1String("extra"))
        return tr("extra lesson");
    if (origin == QLatin1String("moved"))
        return tr("moved lesson");
    return origin;
}

QString SchoolText::problemKind(const QString &kind)
{
    if (kind == QLatin1String("unassigned"))
        return tr("no teacher assigned");
    if (kind == QLatin1String("under"))
        return tr("fewer hours assigned than in the curriculum");
    if (kind == QLatin1String("over"))
        return tr("more hours assigned than in the curriculum");
    if (kind == QLatin1String("not_in_curriculum"))
        return tr("assigned but not in the curriculum");
    return kind;
}

QString SchoolText::gender(const QString &gender)
{
    if (gender == QLatin1String("m"))
        return tr("male");
    if (gender == QLatin1String("f"))
        return tr("female");
    return {};
}

QString SchoolText::weekday(int weekday)
{
    return capitalized(QLocale().standaloneDayName(weekday, QLocale::LongFormat));
}

QString SchoolText::weekdayShort(int weekday)
{
    return capitalized(QLocale().standaloneDayName(weekday, QLocale::ShortFormat));
}

QString SchoolText::grades(const QList<int> &grades)
{
    if (grades.isEmpty())
        return tr("all grades");
    QStringList list;
    for (int g : grades)
        list.append(QString::number(g));
    return tr("grades %1").arg(list.join(QStringLiteral(", ")));
}

QString SchoolText::longDate(const QDate &date)
{
    // Not QLocale::LongFormat: in Russian it starts with the weekday in the nominative case.
    return QLocale().toString(date, tr("d MMMM yyyy"));
}

} // namespace cj::client
