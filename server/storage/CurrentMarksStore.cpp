#include "storage/CurrentMarksStore.h"

#include "db/Db.h"

namespace cj::server {

QList<SubjectMark> CurrentMarksStore::marks(Db &db, const CurrentMarkFilter &f)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT m.student_id, a.subject_id, s.name, l.on_date, coalesce(m.value, 0), m.passed, "
                                          "coalesce(w.weight, 1)::float8, coalesce(w.control, false), coalesce(w.name, '') "
                                          "FROM marks m JOIN lessons l ON l.id = m.lesson_id "
                                          "JOIN assignments a ON a.id = l.assignment_id JOIN subjects s ON s.id = a.subject_id "
                                          "LEFT JOIN work_kinds w ON w.id = m.work_kind_id "
                                          "WHERE l.on_date BETWEEN ? AND ? AND (? = 0 OR a.class_id = ?) "
                                          "AND (? = 0 OR m.student_id = ?) AND (? = 0 OR a.subject_id = ?) "
                                          "ORDER BY m.student_id, s.sort_order, s.name, a.subject_id, l.on_date, l.lesson_number, m.position"),
                           {f.from, f.to, f.classId, f.classId, f.studentId, f.studentId, f.subjectId, f.subjectId});
    QList<SubjectMark> list;
    while (rows.next()) {
        SubjectMark m;
        m.studentId = rows.integer(0);
        m.subjectId = rows.integer(1);
        m.subjectName = rows.text(2);
        m.date = rows.date(3);
        m.value = int(rows.integer(4));
        if (!rows.isNull(5))
            m.passed = rows.boolean(5);
        m.weight = rows.number(6);
        m.control = rows.boolean(7);
        m.workKindName = rows.text(8);
        list.append(m);
    }
    return list;
}

} // namespace cj::server
