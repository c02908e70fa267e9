#include "storage/DiaryStore.h"

#include "db/Db.h"

namespace cj::server {

namespace {
// Lessons a student attends: their class's, and their subgroup's where the subject is split.
// Parameters: student id, from, to.
const QString kStudentLessons = QStringLiteral(
    "FROM lessons l JOIN assignments a ON a.id = l.assignment_id JOIN subjects s ON s.id = a.subject_id "
    "JOIN class_memberships cm ON cm.class_id = a.class_id AND cm.student_id = ? "
    "  AND cm.starts_on <= l.on_date AND (cm.left_on IS NULL OR cm.left_on > l.on_date) "
    "WHERE l.on_date BETWEEN ? AND ? AND (a.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_memberships sm "
    "  WHERE sm.subgroup_id = a.subgroup_id AND sm.student_id = cm.student_id AND sm.starts_on <= l.on_date "
    "  AND (sm.left_on IS NULL OR sm.left_on > l.on_date))) ");

const QString kPlaceColumns = QStringLiteral(
    "SELECT st.id, concat_ws(' ', st.surname, st.first_name, nullif(st.patronymic, '')), c.id, c.year_id, "
    "coalesce(c.class_teacher_id, 0), c.grade || c.letter FROM class_memberships m "
    "JOIN classes c ON c.id = m.class_id JOIN students st ON st.id = m.student_id ");

std::optional<StudentPlace> readPlace(SqlRows &rows)
{
    if (!rows.next())
        return std::nullopt;
    return StudentPlace{rows.integer(0), rows.text(1), rows.integer(2), rows.integer(3), rows.integer(4), rows.text(5)};
}
} // namespace

QList<DiaryLesson> DiaryStore::lessons(Db &db, qint64 studentId, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT l.id, l.on_date, l.lesson_number, s.name, l.topic, l.homework ")
                               + kStudentLessons + QStringLiteral("ORDER BY l.on_date, l.lesson_number"),
                           {studentId, from, to});
    QList<DiaryLesson> list;
    while (rows.next())
        list.append(DiaryLesson{rows.integer(0), rows.date(1), int(rows.integer(2)), rows.text(3), rows.text(4), rows.text(5)});
    return list;
}

QList<MarkRow> DiaryStore::marks(Db &db, qint64 studentId, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT m.lesson_id, m.position, coalesce(m.value, 0), m.passed, coalesce(m.work_kind_id, 0), "
                                          "m.comment, coalesce(w.weight, 1)::float8 FROM marks m JOIN lessons l ON l.id = m.lesson_id "
                                          "LEFT JOIN work_kinds w ON w.id = m.work_kind_id "
                                          "WHERE m.student_id = ? AND l.on_date BETWEEN ? AND ? ORDER BY m.lesson_id, m.position"),
                           {studentId, from, to});
    QList<MarkRow> list;
    while (rows.next()) {
        MarkRow m;
        m.lessonId = rows.integer(0);
        m.studentId = studentId;
        m.position = int(rows.integer(1));
        m.value = int(rows.integer(2));
        if (!rows.isNull(3))
            m.passed = rows.boolean(3);
        m.workKindId = rows.integer(4);
        m.comment = rows.text(5);
        m.weight = rows.number(6);
        list.append(m);
    }
    return list;
}

QList<AttendanceRow> DiaryStore::attendance(Db &db, qint64 studentId, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT a.lesson_id, a.kind, coalesce(a.reason, '') FROM attendance a "
                                          "JOIN lessons l ON l.id = a.lesson_id WHERE a.student_id = ? AND l.on_date BETWEEN ? AND ?"),
                           {studentId, from, to});
    QList<AttendanceRow> list;
    while (rows.next())
        list.append(AttendanceRow{rows.integer(0), studentId, rows.text(1), rows.text(2)});
    return list;
}

QList<std::pair<FinalMarkRow, QString>> DiaryStore::finalMarks(Db &db, qint64 studentId, qint64 yearId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT f.id, f.kind, coalesce(f.period_id, 0), coalesce(f.value, 0), f.passed, "
                                          "coalesce(f.updated_at, f.entered_at), s.name FROM final_marks f "
                                          "JOIN subjects s ON s.id = f.subject_id WHERE f.student_id = ? AND f.year_id = ? "
                                          "ORDER BY s.sort_order, s.name, f.kind, f.period_id"),
                           {studentId, yearId});
    QList<std::pair<FinalMarkRow, QString>> list;
    while (rows.next()) {
        FinalMarkRow f;
        f.id = rows.integer(0);
        f.studentId = studentId;
        f.kind = rows.text(1);
        f.periodId = rows.integer(2);
        f.value = int(rows.integer(3));
        if (!rows.isNull(4))
            f.passed = rows.boolean(4);
        f.enteredAt = rows.dateTime(5);
        list.append({f, rows.text(6)});
    }
    return list;
}

std::optional<qint64> DiaryStore::studentOfAccount(Db &db, qint64 userId)
{
    const auto v = db.scalar(QStringLiteral("SELECT id FROM students WHERE user_id = ?"), {userId});
    if (!v)
        return std::nullopt;
    return v->toLongLong();
}

bool DiaryStore::isGuardianAccountOf(Db &db, qint64 userId, qint64 studentId)
{
    return db
        .scalar(QStringLiteral("SELECT 1 FROM guardians g JOIN student_guardians sg ON sg.guardian_id = g.id "
                               "WHERE g.user_id = ? AND sg.student_id = ?"),
                {userId, studentId})
        .has_value();
}

std::optional<StudentPlace> DiaryStore::placeOn(Db &db, qint64 studentId, const QDate &date)
{
    SqlRows rows = db.exec(kPlaceColumns
                               + QStringLiteral("WHERE m.student_id = ? AND m.starts_on <= ? AND (m.left_on IS NULL OR m.left_on > ?) "
                                                "ORDER BY m.starts_on DESC LIMIT 1"),
                           {studentId, date, date});
    return readPlace(rows);
}

std::optional<StudentPlace> DiaryStore::placeInYear(Db &db, qint64 studentId, qint64 yearId)
{
    SqlRows rows = db.exec(kPlaceColumns + QStringLiteral("WHERE m.student_id = ? AND c.year_id = ? ORDER BY m.starts_on DESC LIMIT 1"),
                           {studentId, yearId});
    return readPlace(rows);
}

bool DiaryStore::teachesClass(Db &db, qint64 teacherId, qint64 classId)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM assignments WHERE teacher_id = ? AND class_id = ? LIMIT 1"), {teacherId, classId})
        .has_value();
}

std::optional<qint64> DiaryStore::yearOfPeriod(Db &db, qint64 periodId)
{
    const auto v = db.scalar(QStringLiteral("SELECT year_id FROM periods WHERE id = ?"), {periodId});
    if (!v)
        return std::nullopt;
    return v->toLongLong();
}

} // namespace cj::server
