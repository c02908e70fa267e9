#include "storage/ControlStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

QList<ControlRow> ControlStore::assignments(Db &db, const ControlFilter &f)
{
    // The latest mark and attendance entries are looked up per lesson (LATERAL, through the indexes
    // on lesson_id): a range is a small part of the year's cells, and hashing them all is slow.
    const QString sql = QStringLiteral(
        "WITH asg AS (SELECT a.* FROM assignments a JOIN classes c ON c.id = a.class_id WHERE c.year_id = ? "
        "AND (? = 0 OR a.teacher_id = ?) AND (? = 0 OR a.class_id = ?)), "
        "les AS (SELECT l.* FROM lessons l WHERE l.assignment_id IN (SELECT id FROM asg) AND l.on_date BETWEEN ? AND ?), "
        "lstat AS (SELECT les.assignment_id, count(*) AS lessons, count(*) FILTER (WHERE les.topic = '') AS no_topic, "
        "count(*) FILTER (WHERE les.homework = '') AS no_homework, count(sb.id) AS subs, "
        "max(greatest(les.topic_set_at, les.homework_set_at)) AS last FROM les "
        "LEFT JOIN substitutions sb ON sb.lesson_id = les.id GROUP BY les.assignment_id), "
        "mstat AS (SELECT les.assignment_id, max(x.last) AS last FROM les, LATERAL (SELECT "
        "max(greatest(m.entered_at, m.updated_at)) AS last FROM marks m WHERE m.lesson_id = les.id) x "
        "GROUP BY les.assignment_id), "
        "astat AS (SELECT les.assignment_id, max(x.last) AS last FROM les, LATERAL (SELECT "
        "max(greatest(at.set_at, at.reason_set_at)) AS last FROM attendance at WHERE at.lesson_id = les.id) x "
        "GROUP BY les.assignment_id), "
        "plan AS (SELECT assignment_id, sum(hours) AS hours FROM plan_items "
        "WHERE assignment_id IN (SELECT id FROM asg) GROUP BY assignment_id) "
        "SELECT a.id, a.class_id, c.grade || c.letter, c.grade, c.period_scheme, s.id, s.name, s.extended_window, "
        "coalesce(g.name, ''), a.teacher_id, %1, a.hours_per_week::float8, coalesce(ls.lessons, 0), "
        "coalesce(ls.no_topic, 0), coalesce(ls.no_homework, 0), coalesce(ls.subs, 0), coalesce(p.hours, 0)::float8, "
        "greatest(ls.last, ms.last, ats.last) FROM asg a JOIN classes c ON c.id = a.class_id "
        "JOIN subjects s ON s.id = a.subject_id JOIN users t ON t.id = a.teacher_id "
        "LEFT JOIN subgroups g ON g.id = a.subgroup_id LEFT JOIN lstat ls ON ls.assignment_id = a.id "
        "LEFT JOIN mstat ms ON ms.assignment_id = a.id LEFT JOIN astat ats ON ats.assignment_id = a.id "
        "LEFT JOIN plan p ON p.assignment_id = a.id ORDER BY c.grade, c.letter, s.sort_order, s.name, g.name NULLS FIRST, a.id")
        .arg(PersonSql::shortName(QStringLiteral("t")));
    SqlRows rows = db.exec(sql, {f.yearId, f.teacherId, f.teacherId, f.classId, f.classId, f.from, f.to});
    QList<ControlRow> list;
    while (rows.next()) {
        ControlRow r;
        r.assignmentId = rows.integer(0);
        r.classId = rows.integer(1);
        r.className = rows.text(2);
        r.grade = int(rows.integer(3));
        r.periodScheme = rows.text(4);
        r.subjectId = rows.integer(5);
        r.subjectName = rows.text(6);
        r.extendedWindow = rows.boolean(7);
        r.subgroupName = rows.text(8);
        r.teacherId = rows.integer(9);
        r.teacherName = rows.text(10);
        r.hoursPerWeek = rows.number(11);
        r.lessons = int(rows.integer(12));
        r.withoutTopic = int(rows.integer(13));
        r.withoutHomework = int(rows.integer(14));
        r.substitutions = int(rows.integer(15));
        r.plannedHours = rows.number(16);
        r.lastEntryAt = rows.dateTime(17);
        list.append(r);
    }
    return list;
}

QList<LateMarkCandidate> ControlStore::marksAfterLessonDay(Db &db, const QList<qint64> &assignmentIds, const QDate &from,
                                                           const QDate &to)
{
    // Timestamps are UTC and the school's day is local: keep the marks entered after the lesson's day
    // at the school's UTC offset, with an hour to spare for summer time; the caller compares the local
    // dates exactly.
    const int spare = QDateTime::currentDateTime().offsetFromUtc() + 3600;
    SqlRows rows = db.exec(QStringLiteral("SELECT l.assignment_id, l.on_date, coalesce(w.written, false), m.entered_at "
                                          "FROM marks m JOIN lessons l ON l.id = m.lesson_id "
                                          "LEFT JOIN work_kinds w ON w.id = m.work_kind_id "
                                          "WHERE l.assignment_id = ANY(?::bigint[]) AND l.on_date BETWEEN ? AND ? "
                                          "AND m.entered_at >= (l.on_date + 1)::timestamp - make_interval(secs => ?)"),
                           {intArrayLiteral(assignmentIds), from, to, spare});
    QList<LateMarkCandidate> list;
    while (rows.next())
        list.append(LateMarkCandidate{rows.integer(0), rows.date(1), rows.boolean(2), rows.dateTime(3)});
    return list;
}

QList<TeacherActivity> ControlStore::activity(Db &db, const QList<qint64> &teacherIds, const QDateTime &from,
                                              const QDateTime &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT u.id, (SELECT count(*) FROM audit_log a WHERE a.user_id = u.id "
                                          "AND a.at >= ? AND a.at < ?), (SELECT max(a.at) FROM audit_log a "
                                          "WHERE a.user_id = u.id AND a.at < ?) FROM unnest(?::bigint[]) AS u(id)"),
                           {from, to, to, intArrayLiteral(teacherIds)});
    QList<TeacherActivity> list;
    while (rows.next())
        list.append(TeacherActivity{rows.integer(0), int(rows.integer(1)), rows.dateTime(2)});
    return list;
}

} // namespace cj::server
