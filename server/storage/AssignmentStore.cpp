#include "storage/AssignmentStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
QString selectAssignments()
{
    return QStringLiteral("SELECT a.id, a.school_id, a.class_id, c.grade || c.letter, c.grade, c.year_id, a.subject_id, "
                          "s.name, coalesce(a.subgroup_id, 0), coalesce(g.name, ''), a.teacher_id, %1, a.hours_per_week "
                          "FROM assignments a JOIN classes c ON c.id = a.class_id JOIN subjects s ON s.id = a.subject_id "
                          "LEFT JOIN subgroups g ON g.id = a.subgroup_id JOIN users t ON t.id = a.teacher_id ")
        .arg(PersonSql::shortName(QStringLiteral("t")));
}

AssignmentRecord readAssignment(const SqlRows &rows)
{
    AssignmentRecord a;
    a.id = rows.integer(0);
    a.schoolId = rows.integer(1);
    a.classId = rows.integer(2);
    a.className = rows.text(3);
    a.grade = int(rows.integer(4));
    a.yearId = rows.integer(5);
    a.subjectId = rows.integer(6);
    a.subjectName = rows.text(7);
    a.subgroupId = rows.integer(8);
    a.subgroupName = rows.text(9);
    a.teacherId = rows.integer(10);
    a.teacherName = rows.text(11);
    a.hoursPerWeek = rows.number(12);
    return a;
}
} // namespace

QList<AssignmentRecord> AssignmentStore::list(Db &db, const AssignmentFilter &f)
{
    SqlRows rows = db.exec(selectAssignments()
                               + QStringLiteral("WHERE c.year_id = ? AND (?::bigint = 0 OR a.class_id = ?) "
                                                "AND (?::bigint = 0 OR a.teacher_id = ?) "
                                                "ORDER BY c.grade, c.letter, s.sort_order, s.name, g.name NULLS FIRST"),
                           {f.yearId, f.classId, f.classId, f.teacherId, f.teacherId});
    return rows.all(readAssignment);
}

std::optional<AssignmentRecord> AssignmentStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(selectAssignments() + QStringLiteral("WHERE a.id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return readAssignment(rows);
}

bool AssignmentStore::duplicate(Db &db, qint64 classId, qint64 subjectId, qint64 subgroupId, qint64 exceptId)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM assignments WHERE class_id = ? AND subject_id = ? "
                                    "AND coalesce(subgroup_id, 0) = ? AND id <> ?"),
                     {classId, subjectId, subgroupId, exceptId})
        .has_value();
}

qint64 AssignmentStore::insert(Db &db, const AssignmentRecord &a)
{
    return db
        .scalar(QStringLiteral("INSERT INTO assignments(school_id, class_id, subject_id, subgroup_id, teacher_id, "
                               "hours_per_week) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                {a.schoolId, a.classId, a.subjectId, orNullId(a.subgroupId), a.teacherId, a.hoursPerWeek})
        ->toLongLong();
}

void AssignmentStore::update(Db &db, const AssignmentRecord &a)
{
    db.exec(QStringLiteral("UPDATE assignments SET class_id = ?, subject_id = ?, subgroup_id = ?, teacher_id = ?, "
                           "hours_per_week = ? WHERE id = ?"),
            {a.classId, a.subjectId, orNullId(a.subgroupId), a.teacherId, a.hoursPerWeek, a.id});
}

bool AssignmentStore::hasLessons(Db &db, qint64 id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM lessons WHERE assignment_id = ? LIMIT 1"), {id}).has_value();
}

void AssignmentStore::remove(Db &db, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM assignments WHERE id = ?"), {id});
}

bool AssignmentStore::teaches(Db &db, qint64 teacherId, qint64 classId)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM assignments a JOIN classes c ON c.id = a.class_id "
                                    "JOIN academic_years y ON y.id = c.year_id "
                                    "WHERE a.teacher_id = ? AND a.class_id = ? AND NOT y.closed LIMIT 1"),
                     {teacherId, classId})
        .has_value();
}

} // namespace cj::server
