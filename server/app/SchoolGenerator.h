#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace cj::server {

class Db;

// How big a generated school is.
struct SchoolSize {
    QList<QStringList> letters;   // class letters of grades 1..11
    int studentsMin = 20;
    int studentsMax = 26;
    int teacherHours = 24;        // weekly load of a teacher before another one is hired
    int subgroupFrom = 25;        // classes this big split for English, informatics, technology
    bool wholeYearLessons = false; // lessons to the year's end, else to two weeks after today

    static SchoolSize small(); // 14 classes 1А … 11А, 20–26 students each
    static SchoolSize large(); // 66 classes (grades 1–11 × А–Е), about 2,000 students
};

// Writes a realistic school through the storage layer, seeded and reproducible: staff, the academic
// year containing `today` (the coming one in summer) with quarters, halves, holidays and bells,
// classes, students with guardians, subjects, the curriculum, subgroups, the teaching load, a
// clash-free weekly schedule, the lessons on the calendar and a few substitutions. One transaction.
class SchoolGenerator
{
public:
    struct Result {
        qint64 schoolId = 0;
        int classes = 0;
        int students = 0;
        int teachers = 0;
        int lessons = 0;
        int unplacedHours = 0; // curriculum hours the timetabler could not place
        QString accounts;      // the demo accounts, as printed
    };

    SchoolGenerator(Db &db, quint32 seed);
    // demoAccounts: the README's fixed accounts (admin/admin2025 …), a teacher who leads a class and
    // teaches several, one of their students and that student's parent.
    Result generate(const SchoolSize &size, const QString &schoolName, const QDate &today, bool demoAccounts);

    // The academic year containing the date: 1 September to 26 May (moved back off a weekend); in
    // summer the coming one.
    static QDate yearStart(const QDate &today);
    static QDate yearEnd(const QDate &start);

private:
    Db &m_db;
    QRandomGenerator m_random;
};

} // namespace cj::server
