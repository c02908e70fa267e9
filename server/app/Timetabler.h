#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QDate>
#include <QString>

#include "storage/ScheduleStore.h"

namespace cj::server {

// One lesson of the weekly timetable to place: an assignment of a class (or one of its subgroups).
struct TimetableLesson {
    qint64 assignmentId = 0;
    qint64 classId = 0;
    qint64 teacherId = 0;
    QString room;
};

// Lessons given at the same time, `hours` times a week: one whole-class assignment, or the
// subgroups of a class learning a subject in parallel (each with its own teacher).
struct TimetableBundle {
    qint64 classId = 0;
    int hours = 0;
    QList<TimetableLesson> lessons;
};

struct TimetablePlacement {
    int weekday = 1;
    int lessonNumber = 1;
    TimetableLesson lesson;
};

// A simple greedy timetabler for generated schools: each hour of a bundle goes to the least loaded day
// of the class that does not have that subject yet, at the earliest lesson where the class and every
// teacher of the bundle are free (a day a lesson or two longer if nothing else fits). Never produces a
// clash; hours that do not fit are reported.
class Timetabler
{
public:
    explicit Timetabler(int weekDays);
    void setDayLength(qint64 classId, int maxLessons);
    int place(const TimetableBundle &bundle); // returns the hours it could not place
    const QList<TimetablePlacement> &placements() const { return m_placements; }
    // The placements as schedule entries of the school valid from the date.
    QList<ScheduleEntryRecord> entries(qint64 schoolId, const QDate &validFrom) const;

private:
    bool fits(const TimetableBundle &bundle, int day, int lesson) const;
    static quint64 key(qint64 id, int day, int lesson) { return (quint64(id) << 8) | quint64(day * 16 + lesson); }

    int m_weekDays;
    QHash<qint64, int> m_dayLength;
    QSet<quint64> m_classBusy;
    QSet<quint64> m_teacherBusy;
    QHash<quint64, int> m_classLoad; // (class, day) -> lessons
    QList<TimetablePlacement> m_placements;
};

} // namespace cj::server
