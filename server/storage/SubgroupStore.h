#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

struct SubgroupMember {
    qint64 studentId = 0;
    QString studentName;
    QDate startsOn;
    QDate leftOn; // invalid: still a member
};

struct SubgroupRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    qint64 classId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QString name;
    QList<SubgroupMember> members; // current on the date asked for, in alphabetical order
};

// One stretch of a student's membership of a subgroup, [startsOn, leftOn).
struct SubgroupMembership {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 subgroupId = 0;
    QDate startsOn;
    QDate leftOn;
};

// SQL for subgroups (подгруппы) and who is in them when.
class SubgroupStore
{
public:
    static QList<SubgroupRecord> listOfClass(Db &db, qint64 classId, const QDate &onDate);
    static std::optional<SubgroupRecord> byId(Db &db, qint64 id, const QDate &onDate);
    static bool nameTaken(Db &db, qint64 classId, qint64 subjectId, const QString &name);
    static qint64 insert(Db &db, const SubgroupRecord &subgroup);
    static bool hasLessons(Db &db, qint64 id);
    static void remove(Db &db, qint64 id);

    // The memberships of these students in any subgroup of the class and subject.
    static QList<SubgroupMembership> memberships(Db &db, qint64 classId, qint64 subjectId, const QList<qint64> &studentIds);
    static void insertMemberships(Db &db, qint64 schoolId, qint64 subgroupId, const QList<qint64> &studentIds,
                                  const QDate &startsOn);
    static void endMembership(Db &db, qint64 membershipId, const QDate &leftOn);
    static void deleteMembership(Db &db, qint64 membershipId);
    // The student leaves the class on `onDate`: memberships of its subgroups end then (or vanish if
    // they had not begun).
    static void leaveClass(Db &db, qint64 studentId, qint64 classId, const QDate &onDate);
};

} // namespace cj::server
