#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

#include "db/SqlStatement.h"
#include "domain/Grading.h"

namespace cj::server {

class Db;

// A teaching assignment with everything the journal's rules need about its class and subject.
struct AssignmentContext {
    qint64 id = 0;
    qint64 schoolId = 0;
    qint64 classId = 0;
    qint64 subjectId = 0;
    qint64 subgroupId = 0;
    qint64 teacherId = 0;
    qint64 yearId = 0;
    qint64 classTeacherId = 0;
    int grade = 0;
    QString className;
    QString subjectName;
    QString subgroupName;
    QString teacherName;
    QString grading; // marks | pass_fail
    bool extendedWindow = false;
    QString periodScheme;
    double hoursPerWeek = 0;
    bool yearClosed = false;
    int weekDays = 5;
    QDate yearStart;
    QDate yearEnd;

    bool passFail() const { return grading == QLatin1String("pass_fail"); }
    bool noMarks() const { return grade == 1; } // 000 §3.7: grade 1 keeps attendance only
};

struct LessonContext {
    qint64 id = 0;
    QDate date;
    int lessonNumber = 0;
    QString room;
    QString origin;
    QDate movedFrom;
    QString topic;
    QString homework;
    qint64 workKindId = 0;
    qint64 planItemId = 0;
    qint64 substituteId = 0;
    QString substituteName;
    AssignmentContext assignment;
};

struct PageStudent {
    qint64 id = 0;
    QString surname;
    QString firstName;
    QString patronymic;
    QDate joinedOn; // invalid when a member from before the range
    QDate leftOn;   // invalid when still a member after the range
    QString fullName() const;
    QString shortName() const;
};

struct MarkRow {
    qint64 lessonId = 0;
    qint64 studentId = 0;
    int position = 1;
    int value = 0;                 // 1..5; 0 for зачёт/незачёт marks
    std::optional<bool> passed;    // set for зачёт/незачёт marks
    qint64 workKindId = 0;
    QString comment;
    QDateTime enteredAt;
    QString enteredBy;
    double weight = 1.0;  // of its kind of work (1 without a kind)
    bool written = false;
    bool control = false;

    bool sameMark(const MarkRow &o) const
    {
        return value == o.value && passed == o.passed && workKindId == o.workKindId && comment == o.comment;
    }
};

struct AttendanceRow {
    qint64 lessonId = 0;
    qint64 studentId = 0;
    QString kind;   // absent | late
    QString reason; // ill | excused | unexcused | empty
};

struct FinalMarkRow {
    qint64 id = 0;
    qint64 studentId = 0;
    QString kind;
    qint64 periodId = 0;
    int value = 0;
    std::optional<bool> passed;
    QDateTime enteredAt;
    QString enteredBy;
};

struct Membership {
    qint64 studentId = 0;
    QDate startsOn;
    QDate leftOn; // invalid: still a member
    bool covers(const QDate &date) const { return startsOn <= date && (!leftOn.isValid() || date < leftOn); }
};

// Lesson number -> its start and end ("08:30", "09:15").
using Bells = QHash<int, std::pair<QString, QString>>;

struct Exemption {
    qint64 studentId = 0;
    qint64 periodId = 0; // 0: the whole year
    bool covers(qint64 period) const { return periodId == 0 || periodId == period; }
};

// SQL for the journal: pages, cells, lessons' topics and homework, period and final marks.
class JournalStore
{
public:
    struct ClassInfo {
        qint64 id = 0;
        qint64 schoolId = 0;
        qint64 classTeacherId = 0;
    };
    struct ClassAbsence {
        qint64 lessonId = 0;
        qint64 assignmentId = 0;
        QDate date;
        int lessonNumber = 0;
        QString subjectName;
        qint64 studentId = 0;
        QString studentName;
        QString kind;
        QString reason;
    };
    static std::optional<ClassInfo> classInfo(Db &db, qint64 classId);
    // Absences and lateness of a class's pupils in every subject between two dates, by date.
    static QList<ClassAbsence> classAbsences(Db &db, qint64 classId, const QDate &from, const QDate &to);

    static std::optional<AssignmentContext> assignment(Db &db, qint64 assignmentId);
    static std::optional<LessonContext> lesson(Db &db, qint64 lessonId);
    // Bell times of the class's bell schedule.
    static Bells bells(Db &db, qint64 classId);

    // Students of the class (or subgroup) at some time in [from, to], alphabetical.
    static QList<PageStudent> students(Db &db, const AssignmentContext &a, const QDate &from, const QDate &to);
    static QList<Membership> memberships(Db &db, const AssignmentContext &a);
    static QList<Exemption> exemptions(Db &db, qint64 subjectId, qint64 yearId);
    static bool isMember(Db &db, const AssignmentContext &a, qint64 studentId, const QDate &on);
    static bool wasMemberBetween(Db &db, const AssignmentContext &a, qint64 studentId, const QDate &from, const QDate &to);
    static QList<LessonContext> lessons(Db &db, const AssignmentContext &a, const QDate &from, const QDate &to);
    static QList<MarkRow> marks(Db &db, qint64 assignmentId, const QDate &from, const QDate &to, qint64 studentId = 0);
    static QList<AttendanceRow> attendance(Db &db, qint64 assignmentId, const QDate &from, const QDate &to);
    static QList<FinalMarkRow> finalMarks(Db &db, qint64 subjectId, qint64 yearId, const QList<qint64> &studentIds);
    static std::optional<FinalMarkRow> finalMark(Db &db, qint64 studentId, qint64 subjectId, qint64 yearId,
                                                 const QString &kind, qint64 periodId);
    static bool isSubstitute(Db &db, qint64 assignmentId, qint64 teacherId);

    static QList<MarkRow> cellMarks(Db &db, qint64 lessonId, qint64 studentId);
    static std::optional<AttendanceRow> cellAttendance(Db &db, qint64 lessonId, qint64 studentId);

    static void replaceMarks(Db &db, qint64 schoolId, qint64 lessonId, qint64 studentId, const QList<MarkRow> &marks,
                             qint64 userId, const QDateTime &now);
    static void setAttendance(Db &db, qint64 schoolId, qint64 lessonId, qint64 studentId, const QString &kind,
                              qint64 userId, const QDateTime &now);
    static void clearAttendance(Db &db, qint64 lessonId, qint64 studentId);
    static void setReason(Db &db, qint64 lessonId, qint64 studentId, const QString &reason, qint64 userId,
                          const QDateTime &now);
    // Absences of a student between two dates, in every subject: (lessonId, assignmentId).
    static QList<std::pair<qint64, qint64>> absencesBetween(Db &db, qint64 studentId, const QDate &from, const QDate &to);
    static void updateLesson(Db &db, const LessonContext &lesson, bool topicChanged, bool homeworkChanged,
                             const QDateTime &now);
    static void setFinalMark(Db &db, qint64 schoolId, const AssignmentContext &a, const FinalMarkRow &mark,
                             qint64 userId, const QDateTime &now);
    static void clearFinalMark(Db &db, qint64 id);

    static void setExemption(Db &db, qint64 schoolId, qint64 studentId, qint64 subjectId, qint64 yearId,
                             qint64 periodId, const QString &reason, qint64 userId);
    static bool removeExemption(Db &db, qint64 studentId, qint64 subjectId, qint64 yearId, qint64 periodId);
};

// One cell: (lesson, student).
using CellKey = std::pair<qint64, qint64>;

// A cell's new marks, for writing many cells at once.
struct CellWrite {
    qint64 schoolId = 0;
    qint64 lessonId = 0;
    qint64 studentId = 0;
    QList<MarkRow> marks;
    qint64 userId = 0;
    bool mayShrink = true; // the cell may hold more marks than `marks`: the surplus is deleted
};

// A cell's marks as writing `wanted` over `old` leaves them (JournalStore::replaceMarks and
// JournalBatchStore::replaceStatements): an unchanged mark keeps who entered it and when, a changed
// one keeps when it was entered and shows who changed it, a new one is the writer's from `now`.
QList<MarkRow> marksAfterWrite(const QList<MarkRow> &old, QList<MarkRow> wanted, const QString &writerName,
                               const QDateTime &now);

// A cell and the range of its assignment's lessons whose marks the answer needs (the period's,
// for the student's figures).
struct CellRangeQuery {
    qint64 assignmentId = 0;
    qint64 lessonId = 0;
    qint64 studentId = 0;
    QDate from;
    QDate to;
    qint64 writerId = 0; // who is about to write the cell
    bool wholeRange = true; // false: the cell's own marks only (the range's are known already)
};

// A cell's attendance and its student's marks in the assignment's lessons of the queried range
// (or the cell's own marks only: CellRangeQuery::wholeRange).
struct CellRange {
    QList<MarkRow> marks; // by lesson, then position; enteredBy only in the cell's own
    std::optional<AttendanceRow> attendance;
    QString writerName; // the short name a mark written by the query's writer shows
    QList<MarkRow> cellMarks(qint64 lessonId) const;
};

// A pupil's marks (by lesson, then position, as a read gives them) with one lesson's replaced by
// `cell`, in that order still: the figures come out as from a read after the write.
QList<MarkRow> withLessonMarks(const QList<MarkRow> &marks, qint64 lessonId, const QList<MarkRow> &cell);

// Set-based variants for a batch of writes: a handful of statements however many cells.
class JournalBatchStore
{
public:
    // One statement for what a batch's rules and answers need, by cell.
    static QHash<CellKey, CellRange> cellRanges(Db &db, const QList<CellRangeQuery> &queries);
    // The statements that write the cells (to run with the batch's other writes: Db::execAsOne).
    static QList<SqlStatement> replaceStatements(const QList<CellWrite> &writes, const QDateTime &now);
};

// Marks as the averages see them (numeric marks only).
QList<GradedMark> gradedMarks(const QList<MarkRow> &marks);

} // namespace cj::server
