#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct PeriodRecord {
    qint64 id = 0;
    qint64 yearId = 0;
    QString scheme; // "quarters" or "halves"
    int number = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
};

struct HolidayRecord {
    qint64 id = 0;
    qint64 yearId = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    QList<int> grades; // empty: the whole school
};

struct YearRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    int weekDays = 5;
    bool closed = false;
    QList<PeriodRecord> periods;   // by scheme, number
    QList<HolidayRecord> holidays; // by start

    // The periods of one scheme ("quarters" or "halves"), in order.
    QList<PeriodRecord> periodsOf(const QString &scheme) const;
};

// SQL for academic years with their periods and holidays.
class YearStore
{
public:
    static QList<YearRecord> list(Db &db, qint64 schoolId, bool includeClosed); // newest first
    static std::optional<YearRecord> byId(Db &db, qint64 id);
    // Another year of the school whose dates overlap [startsOn, endsOn].
    static bool overlapsAnother(Db &db, qint64 schoolId, const QDate &startsOn, const QDate &endsOn, qint64 exceptId);

    static qint64 insert(Db &db, const YearRecord &year); // the year only
    // The year with its periods and holidays; sets the ids.
    static void insertWithContents(Db &db, YearRecord &year);
    static void update(Db &db, const YearRecord &year);

    // Writes the periods of one scheme, keeping the ids of numbers that stay; drops numbers beyond them.
    static void replacePeriods(Db &db, const YearRecord &year, const QString &scheme, const QList<PeriodRecord> &periods);
    // Period marks or exemptions refer to a period of the scheme numbered above `number`.
    static bool periodsAboveInUse(Db &db, qint64 yearId, const QString &scheme, int number);

    static std::optional<HolidayRecord> holidayById(Db &db, qint64 id);
    static qint64 insertHoliday(Db &db, qint64 schoolId, const HolidayRecord &holiday);
    static void updateHoliday(Db &db, const HolidayRecord &holiday);
    static void removeHoliday(Db &db, qint64 id);
};

} // namespace cj::server
