#pragma once

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "core/journal/FinalMark.h"
#include "core/journal/JournalCell.h"
#include "core/journal/JournalLesson.h"
#include "core/journal/WorkKind.h"
#include "domain/Grading.h"

namespace cj::client {

// A period of the class's scheme (четверть, полугодие).
struct Period {
    qint64 id = 0;
    QString scheme; // quarters, halves
    int number = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;

    static Period fromCbor(const QCborMap &map);
};

// A row of the page: a student on the class (or group) list at some time in the period.
struct JournalStudent {
    qint64 id = 0;
    QString fullName;
    QString shortName;
    QDate joinedOn; // set when membership starts inside the period
    QDate leftOn;   // set when it ends inside the period (first day off the list)

    bool isMemberOn(const QDate &date) const
    {
        return (!joinedOn.isValid() || date >= joinedOn) && (!leftOn.isValid() || date < leftOn);
    }
};

// What the caller may change on the page, beyond each lesson's canEdit.
struct PageRights {
    bool marks = false;
    bool attendance = false;
    bool topics = false;
    bool reasons = false;
    bool finalMarks = false;
    bool plan = false;
};

// A page's name wherever it is shown: «5А — Английский язык (1 группа)».
QString journalPageTitle(const QString &className, const QString &subjectName, const QString &subgroupName);

// The assignment (class or group × subject) a page belongs to.
struct PageAssignment {
    qint64 id = 0;
    qint64 classId = 0;
    QString className;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 subgroupId = 0;
    QString subgroupName;
    qint64 teacherId = 0;
    QString teacherName;
    int grade = 0;
    bool passFail = false; // зачёт/незачёт subject
    bool extendedWindow = false;
    bool noMarks = false; // grade 1: attendance only

    QString title() const; // «5А — Математика (1 группа)»
};

// One journal page as journal.open returns it: an assignment × a period, kept up to date by the
// changes of event.journalChanged and of the caller's own writes.
struct JournalPage {
    PageAssignment assignment;
    Period period;
    QList<Period> periods;
    QList<JournalStudent> students;
    QList<JournalLesson> lessons;
    QHash<CellKey, JournalCell> cells; // non-empty cells only
    QList<FinalMark> finalMarks;
    QSet<qint64> exempt;
    QList<WorkKind> workKinds;
    RoundingPolicy policy;
    bool allowOne = false;
    PageRights rights;
    QDate today;

    static JournalPage fromCbor(const QCborMap &result);

    bool isLoaded() const { return assignment.id > 0; }
    const WorkKind *workKind(qint64 id) const;
    int lessonIndex(qint64 lessonId) const;   // -1 when not on the page
    int studentIndex(qint64 studentId) const; // -1 when not on the page
    JournalCell cell(const CellKey &key) const;
    // The final mark in a slot, or an unset one naming the slot.
    FinalMark finalMark(qint64 studentId, FinalMarkKind kind) const;
    // The marks of a student as the averages see them (pass/fail marks do not count).
    QList<GradedMark> gradedMarks(const JournalCell &cell) const;
    // Whether the period is the year's last of the scheme (year marks are given then).
    bool isLastPeriod() const;
    // Exam and final (certificate) marks exist in grades 9 and 11.
    bool hasExams() const { return isLastPeriod() && (assignment.grade == 9 || assignment.grade == 11); }

    void setCell(const JournalCell &cell);
    void setLesson(const JournalLesson &lesson);
    void setFinalMark(const FinalMark &mark); // an unset mark removes the slot
};

} // namespace cj::client
