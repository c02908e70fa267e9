#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

// A lesson on the calendar, with what the journal shows about it.
struct LessonRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    qint64 assignmentId = 0;
    qint64 classId = 0;
    QString className;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 subgroupId = 0;
    QString subgroupName;
    qint64 teacherId = 0;
    QString teacherName;
    QDate date;
    int lessonNumber = 0;
    QString room;
    QString origin = QStringLiteral("schedule"); // "schedule", "extra", "moved"
    QDate movedFrom;
    qint64 substituteId = 0;
    QString substituteName;
    QString topic;
    QString homework;
    QString startsAt; // "08:30" from the class's bells, empty when unknown
    QString endsAt;
    qint64 scheduleEntryId = 0;

    // Who gives the lesson: the substitute when there is one.
    qint64 givenBy() const { return substituteId > 0 ? substituteId : teacherId; }
};

struct LessonFilter {
    qint64 schoolId = 0;
    qint64 classId = 0;
    qint64 assignmentId = 0;
    qint64 teacherId = 0; // their own lessons and those they substitute
    QDate from;
    QDate to;
};

// What lesson generation needs to know about a class's existing lessons.
struct LessonSlot {
    qint64 id = 0;
    qint64 assignmentId = 0;
    QDate date;
    int lessonNumber = 0;
    QString origin;
    QDate movedFrom;
    qint64 scheduleEntryId = 0;
    QString room;
    bool hasJournalData = false; // marks, attendance, topic, homework or a correction request
};

// A lesson to create.
struct NewLesson {
    qint64 assignmentId = 0;
    QDate date;
    int lessonNumber = 0;
    QString room;
    qint64 scheduleEntryId = 0;
    QString origin = QStringLiteral("schedule");
    QDate movedFrom;
};

// SQL for lessons.
class LessonStore
{
public:
    static QList<LessonRecord> list(Db &db, const LessonFilter &filter); // by date, lesson number, class
    static std::optional<LessonRecord> byId(Db &db, qint64 id);
    static QList<LessonRecord> inSlot(Db &db, qint64 schoolId, const QDate &date, int lessonNumber);
    static bool hasJournalData(Db &db, qint64 id);

    // The class's lessons between the dates, and those moved away from a day between them.
    static QList<LessonSlot> slotsOfClass(Db &db, qint64 classId, const QDate &from, const QDate &to);
    static qint64 insert(Db &db, qint64 schoolId, const NewLesson &lesson);
    // Inserts many at once (generation); lessons already there are skipped. Returns how many were created.
    static int insertMany(Db &db, qint64 schoolId, const QList<NewLesson> &lessons);
    // Points lessons at the schedule entry and room that now produce them.
    static void relink(Db &db, const QList<LessonSlot> &lessons);
    static void removeMany(Db &db, const QList<qint64> &ids);
};

} // namespace cj::server
