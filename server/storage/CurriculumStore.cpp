#include "storage/CurriculumStore.h"

#include "db/Db.h"

namespace cj::server {

QList<CurriculumItem> CurriculumStore::list(Db &db, qint64 yearId, qint64 classId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT k.class_id, c.grade || c.letter, k.subject_id, s.name, k.hours_per_week "
                                          "FROM curriculum k JOIN classes c ON c.id = k.class_id "
                                          "JOIN subjects s ON s.id = k.subject_id "
                                          "WHERE c.year_id = ? AND (?::bigint = 0 OR k.class_id = ?) "
                                          "ORDER BY c.grade, c.letter, s.sort_order, s.name"),
                           {yearId, classId, classId});
    QList<CurriculumItem> list;
    while (rows.next())
        list.append(CurriculumItem{rows.integer(0), rows.text(1), rows.integer(2), rows.text(3), rows.number(4)});
    return list;
}

double CurriculumStore::totalOfClass(Db &db, qint64 classId, qint64 exceptSubjectId)
{
    return db
        .scalar(QStringLiteral("SELECT coalesce(sum(hours_per_week), 0) FROM curriculum WHERE class_id = ? AND subject_id <> ?"),
                {classId, exceptSubjectId})
        ->toDouble();
}

void CurriculumStore::set(Db &db, qint64 schoolId, qint64 classId, qint64 subjectId, double hoursPerWeek)
{
    db.exec(QStringLiteral("INSERT INTO curriculum(school_id, class_id, subject_id, hours_per_week) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (class_id, subject_id) DO UPDATE SET hours_per_week = excluded.hours_per_week"),
            {schoolId, classId, subjectId, hoursPerWeek});
}

void CurriculumStore::remove(Db &db, qint64 classId, qint64 subjectId)
{
    db.exec(QStringLiteral("DELETE FROM curriculum WHERE class_id = ? AND subject_id = ?"), {classId, subjectId});
}

} // namespace cj::server
