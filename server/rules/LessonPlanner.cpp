#include "rules/LessonPlanner.h"

#include <QHash>
#include <QSet>

namespace cj::server {

namespace {
struct Key {
    qint64 assignmentId;
    QDate date;
    int lessonNumber;
    bool operator==(const Key &o) const
    {
        return assignmentId == o.assignmentId && date == o.date && lessonNumber == o.lessonNumber;
    }
};
size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.assignmentId, k.date.toJulianDay(), k.lessonNumber);
}
} // namespace

LessonPlan LessonPlanner::plan(const Calendar &calendar, const ClassRecord &cls, const QList<ScheduleEntryRecord> &entries,
                               const QList<LessonSlot> &existing, const QDate &from, const QDate &to)
{
    QHash<Key, const LessonSlot *> present;
    QHash<QPair<qint64, qint64>, int> movedAway; // (assignment, day) -> lessons moved from that day
    for (const LessonSlot &s : existing) {
        present.insert(Key{s.assignmentId, s.date, s.lessonNumber}, &s);
        if (s.origin == QLatin1String("moved") && s.movedFrom.isValid())
            ++movedAway[qMakePair(s.assignmentId, s.movedFrom.toJulianDay())];
    }

    LessonPlan plan;
    QSet<Key> wanted;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (!calendar.isSchoolDay(d, cls.grade, cls.periodScheme))
            continue;
        for (const ScheduleEntryRecord &e : entries) {
            if (e.weekday != d.dayOfWeek() || !e.validOn(d))
                continue;
            const Key key{e.assignmentId, d, e.lessonNumber};
            wanted.insert(key);
            const LessonSlot *there = present.value(key);
            if (!there) {
                int &moved = movedAway[qMakePair(e.assignmentId, d.toJulianDay())];
                if (moved > 0) {
                    --moved; // this lesson was moved to another day: do not give it twice
                    continue;
                }
                NewLesson lesson;
                lesson.assignmentId = e.assignmentId;
                lesson.date = d;
                lesson.lessonNumber = e.lessonNumber;
                lesson.room = e.room;
                lesson.scheduleEntryId = e.id;
                plan.create.append(lesson);
            } else if (there->origin == QLatin1String("schedule")
                       && (there->scheduleEntryId != e.id || there->room != e.room)) {
                LessonSlot relinked = *there;
                relinked.scheduleEntryId = e.id;
                relinked.room = e.room;
                plan.relink.append(relinked);
            }
        }
    }
    for (const LessonSlot &s : existing) {
        if (s.origin != QLatin1String("schedule") || wanted.contains(Key{s.assignmentId, s.date, s.lessonNumber}))
            continue;
        if (s.hasJournalData)
            plan.kept.append(s.id);
        else
            plan.remove.append(s.id);
    }
    return plan;
}

LessonPlanner::Outcome LessonPlanner::generate(Db &db, const Calendar &calendar, const QList<ClassRecord> &classes,
                                               const QDate &from, const QDate &to)
{
    Outcome outcome;
    for (const ClassRecord &cls : classes) {
        ScheduleFilter filter;
        filter.schoolId = cls.schoolId;
        filter.classId = cls.id;
        filter.from = from;
        filter.to = to;
        const LessonPlan plan = LessonPlanner::plan(calendar, cls, ScheduleStore::list(db, filter),
                                                    LessonStore::slotsOfClass(db, cls.id, from, to), from, to);
        LessonStore::removeMany(db, plan.remove);
        LessonStore::relink(db, plan.relink);
        outcome.created += LessonStore::insertMany(db, cls.schoolId, plan.create);
        outcome.removed += int(plan.remove.size());
        outcome.kept += plan.kept;
    }
    return outcome;
}

} // namespace cj::server
