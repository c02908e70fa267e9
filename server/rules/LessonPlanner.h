#pragma once

#include <QDate>
#include <QList>

#include "rules/Calendar.h"
#include "storage/ClassStore.h"
#include "storage/LessonStore.h"
#include "storage/ScheduleStore.h"

namespace cj::server {

class Db;

// What it takes for a class's lessons between two dates to follow its weekly schedule.
struct LessonPlan {
    QList<NewLesson> create;     // scheduled but missing
    QList<LessonSlot> relink;    // there, now produced by another entry or in another room
    QList<qint64> remove;        // no longer scheduled and without journal data
    QList<qint64> kept;          // no longer scheduled but with journal data: kept, reported
};

// Lessons on the calendar from the schedule (SPEC §2): a lesson for every entry valid on a school day
// of the class (by the year's 5- or 6-day week, outside holidays of its grade, inside its periods).
// Extra and moved lessons are never touched; a lesson moved away from a day is not made again there.
class LessonPlanner
{
public:
    static LessonPlan plan(const Calendar &calendar, const ClassRecord &cls, const QList<ScheduleEntryRecord> &entries,
                           const QList<LessonSlot> &existing, const QDate &from, const QDate &to);

    struct Outcome {
        int created = 0;
        int removed = 0;
        QList<qint64> kept;
    };
    // Plans and applies, class by class, inside the caller's transaction.
    static Outcome generate(Db &db, const Calendar &calendar, const QList<ClassRecord> &classes, const QDate &from,
                            const QDate &to);
};

} // namespace cj::server
