#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

class Db;

// Распределение нагрузки: a teacher teaches a subject to a class or to one of its subgroups.
struct AssignmentRecord {
    qint64 id = 0;
    qint64 schoolId = 0;
    qint64 classId = 0;
    QString className;
    int grade = 0;
    qint64 yearId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 subgroupId = 0; // 0: the whole class
    QString subgroupName;
    qint64 teacherId = 0;
    QString teacherName;
    double hoursPerWeek = 0;
};

struct AssignmentFilter {
    qint64 yearId = 0; // required
    qint64 classId = 0;
    qint64 teacherId = 0;
};

// SQL for the teaching load.
class AssignmentStore
{
public:
    static QList<AssignmentRecord> list(Db &db, const AssignmentFilter &filter); // by class, subject, subgroup
    static std::optional<AssignmentRecord> byId(Db &db, qint64 id);
    // Another assignment of the same class, subject and subgroup.
    static bool duplicate(Db &db, qint64 classId, qint64 subjectId, qint64 subgroupId, qint64 exceptId);
    static qint64 insert(Db &db, const AssignmentRecord &a);
    static void update(Db &db, const AssignmentRecord &a);
    static bool hasLessons(Db &db, qint64 id);
    static void remove(Db &db, qint64 id);
    // The teacher teaches something in the class (a class of an open year).
    static bool teaches(Db &db, qint64 teacherId, qint64 classId);
};

} // namespace cj::server
