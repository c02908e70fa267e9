#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cj::server {

class Db;

// A stretch of a pupil's time in a class, with the class's grade (for levels).
struct ClassStay {
    qint64 studentId = 0;
    qint64 classId = 0;
    int grade = 0;
    QDate startsOn;
    QDate leftOn; // invalid: still there
};

// Наполняемость: how many pupils a class has on a date.
struct ClassEnrolment {
    qint64 classId = 0;
    QString name;
    int grade = 0;
    QString classTeacherName;
    int students = 0;
    int boys = 0;
    int girls = 0;
};

// SQL for the lists of the year's classes over time (movement and enrolment reports).
class EnrolmentStore
{
public:
    // Every stay in the year's classes (in one class when classId is set).
    static QList<ClassStay> stays(Db &db, qint64 yearId, qint64 classId = 0);
    // Every class of the year with its list on the date, by grade and letter.
    static QList<ClassEnrolment> onDate(Db &db, qint64 yearId, const QDate &date);
};

} // namespace cj::server
