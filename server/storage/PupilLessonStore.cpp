#include "storage/PupilLessonStore.h"

#include "db/Db.h"

namespace cj::server {

namespace {
// `due`: (student_id, lesson id, date, lesson number, assignment, subject, homework) for every lesson a
// pupil was on the list for. Parameters: class ids, from, to, student id (0: all).
const QString kDue = QStringLiteral(
    "WITH les AS (SELECT l.id, l.on_date, l.lesson_number, l.homework, l.assignment_id, a.class_id, a.subject_id, "
    "a.subgroup_id FROM lessons l JOIN assignments a ON a.id = l.assignment_id "
    "WHERE a.class_id = ANY(?::bigint[]) AND l.on_date BETWEEN ? AND ?), "
    "due AS (SELECT m.student_id, les.* FROM les JOIN class_memberships m ON m.class_id = les.class_id "
    "AND m.starts_on <= les.on_date AND (m.left_on IS NULL OR m.left_on > les.on_date) WHERE les.subgroup_id IS NULL "
    "UNION ALL SELECT g.student_id, les.* FROM les JOIN subgroup_memberships g ON g.subgroup_id = les.subgroup_id "
    "AND g.starts_on <= les.on_date AND (g.left_on IS NULL OR g.left_on > les.on_date)), "
    "pupil AS (SELECT * FROM due WHERE ? = 0 OR student_id = ?), "
    "att AS (SELECT at.lesson_id, at.student_id, at.kind, at.reason FROM attendance at "
    "WHERE at.lesson_id IN (SELECT id FROM les)) ");

QVariantList params(const PupilLessonFilter &f)
{
    return {intArrayLiteral(f.classIds), f.from, f.to, f.studentId, f.studentId};
}
} // namespace

QList<AttendanceDay> PupilLessonStore::days(Db &db, const PupilLessonFilter &filter)
{
    SqlRows rows = db.exec(kDue + QStringLiteral(
                               "SELECT p.student_id, p.on_date, count(*), count(*) FILTER (WHERE at.kind = 'absent'), "
                               "count(*) FILTER (WHERE at.kind = 'absent' AND at.reason = 'ill'), "
                               "count(*) FILTER (WHERE at.kind = 'absent' AND at.reason = 'excused'), "
                               "count(*) FILTER (WHERE at.kind = 'absent' AND coalesce(at.reason, 'unexcused') = 'unexcused'), "
                               "count(*) FILTER (WHERE at.kind = 'late') FROM pupil p "
                               "LEFT JOIN att at ON at.lesson_id = p.id AND at.student_id = p.student_id "
                               "GROUP BY p.student_id, p.on_date ORDER BY p.student_id, p.on_date"),
                           params(filter));
    QList<AttendanceDay> list;
    while (rows.next()) {
        list.append(AttendanceDay{rows.integer(0), rows.date(1), int(rows.integer(2)), int(rows.integer(3)),
                                  int(rows.integer(4)), int(rows.integer(5)), int(rows.integer(6)), int(rows.integer(7))});
    }
    return list;
}

QList<PupilAssignmentLessons> PupilLessonStore::byAssignment(Db &db, const PupilLessonFilter &filter)
{
    SqlRows rows = db.exec(kDue + QStringLiteral(
                               ", cell_marks AS (SELECT m.lesson_id, m.student_id, count(*) AS n FROM marks m "
                               "WHERE m.lesson_id IN (SELECT id FROM les) GROUP BY m.lesson_id, m.student_id), "
                               "counted AS (SELECT p.student_id, p.assignment_id, p.subject_id, count(*) AS lessons, "
                               "count(*) FILTER (WHERE at.kind = 'absent') AS missed, "
                               "count(*) FILTER (WHERE at.kind = 'absent' AND at.reason IN ('ill', 'excused')) AS valid, "
                               "coalesce(sum(cm.n), 0) AS marks FROM pupil p "
                               "LEFT JOIN att at ON at.lesson_id = p.id AND at.student_id = p.student_id "
                               "LEFT JOIN cell_marks cm ON cm.lesson_id = p.id AND cm.student_id = p.student_id "
                               "GROUP BY p.student_id, p.assignment_id, p.subject_id) "
                               "SELECT c.student_id, c.assignment_id, c.subject_id, s.name, c.lessons, c.missed, c.valid, c.marks "
                               "FROM counted c JOIN subjects s ON s.id = c.subject_id "
                               "ORDER BY c.student_id, s.sort_order, s.name, s.id, c.assignment_id"),
                           params(filter));
    QList<PupilAssignmentLessons> list;
    while (rows.next()) {
        list.append(PupilAssignmentLessons{rows.integer(0), rows.integer(1), rows.integer(2), rows.text(3),
                                           int(rows.integer(4)), int(rows.integer(5)), int(rows.integer(6)),
                                           int(rows.integer(7))});
    }
    return list;
}

QList<PupilHomework> PupilLessonStore::homework(Db &db, const PupilLessonFilter &filter)
{
    SqlRows rows = db.exec(kDue + QStringLiteral(
                               "SELECT p.student_id, p.on_date, p.lesson_number, s.name, p.homework FROM pupil p "
                               "JOIN subjects s ON s.id = p.subject_id WHERE p.homework <> '' "
                               "ORDER BY p.student_id, p.on_date, p.lesson_number"),
                           params(filter));
    QList<PupilHomework> list;
    while (rows.next())
        list.append(PupilHomework{rows.integer(0), rows.date(1), int(rows.integer(2)), rows.text(3), rows.text(4)});
    return list;
}

} // namespace cj::server
