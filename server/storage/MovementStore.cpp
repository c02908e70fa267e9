#include "storage/MovementStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
QString selectMovements()
{
    return QStringLiteral("SELECT m.id, m.school_id, m.student_id, %1, m.kind, m.on_date, m.order_number, m.order_date, "
                          "coalesce(m.from_class_id, 0), coalesce(m.to_class_id, 0), coalesce(fc.grade || fc.letter, ''), "
                          "coalesce(tc.grade || tc.letter, ''), m.counterpart, m.reason, coalesce(m.created_by, 0) "
                          "FROM movements m JOIN students s ON s.id = m.student_id "
                          "LEFT JOIN classes fc ON fc.id = m.from_class_id LEFT JOIN classes tc ON tc.id = m.to_class_id ")
        .arg(PersonSql::fullName(QStringLiteral("s")));
}

MovementRecord readMovement(const SqlRows &rows)
{
    MovementRecord m;
    m.id = rows.integer(0);
    m.schoolId = rows.integer(1);
    m.studentId = rows.integer(2);
    m.studentName = rows.text(3);
    m.kind = rows.text(4);
    m.onDate = rows.date(5);
    m.orderNumber = rows.text(6);
    m.orderDate = rows.date(7);
    m.fromClassId = rows.integer(8);
    m.toClassId = rows.integer(9);
    m.fromClassName = rows.text(10);
    m.toClassName = rows.text(11);
    m.counterpart = rows.text(12);
    m.reason = rows.text(13);
    m.createdBy = rows.integer(14);
    return m;
}
} // namespace

qint64 MovementStore::insert(Db &db, const MovementRecord &m)
{
    return db
        .scalar(QStringLiteral("INSERT INTO movements(school_id, student_id, kind, on_date, order_number, order_date, "
                               "from_class_id, to_class_id, counterpart, reason, created_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {m.schoolId, m.studentId, m.kind, m.onDate, m.orderNumber, orNull(m.orderDate), orNullId(m.fromClassId),
                 orNullId(m.toClassId), m.counterpart, m.reason, orNullId(m.createdBy)})
        ->toLongLong();
}

std::optional<MovementRecord> MovementStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(selectMovements() + QStringLiteral("WHERE m.id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return readMovement(rows);
}

QList<MovementRecord> MovementStore::list(Db &db, const MovementFilter &f)
{
    const QVariant classes = intArrayLiteral(f.classIds.value_or(QList<qint64>()));
    SqlRows rows = db.exec(selectMovements()
                               + QStringLiteral("WHERE m.school_id = ? AND (? OR m.from_class_id = ANY(?::bigint[]) "
                                                "OR m.to_class_id = ANY(?::bigint[])) AND (?::bigint = 0 OR m.student_id = ?) "
                                                "AND m.on_date BETWEEN ? AND ? ORDER BY m.on_date, m.id"),
                           {f.schoolId, !f.classIds.has_value(), classes, classes, f.studentId, f.studentId, f.from, f.to});
    return rows.all(readMovement);
}

} // namespace cj::server
