#include "storage/EnrolmentStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

QList<ClassStay> EnrolmentStore::stays(Db &db, qint64 yearId, qint64 classId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT m.student_id, m.class_id, c.grade, m.starts_on, m.left_on "
                                          "FROM class_memberships m JOIN classes c ON c.id = m.class_id "
                                          "WHERE c.year_id = ? AND (? = 0 OR m.class_id = ?)"),
                           {yearId, classId, classId});
    QList<ClassStay> list;
    while (rows.next())
        list.append(ClassStay{rows.integer(0), rows.integer(1), int(rows.integer(2)), rows.date(3), rows.date(4)});
    return list;
}

QList<ClassEnrolment> EnrolmentStore::onDate(Db &db, qint64 yearId, const QDate &date)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT c.id, c.grade || c.letter, c.grade, coalesce(") + PersonSql::shortName(QStringLiteral("u"))
                               + QStringLiteral(", ''), count(st.id), count(st.id) FILTER (WHERE st.gender = 'm'), "
                                                "count(st.id) FILTER (WHERE st.gender = 'f') FROM classes c "
                                                "LEFT JOIN users u ON u.id = c.class_teacher_id "
                                                "LEFT JOIN class_memberships m ON m.class_id = c.id AND m.starts_on <= ? "
                                                "AND (m.left_on IS NULL OR m.left_on > ?) "
                                                "LEFT JOIN students st ON st.id = m.student_id WHERE c.year_id = ? "
                                                "GROUP BY c.id, u.id ORDER BY c.grade, c.letter"),
                           {date, date, yearId});
    QList<ClassEnrolment> list;
    while (rows.next()) {
        list.append(ClassEnrolment{rows.integer(0), rows.text(1), int(rows.integer(2)), rows.text(3), int(rows.integer(4)),
                                   int(rows.integer(5)), int(rows.integer(6))});
    }
    return list;
}

} // namespace cj::server
