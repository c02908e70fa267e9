#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct StudentRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString surname;
    QString firstName;
    QString patronymic;
    // personal card (152-ФЗ)
    QString gender; // "", "m", "f"
    QDate birthDate;
    QString address;
    QString phone;
    QString email;
    QString snils;
    QString healthGroup;
    QString peGroup;
    bool consentGiven = false;
    QDate consentDate;
    QString personalFileNo;
    QString notes;
    qint64 userId = 0; // the student's own account
    // placement on the date a list was asked for
    qint64 classId = 0;
    QString className;
    QDate leftOn;

    QString fullName() const;
    QString shortName() const;
};

// A stretch of a student's time in a class, [startsOn, leftOn).
struct MembershipRecord {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 classId = 0;
    QString className;
    qint64 yearId = 0;
    QDate startsOn;
    QDate leftOn; // invalid: still there
};

struct StudentFilter {
    qint64 yearId = 0;                        // required
    std::optional<QList<qint64>> classIds;    // nullopt: every class of the year
    QString search;                           // part of the name
    QDate date;                               // on the list that day
    bool includeLeft = false;                 // also those whose time in the class ended by then
};

// SQL for students' cards and class memberships.
class StudentStore
{
public:
    // Students with their class on the date, in Russian alphabetical order.
    static QList<StudentRecord> list(Db &db, const StudentFilter &filter);
    static std::optional<StudentRecord> byId(Db &db, qint64 id); // the card, without placement
    static qint64 insert(Db &db, const StudentRecord &s);
    static void update(Db &db, const StudentRecord &s);
    static void setUserId(Db &db, qint64 studentId, qint64 userId);
    // The same person already in the school: same names and birth date.
    static bool samePersonExists(Db &db, qint64 schoolId, const QString &surname, const QString &firstName,
                                 const QString &patronymic, const QDate &birthDate);
    static QList<qint64> ofAccount(Db &db, qint64 userId); // the student cards of a student account

    static QList<MembershipRecord> memberships(Db &db, qint64 studentId); // by start
    static std::optional<MembershipRecord> membershipOn(Db &db, qint64 studentId, const QDate &date);
    static qint64 addMembership(Db &db, qint64 schoolId, qint64 studentId, qint64 classId, const QDate &startsOn,
                                const QDate &leftOn = {});
    static void endMembership(Db &db, qint64 membershipId, const QDate &leftOn);
    static void moveMembership(Db &db, qint64 membershipId, qint64 classId);
    // Classes the students are on the list of on the date.
    static QList<qint64> classesOn(Db &db, const QList<qint64> &studentIds, const QDate &date);
    // Students of the class on the date (ids only), for rosters.
    static QList<qint64> idsInClass(Db &db, qint64 classId, const QDate &date);
};

} // namespace cj::server
