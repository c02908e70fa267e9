#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

// A stretch of a student's time on a list (a class or a subgroup), [startsOn, leftOn).
struct RosterSpan {
    qint64 listId = 0; // the class or the subgroup
    qint64 studentId = 0;
    QDate startsOn;
    QDate leftOn; // invalid: still there
};

struct BulkMark {
    qint64 lessonId = 0;
    qint64 studentId = 0;
    int position = 1;
    int value = 0;              // 0 for зачёт/незачёт marks
    std::optional<bool> passed; // set for зачёт/незачёт marks
    qint64 workKindId = 0;
    qint64 enteredBy = 0;
    QDateTime enteredAt;
};

struct BulkAttendance {
    qint64 lessonId = 0;
    qint64 studentId = 0;
    QString kind;   // absent | late
    QString reason; // empty: not set (yet)
    qint64 setBy = 0;
    QDateTime setAt;
    qint64 reasonSetBy = 0;
    QDateTime reasonSetAt;
};

// A lesson's topic and homework as the teacher entered them, from the plan item at `planPosition`.
struct BulkLessonEntry {
    qint64 lessonId = 0;
    qint64 assignmentId = 0;
    int planPosition = 0;
    QString topic;
    QString homework;
    qint64 workKindId = 0;
    QDateTime setAt;
};

struct BulkPlanItem {
    qint64 assignmentId = 0;
    int position = 0;
    QString topic;
    QString homework;
};

struct BulkFinalMark {
    qint64 studentId = 0;
    qint64 subjectId = 0;
    qint64 classId = 0;
    qint64 yearId = 0;
    QString kind; // period | year
    qint64 periodId = 0;
    int value = 0;
    std::optional<bool> passed;
    qint64 enteredBy = 0;
    QDateTime enteredAt;
};

// SQL for loading a generated school's journal in bulk (the data generator): each list goes in as
// arrays bound to one statement, into exactly the rows the journal's own writes produce.
class JournalBulkStore
{
public:
    // Generated rows reference only rows that exist (their ids come from the database), so a
    // superuser connection skips the per-row foreign-key checks for the rest of the transaction,
    // as pg_restore --disable-triggers does: they are most of a bulk load's cost. Returns whether it could.
    static bool skipForeignKeyChecks(Db &db);

    static QList<RosterSpan> classRosters(Db &db, qint64 yearId);
    static QList<RosterSpan> subgroupRosters(Db &db, qint64 yearId);

    static void insertPlanItems(Db &db, qint64 schoolId, const QList<BulkPlanItem> &items);
    // Also links each lesson to its plan item (by assignment and position).
    static void setLessonEntries(Db &db, const QList<BulkLessonEntry> &entries);
    static void insertMarks(Db &db, qint64 schoolId, const QList<BulkMark> &marks);
    static void insertAttendance(Db &db, qint64 schoolId, const QList<BulkAttendance> &rows);
    static void insertFinalMarks(Db &db, qint64 schoolId, const QList<BulkFinalMark> &marks);
};

} // namespace cj::server
