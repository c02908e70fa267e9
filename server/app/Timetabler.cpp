#include "app/Timetabler.h"

namespace cj::server {

Timetabler::Timetabler(int weekDays)
    : m_weekDays(weekDays)
{
}

void Timetabler::setDayLength(qint64 classId, int maxLessons)
{
    m_dayLength.insert(classId, maxLessons);
}

bool Timetabler::fits(const TimetableBundle &bundle, int day, int lesson) const
{
    if (m_classBusy.contains(key(bundle.classId, day, lesson)))
        return false;
    for (const TimetableLesson &l : bundle.lessons) {
        if (m_teacherBusy.contains(key(l.teacherId, day, lesson)))
            return false;
    }
    return true;
}

int Timetabler::place(const TimetableBundle &bundle)
{
    const int dayLength = m_dayLength.value(bundle.classId, 6);
    QSet<int> daysUsed;
    int unplaced = 0;
    for (int hour = 0; hour < bundle.hours; ++hour) {
        int bestDay = 0;
        int bestLesson = 0;
        // First pass: a day without this subject; second: any day; then days one, then two lessons longer.
        for (int pass = 0; pass < 4 && bestDay == 0; ++pass) {
            const int length = pass >= 2 ? dayLength + pass - 1 : dayLength;
            int bestLoad = 1 << 20;
            for (int day = 1; day <= m_weekDays; ++day) {
                if (pass == 0 && daysUsed.contains(day))
                    continue;
                const int load = m_classLoad.value(key(bundle.classId, day, 0));
                if (load >= length || load >= bestLoad)
                    continue;
                for (int lesson = 1; lesson <= length; ++lesson) {
                    if (fits(bundle, day, lesson)) {
                        bestDay = day;
                        bestLesson = lesson;
                        bestLoad = load;
                        break;
                    }
                }
            }
        }
        if (bestDay == 0) {
            ++unplaced;
            continue;
        }
        daysUsed.insert(bestDay);
        m_classBusy.insert(key(bundle.classId, bestDay, bestLesson));
        ++m_classLoad[key(bundle.classId, bestDay, 0)];
        for (const TimetableLesson &l : bundle.lessons) {
            m_teacherBusy.insert(key(l.teacherId, bestDay, bestLesson));
            m_placements.append(TimetablePlacement{bestDay, bestLesson, l});
        }
    }
    return unplaced;
}

QList<ScheduleEntryRecord> Timetabler::entries(qint64 schoolId, const QDate &validFrom) const
{
    QList<ScheduleEntryRecord> list;
    for (const TimetablePlacement &p : m_placements) {
        ScheduleEntryRecord e;
        e.schoolId = schoolId;
        e.classId = p.lesson.classId;
        e.assignmentId = p.lesson.assignmentId;
        e.weekday = p.weekday;
        e.lessonNumber = p.lessonNumber;
        e.room = p.lesson.room;
        e.validFrom = validFrom;
        list.append(e);
    }
    return list;
}

} // namespace cj::server
