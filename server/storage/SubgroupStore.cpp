#include "storage/SubgroupStore.h"

#include <QHash>

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
QList<SubgroupRecord> readSubgroups(Db &db, const QString &where, const QVariant &key, const QDate &onDate)
{
    QList<SubgroupRecord> list;
    {
        SqlRows rows = db.exec(QStringLiteral("SELECT g.id, g.school_id, g.class_id, g.subject_id, s.name, g.name "
                                              "FROM subgroups g JOIN subjects s ON s.id = g.subject_id WHERE ")
                                   + where + QStringLiteral(" ORDER BY s.sort_order, s.name, g.name"),
                               {key});
        while (rows.next()) {
            list.append(SubgroupRecord{rows.integer(0), rows.integer(1), rows.integer(2), rows.integer(3), rows.text(4),
                                       rows.text(5), {}});
        }
    }
    QHash<qint64, SubgroupRecord *> byId;
    QList<qint64> ids;
    for (SubgroupRecord &g : list) {
        byId.insert(g.id, &g);
        ids.append(g.id);
    }
    if (ids.isEmpty())
        return list;
    SqlRows rows = db.exec(QStringLiteral("SELECT m.subgroup_id, m.student_id, %1, m.starts_on, m.left_on "
                                          "FROM subgroup_memberships m JOIN students s ON s.id = m.student_id "
                                          "WHERE m.subgroup_id = ANY(?::bigint[]) AND m.starts_on <= ? "
                                          "AND (m.left_on IS NULL OR m.left_on > ?) ORDER BY %2")
                               .arg(PersonSql::fullName(QStringLiteral("s")), PersonSql::orderBy(db, QStringLiteral("s"))),
                           {intArrayLiteral(ids), onDate, onDate});
    while (rows.next()) {
        byId.value(rows.integer(0))
            ->members.append(SubgroupMember{rows.integer(1), rows.text(2), rows.date(3), rows.date(4)});
    }
    return list;
}
} // namespace

QList<SubgroupRecord> SubgroupStore::listOfClass(Db &db, qint64 classId, const QDate &onDate)
{
    return readSubgroups(db, QStringLiteral("g.class_id = ?"), classId, onDate);
}

std::optional<SubgroupRecord> SubgroupStore::byId(Db &db, qint64 id, const QDate &onDate)
{
    const QList<SubgroupRecord> list = readSubgroups(db, QStringLiteral("g.id = ?"), id, onDate);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

bool SubgroupStore::nameTaken(Db &db, qint64 classId, qint64 subjectId, const QString &name)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM subgroups WHERE class_id = ? AND subject_id = ? AND name = ?"),
                     {classId, subjectId, name})
        .has_value();
}

qint64 SubgroupStore::insert(Db &db, const SubgroupRecord &g)
{
    return db
        .scalar(QStringLiteral("INSERT INTO subgroups(school_id, class_id, subject_id, name) VALUES (?, ?, ?, ?) RETURNING id"),
                {g.schoolId, g.classId, g.subjectId, g.name})
        ->toLongLong();
}

bool SubgroupStore::hasLessons(Db &db, qint64 id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM lessons l JOIN assignments a ON a.id = l.assignment_id "
                                    "WHERE a.subgroup_id = ? LIMIT 1"),
                     {id})
        .has_value();
}

void SubgroupStore::remove(Db &db, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM subgroups WHERE id = ?"), {id});
}

QList<SubgroupMembership> SubgroupStore::memberships(Db &db, qint64 classId, qint64 subjectId,
                                                     const QList<qint64> &studentIds)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT m.id, m.student_id, m.subgroup_id, m.starts_on, m.left_on "
                                          "FROM subgroup_memberships m JOIN subgroups g ON g.id = m.subgroup_id "
                                          "WHERE g.class_id = ? AND g.subject_id = ? AND m.student_id = ANY(?::bigint[]) "
                                          "ORDER BY m.student_id, m.starts_on"),
                           {classId, subjectId, intArrayLiteral(studentIds)});
    QList<SubgroupMembership> list;
    while (rows.next())
        list.append(SubgroupMembership{rows.integer(0), rows.integer(1), rows.integer(2), rows.date(3), rows.date(4)});
    return list;
}

void SubgroupStore::insertMemberships(Db &db, qint64 schoolId, qint64 subgroupId, const QList<qint64> &studentIds,
                                      const QDate &startsOn)
{
    db.exec(QStringLiteral("INSERT INTO subgroup_memberships(school_id, student_id, subgroup_id, starts_on) "
                           "SELECT ?, unnest(?::bigint[]), ?, ?"),
            {schoolId, intArrayLiteral(studentIds), subgroupId, startsOn});
}

void SubgroupStore::endMembership(Db &db, qint64 membershipId, const QDate &leftOn)
{
    db.exec(QStringLiteral("UPDATE subgroup_memberships SET left_on = ? WHERE id = ?"), {leftOn, membershipId});
}

void SubgroupStore::deleteMembership(Db &db, qint64 membershipId)
{
    db.exec(QStringLiteral("DELETE FROM subgroup_memberships WHERE id = ?"), {membershipId});
}

void SubgroupStore::leaveClass(Db &db, qint64 studentId, qint64 classId, const QDate &onDate)
{
    db.exec(QStringLiteral("DELETE FROM subgroup_memberships m USING subgroups g WHERE g.id = m.subgroup_id "
                           "AND g.class_id = ? AND m.student_id = ? AND m.starts_on >= ?"),
            {classId, studentId, onDate});
    db.exec(QStringLiteral("UPDATE subgroup_memberships m SET left_on = ? FROM subgroups g WHERE g.id = m.subgroup_id "
                           "AND g.class_id = ? AND m.student_id = ? AND (m.left_on IS NULL OR m.left_on > ?)"),
            {onDate, classId, studentId, onDate});
}

} // namespace cj::server
