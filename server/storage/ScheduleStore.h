#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

// A slot of the weekly timetable, valid over [validFrom, validTo).
struct ScheduleEntryRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    qint64 classId = 0;
    QString className;
    qint64 assignmentId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 teacherId = 0;
    QString teacherName;
    qint64 subgroupId = 0;
    QString subgroupName;
    int weekday = 1; // Monday = 1
    int lessonNumber = 1;
    QString room;
    QDate validFrom;
    QDate validTo; // invalid: open-ended

    bool validOn(const QDate &date) const { return validFrom <= date && (!validTo.isValid() || date < validTo); }
};

struct ScheduleFilter {
    qint64 schoolId = 0;
    qint64 classId = 0;
    qint64 teacherId = 0;
    QString room;     // used when not empty
    QDate from;       // entries valid on any day of [from, to]
    QDate to;
};

// SQL for the weekly schedule.
class ScheduleStore
{
public:
    static QList<ScheduleEntryRecord> list(Db &db, const ScheduleFilter &filter); // by weekday, lesson, class
    static std::optional<ScheduleEntryRecord> byId(Db &db, qint64 id);
    static QList<ScheduleEntryRecord> ofAssignment(Db &db, qint64 assignmentId);
    // Entries of the school in the slot valid at some time in [from, to) (to invalid: open-ended).
    static QList<ScheduleEntryRecord> inSlot(Db &db, qint64 schoolId, int weekday, int lessonNumber, const QDate &from,
                                             const QDate &to);
    static qint64 insert(Db &db, const ScheduleEntryRecord &entry);
    static void insertMany(Db &db, const QList<ScheduleEntryRecord> &entries); // a generated timetable
    static void endAt(Db &db, qint64 id, const QDate &validTo);
    // Some entry of the year's classes falls on this weekday or a later one.
    static bool usesWeekdayFrom(Db &db, qint64 yearId, int weekday);
    static void remove(Db &db, qint64 id);
};

} // namespace cj::server
