#include "core/reports/ReportFormat.h"

#include <QLocale>

#include "protocol/ArgReader.h"

namespace cj::client::reports {

QDate ReportFormat::dateOf(const QCborValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDate ReportFormat::monthOf(const QCborValue &value)
{
    return QDate::fromString(value.toString() + QStringLiteral("-01"), Qt::ISODate);
}

QString ReportFormat::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString ReportFormat::dayMonth(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM")) : QString();
}

QString ReportFormat::dateRange(const QDate &from, const QDate &to)
{
    return QStringLiteral("%1 – %2").arg(date(from), date(to));
}

QString ReportFormat::dateTime(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString ReportFormat::monthName(const QDate &month)
{
    return QLocale().standaloneMonthName(month.month(), QLocale::LongFormat).toLower();
}

QString ReportFormat::monthYear(const QDate &month)
{
    return QStringLiteral("%1 %2").arg(monthName(month)).arg(month.year());
}

QString ReportFormat::roman(qint64 number)
{
    static const char *numerals[] = {"", "I", "II", "III", "IV"};
    return number >= 1 && number <= 4 ? QString::fromLatin1(numerals[number]) : QString::number(number);
}

QString ReportFormat::decimal(const QCborValue &number)
{
    if (!number.isDouble() && !number.isInteger())
        return QStringLiteral("—");
    return QLocale().toString(number.toDouble(), 'f', 1);
}

QString ReportFormat::count(qint64 value, bool blankZero)
{
    return blankZero && value == 0 ? QString() : QString::number(value);
}

QString ReportFormat::mark(const QCborMap &mark)
{
    const QCborValue passed = mark.value(QStringLiteral("passed"));
    if (passed.isBool())
        return passed.toBool() ? tr("pass", "pass/fail mark, short") : tr("fail", "pass/fail mark, short");
    const QCborValue value = mark.value(QStringLiteral("value"));
    return value.isInteger() ? QString::number(value.toInteger()) : QString();
}

QString ReportFormat::attendance(const QCborMap &attendance)
{
    const QString kind = attendance.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("late"))
        return tr("late", "attendance symbol «оп»");
    if (kind != QLatin1String("absent"))
        return {};
    const QString reason = attendance.value(QStringLiteral("reason")).toString();
    if (reason == QLatin1String("ill"))
        return tr("ill", "attendance symbol «б»");
    if (reason == QLatin1String("excused"))
        return tr("exc", "attendance symbol «у»");
    if (reason == QLatin1String("unexcused"))
        return tr("unx", "attendance symbol «п»");
    return tr("abs", "attendance symbol «н»");
}

QString ReportFormat::cell(const QCborMap &cell)
{
    QStringList marks;
    for (const QCborValue &m : cell.value(QStringLiteral("marks")).toArray())
        marks.append(mark(m.toMap()));
    const QString att = attendance(cell.value(QStringLiteral("attendance")).toMap());
    QString text = marks.join(QLatin1Char('/'));
    if (!att.isEmpty())
        text = text.isEmpty() ? att : att + QLatin1Char(' ') + text;
    return text;
}

QString ReportFormat::membership(const QCborMap &student)
{
    QStringList notes;
    const QDate joined = dateOf(student.value(QStringLiteral("joinedOn")));
    const QDate left = dateOf(student.value(QStringLiteral("leftOn")));
    if (joined.isValid())
        notes.append(tr("arrived %1").arg(date(joined)));
    if (left.isValid())
        notes.append(tr("left %1").arg(date(left)));
    return notes.join(QStringLiteral(", "));
}

QString ReportFormat::level(const QString &level)
{
    QString dashed = level;
    dashed.replace(QLatin1Char('-'), QStringLiteral("–"));
    return tr("grades %1").arg(dashed);
}

QString ReportFormat::numberColumn()
{
    return tr("No.");
}

QString ReportFormat::nameColumn()
{
    return tr("Pupil's surname and name");
}

QString ReportFormat::totalRow()
{
    return tr("Total");
}

QString ReportFormat::classTeacher()
{
    return tr("Class teacher");
}

QString ReportFormat::director()
{
    return tr("Director");
}

QString ReportFormat::deputyDirector()
{
    return tr("Deputy director for academic affairs");
}

QString ReportFormat::blankDate()
{
    return tr("«___» ______________ 20___");
}

QString ReportFormat::indicatorsFormula()
{
    return tr("% of success = (n5 + n4 + n3) / N × 100; % of quality = (n5 + n4) / N × 100; "
              "degree of learning (СОУ) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n1) / N; "
              "average mark = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N. N — pupils on the list at the end of the period, "
              "minus those exempt and those without a period mark; pupils who left before the end are not "
              "counted, pupils who arrived are.");
}

QString ReportFormat::classIndicatorsFormula()
{
    return tr("For the class: N — pupils on the list at the end of the period with at least one period mark; "
              "% of success = pupils without «2» / N × 100; % of quality = (excellent + good pupils) / N × 100; "
              "excellent — all marks «5»; good — only «4» and «5», at least one «4»; with one «3» — exactly one «3», "
              "the rest «4» and «5»; failing — at least one «2» or «fail».");
}

} // namespace cj::client::reports
