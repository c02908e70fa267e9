#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "reports/AttendanceTally.h"

namespace cj::server {

class Db;

// Which lessons, and how many, a pupil was due at in some classes' journals between two dates.
struct PupilLessonFilter {
    QList<qint64> classIds;
    QDate from;
    QDate to;
    qint64 studentId = 0; // 0: every pupil
};

// One pupil's lessons of one assignment: how many they were due at, missed, missed for a valid
// reason (ill or excused), and the current marks they got.
struct PupilAssignmentLessons {
    qint64 studentId = 0;
    qint64 assignmentId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    int lessons = 0;
    int missed = 0;
    int validAbsences = 0;
    int marks = 0; // a double mark counts twice
};

struct PupilHomework {
    qint64 studentId = 0;
    QDate date;
    int lessonNumber = 0;
    QString subjectName;
    QString homework;
};

// SQL over "the lessons each pupil was due at": a lesson of the whole class for everyone on the
// class's list that day, a subgroup's lesson for the subgroup's members that day.
class PupilLessonStore
{
public:
    // Per pupil and day with lessons: lessons, absences by reason, lateness.
    static QList<AttendanceDay> days(Db &db, const PupilLessonFilter &filter);
    // By pupil, then in the school's subject order.
    static QList<PupilAssignmentLessons> byAssignment(Db &db, const PupilLessonFilter &filter);
    // Homework set for the pupils' lessons, by date and lesson number.
    static QList<PupilHomework> homework(Db &db, const PupilLessonFilter &filter);
};

} // namespace cj::server
