#include "storage/YearStore.h"

#include <QHash>

#include "db/Db.h"

namespace cj::server {

QList<PeriodRecord> YearRecord::periodsOf(const QString &scheme) const
{
    QList<PeriodRecord> list;
    for (const PeriodRecord &p : periods) {
        if (p.scheme == scheme)
            list.append(p);
    }
    std::sort(list.begin(), list.end(), [](const PeriodRecord &a, const PeriodRecord &b) { return a.number < b.number; });
    return list;
}

namespace {
const QString kYearColumns = QStringLiteral("id, school_id, name, starts_on, ends_on, week_days, closed");

YearRecord readYear(const SqlRows &rows)
{
    YearRecord y;
    y.id = rows.integer(0);
    y.schoolId = rows.integer(1);
    y.name = rows.text(2);
    y.startsOn = rows.date(3);
    y.endsOn = rows.date(4);
    y.weekDays = int(rows.integer(5));
    y.closed = rows.boolean(6);
    return y;
}

QList<int> readGrades(const QString &text)
{
    QList<int> grades;
    for (const QString &g : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        grades.append(g.toInt());
    return grades;
}

QVariant gradesLiteral(const QList<int> &grades)
{
    return intArrayLiteral(QList<qint64>(grades.cbegin(), grades.cend()));
}

const QString kHolidayColumns =
    QStringLiteral("id, year_id, name, starts_on, ends_on, coalesce(array_to_string(grades, ','), '')");

HolidayRecord readHoliday(const SqlRows &rows)
{
    return HolidayRecord{rows.integer(0), rows.integer(1), rows.text(2), rows.date(3), rows.date(4),
                         readGrades(rows.text(5))};
}

// Fills periods and holidays of the given years in two statements.
void attachDetails(Db &db, QList<YearRecord> &years)
{
    QHash<qint64, YearRecord *> byId;
    QList<qint64> ids;
    for (YearRecord &y : years) {
        byId.insert(y.id, &y);
        ids.append(y.id);
    }
    if (ids.isEmpty())
        return;
    SqlRows periods = db.exec(QStringLiteral("SELECT id, year_id, scheme, number, name, starts_on, ends_on FROM periods "
                                             "WHERE year_id = ANY(?::bigint[]) ORDER BY scheme DESC, number"),
                              {intArrayLiteral(ids)});
    while (periods.next()) {
        byId.value(periods.integer(1))
            ->periods.append(PeriodRecord{periods.integer(0), periods.integer(1), periods.text(2),
                                          int(periods.integer(3)), periods.text(4), periods.date(5), periods.date(6)});
    }
    SqlRows holidays = db.exec(QStringLiteral("SELECT ") + kHolidayColumns
                                   + QStringLiteral(" FROM holidays WHERE year_id = ANY(?::bigint[]) ORDER BY starts_on, id"),
                               {intArrayLiteral(ids)});
    while (holidays.next())
        byId.value(holidays.integer(1))->holidays.append(readHoliday(holidays));
}
} // namespace

QList<YearRecord> YearStore::list(Db &db, qint64 schoolId, bool includeClosed)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kYearColumns
                               + QStringLiteral(" FROM academic_years WHERE school_id = ? AND (? OR NOT closed) "
                                                "ORDER BY starts_on DESC"),
                           {schoolId, includeClosed});
    QList<YearRecord> years = rows.all(readYear);
    attachDetails(db, years);
    return years;
}

std::optional<YearRecord> YearStore::byId(Db &db, qint64 id)
{
    QList<YearRecord> years;
    {
        SqlRows rows = db.exec(QStringLiteral("SELECT ") + kYearColumns + QStringLiteral(" FROM academic_years WHERE id = ?"),
                               {id});
        if (!rows.next())
            return std::nullopt;
        years.append(readYear(rows));
    }
    attachDetails(db, years);
    return years.first();
}

bool YearStore::overlapsAnother(Db &db, qint64 schoolId, const QDate &startsOn, const QDate &endsOn, qint64 exceptId)
{
    return db
        .scalar(QStringLiteral("SELECT 1 FROM academic_years WHERE school_id = ? AND id <> ? "
                               "AND starts_on <= ? AND ends_on >= ?"),
                {schoolId, exceptId, endsOn, startsOn})
        .has_value();
}

qint64 YearStore::insert(Db &db, const YearRecord &y)
{
    return db
        .scalar(QStringLiteral("INSERT INTO academic_years(school_id, name, starts_on, ends_on, week_days) "
                               "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {y.schoolId, y.name, y.startsOn, y.endsOn, y.weekDays})
        ->toLongLong();
}

void YearStore::insertWithContents(Db &db, YearRecord &y)
{
    y.id = insert(db, y);
    for (const QString &scheme : {QStringLiteral("quarters"), QStringLiteral("halves")}) {
        QList<PeriodRecord> periods;
        for (const PeriodRecord &p : y.periods) {
            if (p.scheme == scheme)
                periods.append(p);
        }
        if (!periods.isEmpty())
            replacePeriods(db, y, scheme, periods);
    }
    for (HolidayRecord &h : y.holidays) {
        h.yearId = y.id;
        h.id = insertHoliday(db, y.schoolId, h);
    }
    y = *byId(db, y.id);
}

void YearStore::update(Db &db, const YearRecord &y)
{
    db.exec(QStringLiteral("UPDATE academic_years SET name = ?, starts_on = ?, ends_on = ?, week_days = ? WHERE id = ?"),
            {y.name, y.startsOn, y.endsOn, y.weekDays, y.id});
}

void YearStore::replacePeriods(Db &db, const YearRecord &year, const QString &scheme, const QList<PeriodRecord> &periods)
{
    db.exec(QStringLiteral("DELETE FROM periods WHERE year_id = ? AND scheme = ? AND number > ?"),
            {year.id, scheme, int(periods.size())});
    for (const PeriodRecord &p : periods) {
        db.exec(QStringLiteral("INSERT INTO periods(school_id, year_id, scheme, number, name, starts_on, ends_on) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year_id, scheme, number) DO UPDATE SET "
                               "name = excluded.name, starts_on = excluded.starts_on, ends_on = excluded.ends_on"),
                {year.schoolId, year.id, scheme, p.number, p.name, p.startsOn, p.endsOn});
    }
}

bool YearStore::periodsAboveInUse(Db &db, qint64 yearId, const QString &scheme, int number)
{
    return db
        .scalar(QStringLiteral("SELECT 1 FROM periods p WHERE p.year_id = ? AND p.scheme = ? AND p.number > ? AND "
                               "(EXISTS (SELECT 1 FROM final_marks f WHERE f.period_id = p.id) "
                               "OR EXISTS (SELECT 1 FROM exemptions e WHERE e.period_id = p.id))"),
                {yearId, scheme, number})
        .has_value();
}

std::optional<HolidayRecord> YearStore::holidayById(Db &db, qint64 id)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kHolidayColumns + QStringLiteral(" FROM holidays WHERE id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return readHoliday(rows);
}

qint64 YearStore::insertHoliday(Db &db, qint64 schoolId, const HolidayRecord &h)
{
    return db
        .scalar(QStringLiteral("INSERT INTO holidays(school_id, year_id, name, starts_on, ends_on, grades) "
                               "VALUES (?, ?, ?, ?, ?, ?::smallint[]) RETURNING id"),
                {schoolId, h.yearId, h.name, h.startsOn, h.endsOn, gradesLiteral(h.grades)})
        ->toLongLong();
}

void YearStore::updateHoliday(Db &db, const HolidayRecord &h)
{
    db.exec(QStringLiteral("UPDATE holidays SET name = ?, starts_on = ?, ends_on = ?, grades = ?::smallint[] WHERE id = ?"),
            {h.name, h.startsOn, h.endsOn, gradesLiteral(h.grades), h.id});
}

void YearStore::removeHoliday(Db &db, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM holidays WHERE id = ?"), {id});
}

} // namespace cj::server
