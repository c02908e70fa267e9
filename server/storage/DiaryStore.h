#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "storage/JournalStore.h"

namespace cj::server {

class Db;

struct DiaryLesson {
    qint64 lessonId = 0;
    QDate date;
    int lessonNumber = 0;
    QString subjectName;
    QString topic;
    QString homework;
};

// Where a student is: their class on a date (or in a year).
struct StudentPlace {
    qint64 studentId = 0;
    QString studentName;
    qint64 classId = 0;
    qint64 yearId = 0;
    qint64 classTeacherId = 0;
    QString className;
};

// SQL for one student's view: the electronic diary, and who the student and their family are.
class DiaryStore
{
public:
    static QList<DiaryLesson> lessons(Db &db, qint64 studentId, const QDate &from, const QDate &to);
    static QList<MarkRow> marks(Db &db, qint64 studentId, const QDate &from, const QDate &to);
    static QList<AttendanceRow> attendance(Db &db, qint64 studentId, const QDate &from, const QDate &to);
    // Final marks of the student in a year, with the subject's name in FinalMarkRow::enteredBy's place.
    static QList<std::pair<FinalMarkRow, QString>> finalMarks(Db &db, qint64 studentId, qint64 yearId);

    static std::optional<qint64> studentOfAccount(Db &db, qint64 userId);
    static bool isGuardianAccountOf(Db &db, qint64 userId, qint64 studentId);
    static std::optional<StudentPlace> placeOn(Db &db, qint64 studentId, const QDate &date);
    static std::optional<StudentPlace> placeInYear(Db &db, qint64 studentId, qint64 yearId);
    static bool teachesClass(Db &db, qint64 teacherId, qint64 classId);
    static std::optional<qint64> yearOfPeriod(Db &db, qint64 periodId);
};

} // namespace cj::server
