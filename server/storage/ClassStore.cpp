#include "storage/ClassStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
QString selectClasses()
{
    return QStringLiteral("SELECT c.id, c.school_id, c.year_id, c.grade, c.letter, coalesce(c.class_teacher_id, 0), "
                          "coalesce(%1, ''), c.room, c.period_scheme, coalesce(c.bell_schedule_id, 0), "
                          "(SELECT count(*) FROM class_memberships m WHERE m.class_id = c.id AND m.starts_on <= ? "
                          "AND (m.left_on IS NULL OR m.left_on > ?)) "
                          "FROM classes c LEFT JOIN users t ON t.id = c.class_teacher_id ")
        .arg(PersonSql::shortName(QStringLiteral("t")));
}

ClassRecord readClass(const SqlRows &rows)
{
    ClassRecord c;
    c.id = rows.integer(0);
    c.schoolId = rows.integer(1);
    c.yearId = rows.integer(2);
    c.grade = int(rows.integer(3));
    c.letter = rows.text(4);
    c.classTeacherId = rows.integer(5);
    c.classTeacherName = rows.text(6);
    c.room = rows.text(7);
    c.periodScheme = rows.text(8);
    c.bellScheduleId = rows.integer(9);
    c.studentCount = int(rows.integer(10));
    return c;
}

QVariant countDate(const QDate &date)
{
    return date.isValid() ? date : QDate(1900, 1, 1);
}
} // namespace

QList<ClassRecord> ClassStore::list(Db &db, qint64 yearId, const QDate &onDate)
{
    SqlRows rows = db.exec(selectClasses() + QStringLiteral("WHERE c.year_id = ? ORDER BY c.grade, c.letter"),
                           {countDate(onDate), countDate(onDate), yearId});
    return rows.all(readClass);
}

std::optional<ClassRecord> ClassStore::byId(Db &db, qint64 id, const QDate &onDate)
{
    SqlRows rows = db.exec(selectClasses() + QStringLiteral("WHERE c.id = ?"), {countDate(onDate), countDate(onDate), id});
    if (!rows.next())
        return std::nullopt;
    return readClass(rows);
}

std::optional<ClassRecord> ClassStore::byName(Db &db, qint64 yearId, int grade, const QString &letter)
{
    SqlRows rows = db.exec(selectClasses() + QStringLiteral("WHERE c.year_id = ? AND c.grade = ? AND c.letter = ?"),
                           {countDate({}), countDate({}), yearId, grade, letter});
    if (!rows.next())
        return std::nullopt;
    return readClass(rows);
}

qint64 ClassStore::insert(Db &db, const ClassRecord &c)
{
    return db
        .scalar(QStringLiteral("INSERT INTO classes(school_id, year_id, grade, letter, class_teacher_id, room, period_scheme, "
                               "bell_schedule_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {c.schoolId, c.yearId, c.grade, c.letter, orNullId(c.classTeacherId), c.room, c.periodScheme,
                 orNullId(c.bellScheduleId)})
        ->toLongLong();
}

void ClassStore::update(Db &db, const ClassRecord &c)
{
    db.exec(QStringLiteral("UPDATE classes SET letter = ?, class_teacher_id = ?, room = ?, period_scheme = ?, "
                           "bell_schedule_id = ? WHERE id = ?"),
            {c.letter, orNullId(c.classTeacherId), c.room, c.periodScheme, orNullId(c.bellScheduleId), c.id});
}

bool ClassStore::isEmpty(Db &db, qint64 id)
{
    return !db.scalar(QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM class_memberships WHERE class_id = ?) "
                                     "OR EXISTS (SELECT 1 FROM lessons l JOIN assignments a ON a.id = l.assignment_id "
                                     "WHERE a.class_id = ?) "
                                     "OR EXISTS (SELECT 1 FROM movements WHERE from_class_id = ? OR to_class_id = ?)"),
                      {id, id, id, id})
                .has_value();
}

void ClassStore::remove(Db &db, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM classes WHERE id = ?"), {id});
}

} // namespace cj::server
