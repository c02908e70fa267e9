#include "storage/SubstitutionStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

void SubstitutionStore::set(Db &db, qint64 schoolId, qint64 lessonId, qint64 teacherId, const QString &reason,
                            qint64 createdBy, const QDateTime &at)
{
    db.exec(QStringLiteral("INSERT INTO substitutions(school_id, lesson_id, teacher_id, reason, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lesson_id) DO UPDATE SET teacher_id = excluded.teacher_id, "
                           "reason = excluded.reason, created_by = excluded.created_by, created_at = excluded.created_at"),
            {schoolId, lessonId, teacherId, reason, orNullId(createdBy), at});
}

bool SubstitutionStore::remove(Db &db, qint64 lessonId)
{
    return db.exec(QStringLiteral("DELETE FROM substitutions WHERE lesson_id = ?"), {lessonId}).rowsAffected() > 0;
}

QList<SubstitutionRecord> SubstitutionStore::list(Db &db, qint64 schoolId, const QDate &from, const QDate &to,
                                                  qint64 teacherId)
{
    SqlRows rows = db.exec(
        QStringLiteral("SELECT l.id, l.on_date, l.lesson_number, a.class_id, c.grade || c.letter, s.name, a.teacher_id, %1, "
                       "st.teacher_id, %2, st.reason, st.created_at, coalesce(%3, '') "
                       "FROM substitutions st JOIN lessons l ON l.id = st.lesson_id "
                       "JOIN assignments a ON a.id = l.assignment_id JOIN classes c ON c.id = a.class_id "
                       "JOIN subjects s ON s.id = a.subject_id JOIN users t ON t.id = a.teacher_id "
                       "JOIN users su ON su.id = st.teacher_id LEFT JOIN users cb ON cb.id = st.created_by "
                       "WHERE st.school_id = ? AND l.on_date BETWEEN ? AND ? "
                       "AND (?::bigint = 0 OR st.teacher_id = ? OR a.teacher_id = ?) "
                       "ORDER BY l.on_date, l.lesson_number, c.grade, c.letter")
            .arg(PersonSql::shortName(QStringLiteral("t")), PersonSql::shortName(QStringLiteral("su")),
                 PersonSql::shortName(QStringLiteral("cb"))),
        {schoolId, from, to, teacherId, teacherId, teacherId});
    QList<SubstitutionRecord> list;
    while (rows.next()) {
        list.append(SubstitutionRecord{rows.integer(0), rows.date(1), int(rows.integer(2)), rows.integer(3), rows.text(4),
                                       rows.text(5), rows.integer(6), rows.text(7), rows.integer(8), rows.text(9),
                                       rows.text(10), rows.dateTime(11), rows.text(12)});
    }
    return list;
}

} // namespace cj::server
