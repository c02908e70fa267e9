#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace cj::server {
class Db;
}

namespace cj::test {

// A small deterministic school for journal, report and structure tests, written through the server's
// storage layer into a school that already exists (TestServer's). The year 2025/2026 (1 September –
// 26 May, 5-day week) with quarters, halves and the customary holidays (autumn 25.10–02.11, winter
// 27.12–11.01, grade 1 in February 14.02–22.02, spring 21.03–29.03); main bells; classes 1А, 5А, 10А
// with six students each (5А's English split into two subgroups); subjects including Русский язык
// (extendedWindow) and ОДНКНР (pass/fail); teachers with known logins; a clash-free weekly schedule
// and the lessons of 1 September – 31 December 2025 generated from it.
//
// Every account's password is kPassword. Logins: director, deputy, secretary; teachers: russian
// (Русский язык and Литература in 5А and 10А, class teacher of 5А), math (Математика everywhere),
// english1 (5А group 1 and 10А), english2 (5А group 2), primary (all of 1А, its class teacher),
// physics (Физика in 10А and ОДНКНР in 5А, class teacher of 10А), idle (a teacher without classes);
// student (the first student of 5А) and parent (that student's mother).
class SmallSchool
{
public:
    static inline const QString kPassword = QStringLiteral("Pass-word-1");

    SmallSchool(server::Db &db, qint64 schoolId);

    qint64 schoolId = 0;
    qint64 yearId = 0;
    qint64 bellsId = 0;
    qint64 class1 = 0;  // 1А
    qint64 class5 = 0;  // 5А
    qint64 class10 = 0; // 10А
    QHash<QString, qint64> subjects; // by name
    QHash<QString, qint64> users;    // by login
    QHash<qint64, QList<qint64>> students; // class -> students in alphabetical order
    qint64 englishGroup1 = 0;              // 5А English subgroups
    qint64 englishGroup2 = 0;
    qint64 studentId = 0;  // the student account's card (in 5А)
    qint64 guardianId = 0; // the parent account's guardian record
    // Assignments by "<class name>/<subject>[/<subgroup name>]", e.g. "5А/Математика", "5А/Английский язык/1 группа".
    QHash<QString, qint64> assignments;

    static QDate yearStart() { return QDate(2025, 9, 1); }
    static QDate lessonsUntil() { return QDate(2025, 12, 31); }

private:
    server::Db &m_db;
};

class TestServer;

// A fresh TestServer holding a SmallSchool, served with the date set to 15 October 2025 (the first
// quarter). False, with the reason in a warning, when the cluster or the server does not come up.
bool startSmallSchool(const QString &name, std::unique_ptr<TestServer> *server, std::unique_ptr<SmallSchool> *school);

} // namespace cj::test
