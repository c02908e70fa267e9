#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cj::server {

class Db;

// One assignment's journal over a range, as the deputy's control sees it.
struct ControlRow {
    qint64 assignmentId = 0;
    qint64 classId = 0;
    QString className;
    int grade = 0;
    QString periodScheme;
    qint64 subjectId = 0;
    QString subjectName;
    bool extendedWindow = false;
    QString subgroupName;
    qint64 teacherId = 0;
    QString teacherName;
    double hoursPerWeek = 0;
    int lessons = 0;
    int withoutTopic = 0;
    int withoutHomework = 0;
    int substitutions = 0;
    double plannedHours = 0; // КТП
    QDateTime lastEntryAt;   // the latest topic, homework, mark or attendance entry on the range's lessons
};

// A current mark entered after its lesson's day (a candidate for "filled late").
struct LateMarkCandidate {
    qint64 assignmentId = 0;
    QDate lessonDate;
    bool written = false;
    QDateTime enteredAt;
};

struct TeacherActivity {
    qint64 teacherId = 0;
    int entries = 0;       // audit-log entries in the range
    QDateTime lastEntryAt; // the latest before the range's end
};

struct ControlFilter {
    qint64 yearId = 0;
    qint64 teacherId = 0; // 0: all
    qint64 classId = 0;   // 0: all
    QDate from;
    QDate to;
};

// SQL for Контроль ведения журнала (003 §2.3, 000 §4.6.6).
class ControlStore
{
public:
    // The year's assignments (by class, subject, subgroup) with their lessons in the range.
    static QList<ControlRow> assignments(Db &db, const ControlFilter &filter);
    static QList<LateMarkCandidate> marksAfterLessonDay(Db &db, const QList<qint64> &assignmentIds, const QDate &from,
                                                        const QDate &to);
    // Entries counted in [from, to); lastEntryAt is the latest before `to`.
    static QList<TeacherActivity> activity(Db &db, const QList<qint64> &teacherIds, const QDateTime &from, const QDateTime &to);
};

} // namespace cj::server
