#include "storage/JournalStore.h"

#include "db/Db.h"
#include "db/SqlArray.h"
#include "db/SqlBinaryArray.h"

namespace cj::server {

namespace {
// People are listed in Russian alphabetical order (Ё next to Е), not by code point.
const QString kByName = QStringLiteral(
    "st.surname COLLATE \"ru-RU-x-icu\", st.first_name COLLATE \"ru-RU-x-icu\", st.patronymic COLLATE \"ru-RU-x-icu\", st.id");

const QString kAssignmentSql = QStringLiteral(
    "SELECT a.id, a.school_id, a.class_id, a.subject_id, coalesce(a.subgroup_id, 0), a.teacher_id, c.year_id, "
    "coalesce(c.class_teacher_id, 0), c.grade, c.grade || c.letter, s.name, coalesce(g.name, ''), "
    "short_name(u.surname, u.first_name, u.patronymic), s.grading, s.extended_window, c.period_scheme, "
    "a.hours_per_week::float8, y.closed, y.week_days, y.starts_on, y.ends_on "
    "FROM assignments a JOIN classes c ON c.id = a.class_id JOIN subjects s ON s.id = a.subject_id "
    "JOIN academic_years y ON y.id = c.year_id JOIN users u ON u.id = a.teacher_id "
    "LEFT JOIN subgroups g ON g.id = a.subgroup_id WHERE a.id = ?");

const QString kLessonColumns = QStringLiteral(
    "l.id, l.on_date, l.lesson_number, l.room, l.origin, l.moved_from, l.topic, l.homework, coalesce(l.work_kind_id, 0), "
    "coalesce(l.plan_item_id, 0), coalesce(sb.teacher_id, 0), "
    "coalesce(short_name(su.surname, su.first_name, su.patronymic), ''), l.assignment_id");
const QString kLessonJoins = QStringLiteral(
    " FROM lessons l LEFT JOIN substitutions sb ON sb.lesson_id = l.id LEFT JOIN users su ON su.id = sb.teacher_id ");

const QString kMarkColumns = QStringLiteral(
    "m.lesson_id, m.student_id, m.position, coalesce(m.value, 0), m.passed, coalesce(m.work_kind_id, 0), m.comment, "
    "m.entered_at, short_name(u.surname, u.first_name, u.patronymic), coalesce(w.weight, 1)::float8, "
    "coalesce(w.written, false), coalesce(w.control, false)");
const QString kMarkJoins = QStringLiteral(
    " FROM marks m JOIN users u ON u.id = coalesce(m.updated_by, m.entered_by) "
    "LEFT JOIN work_kinds w ON w.id = m.work_kind_id ");

AssignmentContext readAssignment(const SqlRows &r)
{
    AssignmentContext a;
    a.id = r.integer(0);
    a.schoolId = r.integer(1);
    a.classId = r.integer(2);
    a.subjectId = r.integer(3);
    a.subgroupId = r.integer(4);
    a.teacherId = r.integer(5);
    a.yearId = r.integer(6);
    a.classTeacherId = r.integer(7);
    a.grade = int(r.integer(8));
    a.className = r.text(9);
    a.subjectName = r.text(10);
    a.subgroupName = r.text(11);
    a.teacherName = r.text(12);
    a.grading = r.text(13);
    a.extendedWindow = r.boolean(14);
    a.periodScheme = r.text(15);
    a.hoursPerWeek = r.number(16);
    a.yearClosed = r.boolean(17);
    a.weekDays = int(r.integer(18));
    a.yearStart = r.date(19);
    a.yearEnd = r.date(20);
    return a;
}

LessonContext readLesson(const SqlRows &r)
{
    LessonContext l;
    l.id = r.integer(0);
    l.date = r.date(1);
    l.lessonNumber = int(r.integer(2));
    l.room = r.text(3);
    l.origin = r.text(4);
    l.movedFrom = r.date(5);
    l.topic = r.text(6);
    l.homework = r.text(7);
    l.workKindId = r.integer(8);
    l.planItemId = r.integer(9);
    l.substituteId = r.integer(10);
    l.substituteName = r.text(11);
    return l;
}

MarkRow readMark(const SqlRows &r)
{
    MarkRow m;
    m.lessonId = r.integer(0);
    m.studentId = r.integer(1);
    m.position = int(r.integer(2));
    m.value = int(r.integer(3));
    if (!r.isNull(4))
        m.passed = r.boolean(4);
    m.workKindId = r.integer(5);
    m.comment = r.text(6);
    m.enteredAt = r.dateTime(7);
    m.enteredBy = r.text(8);
    m.weight = r.number(9);
    m.written = r.boolean(10);
    m.control = r.boolean(11);
    return m;
}

QList<PageStudent> readStudents(SqlRows &rows, const QDate &from, const QDate &to)
{
    QList<PageStudent> list;
    while (rows.next()) {
        PageStudent s;
        s.id = rows.integer(0);
        s.surname = rows.text(1);
        s.firstName = rows.text(2);
        s.patronymic = rows.text(3);
        const QDate joined = rows.date(4);
        if (joined > from)
            s.joinedOn = joined;
        if (!rows.isNull(5) && rows.date(5) <= to)
            s.leftOn = rows.date(5);
        list.append(s);
    }
    return list;
}

// The memberships of an assignment's students: the class's, or the subgroup's when it teaches a
// subgroup. "FROM <table> m" and "WHERE <owner> = ?" parts.
QString membershipTable(const AssignmentContext &a)
{
    return a.subgroupId ? QStringLiteral("subgroup_memberships m") : QStringLiteral("class_memberships m");
}

QString membershipOwnerColumn(const AssignmentContext &a)
{
    return a.subgroupId ? QStringLiteral("m.subgroup_id") : QStringLiteral("m.class_id");
}

qint64 membershipOwner(const AssignmentContext &a)
{
    return a.subgroupId ? a.subgroupId : a.classId;
}
} // namespace

QString PageStudent::fullName() const
{
    return patronymic.isEmpty() ? surname + QLatin1Char(' ') + firstName
                                : surname + QLatin1Char(' ') + firstName + QLatin1Char(' ') + patronymic;
}

QString PageStudent::shortName() const
{
    QString name = surname + QLatin1Char(' ') + firstName.left(1) + QLatin1Char('.');
    if (!patronymic.isEmpty())
        name += QLatin1Char(' ') + patronymic.left(1) + QLatin1Char('.');
    return name;
}

QList<GradedMark> gradedMarks(const QList<MarkRow> &marks)
{
    QList<GradedMark> graded;
    for (const MarkRow &m : marks) {
        if (m.value > 0)
            graded.append(GradedMark{m.value, m.weight, m.control});
    }
    return graded;
}

std::optional<AssignmentContext> JournalStore::assignment(Db &db, qint64 assignmentId)
{
    SqlRows rows = db.exec(kAssignmentSql, {assignmentId});
    if (!rows.next())
        return std::nullopt;
    return readAssignment(rows);
}

std::optional<LessonContext> JournalStore::lesson(Db &db, qint64 lessonId)
{
    qint64 assignmentId = 0;
    LessonContext lesson;
    {
        SqlRows rows = db.exec(QStringLiteral("SELECT ") + kLessonColumns + kLessonJoins + QStringLiteral("WHERE l.id = ?"),
                               {lessonId});
        if (!rows.next())
            return std::nullopt;
        lesson = readLesson(rows);
        assignmentId = rows.integer(12);
    }
    const std::optional<AssignmentContext> a = assignment(db, assignmentId);
    if (!a)
        return std::nullopt;
    lesson.assignment = *a;
    return lesson;
}

std::optional<JournalStore::ClassInfo> JournalStore::classInfo(Db &db, qint64 classId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT id, school_id, coalesce(class_teacher_id, 0) FROM classes WHERE id = ?"), {classId});
    if (!rows.next())
        return std::nullopt;
    return ClassInfo{rows.integer(0), rows.integer(1), rows.integer(2)};
}

QList<JournalStore::ClassAbsence> JournalStore::classAbsences(Db &db, qint64 classId, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT at.lesson_id, l.assignment_id, l.on_date, l.lesson_number, s.name, st.id, "
                                          "short_name(st.surname, st.first_name, st.patronymic), at.kind, coalesce(at.reason, '') "
                                          "FROM attendance at JOIN lessons l ON l.id = at.lesson_id "
                                          "JOIN assignments a ON a.id = l.assignment_id JOIN subjects s ON s.id = a.subject_id "
                                          "JOIN students st ON st.id = at.student_id "
                                          "WHERE a.class_id = ? AND l.on_date BETWEEN ? AND ? "
                                          "ORDER BY l.on_date, l.lesson_number, ")
                               + kByName,
                           {classId, from, to});
    QList<ClassAbsence> list;
    while (rows.next()) {
        list.append(ClassAbsence{rows.integer(0), rows.integer(1), rows.date(2), int(rows.integer(3)), rows.text(4),
                                 rows.integer(5), rows.text(6), rows.text(7), rows.text(8)});
    }
    return list;
}

Bells JournalStore::bells(Db &db, qint64 classId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT b.lesson_number, to_char(b.starts_at, 'HH24:MI'), to_char(b.ends_at, 'HH24:MI') "
                                          "FROM classes c JOIN bells b ON b.schedule_id = c.bell_schedule_id WHERE c.id = ?"),
                           {classId});
    Bells map;
    while (rows.next())
        map.insert(int(rows.integer(0)), {rows.text(1), rows.text(2)});
    return map;
}

QList<PageStudent> JournalStore::students(Db &db, const AssignmentContext &a, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(
        QStringLiteral("SELECT st.id, st.surname, st.first_name, st.patronymic, min(m.starts_on), "
                       "CASE WHEN bool_or(m.left_on IS NULL) THEN NULL ELSE max(m.left_on) END FROM ")
            + membershipTable(a) + QStringLiteral(" JOIN students st ON st.id = m.student_id WHERE ")
            + membershipOwnerColumn(a)
            + QStringLiteral(" = ? AND m.starts_on <= ? AND (m.left_on IS NULL OR m.left_on > ?) "
                             "GROUP BY st.id, st.surname, st.first_name, st.patronymic ORDER BY ")
            + kByName,
        {membershipOwner(a), to, from});
    return readStudents(rows, from, to);
}

QList<Membership> JournalStore::memberships(Db &db, const AssignmentContext &a)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT m.student_id, m.starts_on, m.left_on FROM ") + membershipTable(a)
                               + QStringLiteral(" WHERE ") + membershipOwnerColumn(a) + QStringLiteral(" = ?"),
                           {membershipOwner(a)});
    QList<Membership> list;
    while (rows.next())
        list.append(Membership{rows.integer(0), rows.date(1), rows.date(2)});
    return list;
}

QList<Exemption> JournalStore::exemptions(Db &db, qint64 subjectId, qint64 yearId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT student_id, coalesce(period_id, 0) FROM exemptions "
                                          "WHERE subject_id = ? AND year_id = ?"),
                           {subjectId, yearId});
    QList<Exemption> list;
    while (rows.next())
        list.append(Exemption{rows.integer(0), rows.integer(1)});
    return list;
}

bool JournalStore::isMember(Db &db, const AssignmentContext &a, qint64 studentId, const QDate &on)
{
    return wasMemberBetween(db, a, studentId, on, on);
}

bool JournalStore::wasMemberBetween(Db &db, const AssignmentContext &a, qint64 studentId, const QDate &from,
                                    const QDate &to)
{
    return db
        .scalar(QStringLiteral("SELECT 1 FROM ") + membershipTable(a) + QStringLiteral(" WHERE ") + membershipOwnerColumn(a)
                    + QStringLiteral(" = ? AND m.student_id = ? AND m.starts_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)"),
                {membershipOwner(a), studentId, to, from})
        .has_value();
}

QList<LessonContext> JournalStore::lessons(Db &db, const AssignmentContext &a, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kLessonColumns + kLessonJoins
                               + QStringLiteral("WHERE l.assignment_id = ? AND l.on_date BETWEEN ? AND ? "
                                                "ORDER BY l.on_date, l.lesson_number"),
                           {a.id, from, to});
    QList<LessonContext> list;
    while (rows.next()) {
        LessonContext l = readLesson(rows);
        l.assignment = a;
        list.append(l);
    }
    return list;
}

QList<MarkRow> JournalStore::marks(Db &db, qint64 assignmentId, const QDate &from, const QDate &to, qint64 studentId)
{
    // Two statements rather than an optional filter in one: PostgreSQL keeps a single plan for a
    // statement whose best plan does not depend on its values, instead of planning it anew for every
    // journal page opened (half a millisecond each).
    QVariantList params{assignmentId, from, to};
    QString student;
    if (studentId != 0) {
        student = QStringLiteral("AND m.student_id = ? ");
        params.append(studentId);
    }
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kMarkColumns + kMarkJoins
                               + QStringLiteral("JOIN lessons l ON l.id = m.lesson_id WHERE l.assignment_id = ? "
                                                "AND l.on_date BETWEEN ? AND ? ")
                               + student + QStringLiteral("ORDER BY l.on_date, l.lesson_number, m.student_id, m.position"),
                           params);
    return rows.all(readMark);
}

QList<AttendanceRow> JournalStore::attendance(Db &db, qint64 assignmentId, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT a.lesson_id, a.student_id, a.kind, coalesce(a.reason, '') "
                                          "FROM attendance a JOIN lessons l ON l.id = a.lesson_id "
                                          "WHERE l.assignment_id = ? AND l.on_date BETWEEN ? AND ?"),
                           {assignmentId, from, to});
    QList<AttendanceRow> list;
    while (rows.next())
        list.append(AttendanceRow{rows.integer(0), rows.integer(1), rows.text(2), rows.text(3)});
    return list;
}

QList<FinalMarkRow> JournalStore::finalMarks(Db &db, qint64 subjectId, qint64 yearId, const QList<qint64> &studentIds)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT f.id, f.student_id, f.kind, coalesce(f.period_id, 0), coalesce(f.value, 0), "
                                          "f.passed, coalesce(f.updated_at, f.entered_at), "
                                          "short_name(u.surname, u.first_name, u.patronymic) "
                                          "FROM final_marks f JOIN users u ON u.id = coalesce(f.updated_by, f.entered_by) "
                                          "WHERE f.subject_id = ? AND f.year_id = ? AND f.student_id = ANY(?::bigint[])"),
                           {subjectId, yearId, intArrayLiteral(studentIds)});
    QList<FinalMarkRow> list;
    while (rows.next()) {
        FinalMarkRow f;
        f.id = rows.integer(0);
        f.studentId = rows.integer(1);
        f.kind = rows.text(2);
        f.periodId = rows.integer(3);
        f.value = int(rows.integer(4));
        if (!rows.isNull(5))
            f.passed = rows.boolean(5);
        f.enteredAt = rows.dateTime(6);
        f.enteredBy = rows.text(7);
        list.append(f);
    }
    return list;
}

std::optional<FinalMarkRow> JournalStore::finalMark(Db &db, qint64 studentId, qint64 subjectId, qint64 yearId,
                                                    const QString &kind, qint64 periodId)
{
    for (const FinalMarkRow &f : finalMarks(db, subjectId, yearId, {studentId})) {
        if (f.kind == kind && f.periodId == periodId)
            return f;
    }
    return std::nullopt;
}

bool JournalStore::isSubstitute(Db &db, qint64 assignmentId, qint64 teacherId)
{
    return db
        .scalar(QStringLiteral("SELECT 1 FROM substitutions sb JOIN lessons l ON l.id = sb.lesson_id "
                               "WHERE l.assignment_id = ? AND sb.teacher_id = ? LIMIT 1"),
                {assignmentId, teacherId})
        .has_value();
}

QList<MarkRow> JournalStore::cellMarks(Db &db, qint64 lessonId, qint64 studentId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kMarkColumns + kMarkJoins
                               + QStringLiteral("WHERE m.lesson_id = ? AND m.student_id = ? ORDER BY m.position"),
                           {lessonId, studentId});
    return rows.all(readMark);
}

std::optional<AttendanceRow> JournalStore::cellAttendance(Db &db, qint64 lessonId, qint64 studentId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT kind, coalesce(reason, '') FROM attendance WHERE lesson_id = ? AND student_id = ?"),
                           {lessonId, studentId});
    if (!rows.next())
        return std::nullopt;
    return AttendanceRow{lessonId, studentId, rows.text(0), rows.text(1)};
}

void JournalStore::replaceMarks(Db &db, qint64 schoolId, qint64 lessonId, qint64 studentId, const QList<MarkRow> &marks,
                                qint64 userId, const QDateTime &now)
{
    db.execAsOne(JournalBatchStore::replaceStatements({CellWrite{schoolId, lessonId, studentId, marks, userId}}, now));
}

void JournalStore::setAttendance(Db &db, qint64 schoolId, qint64 lessonId, qint64 studentId, const QString &kind,
                                 qint64 userId, const QDateTime &now)
{
    db.exec(QStringLiteral("INSERT INTO attendance(lesson_id, student_id, school_id, kind, set_by, set_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (lesson_id, student_id) DO UPDATE SET "
                           "kind = EXCLUDED.kind, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at, "
                           "reason = CASE WHEN EXCLUDED.kind = 'absent' THEN attendance.reason END"),
            {lessonId, studentId, schoolId, kind, userId, now});
}

void JournalStore::clearAttendance(Db &db, qint64 lessonId, qint64 studentId)
{
    db.exec(QStringLiteral("DELETE FROM attendance WHERE lesson_id = ? AND student_id = ?"), {lessonId, studentId});
}

void JournalStore::setReason(Db &db, qint64 lessonId, qint64 studentId, const QString &reason, qint64 userId,
                             const QDateTime &now)
{
    db.exec(QStringLiteral("UPDATE attendance SET reason = ?, reason_set_by = ?, reason_set_at = ? "
                           "WHERE lesson_id = ? AND student_id = ? AND kind = 'absent'"),
            {reason.isEmpty() ? sqlNull() : QVariant(reason), userId, now, lessonId, studentId});
}

QList<std::pair<qint64, qint64>> JournalStore::absencesBetween(Db &db, qint64 studentId, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT a.lesson_id, l.assignment_id FROM attendance a "
                                          "JOIN lessons l ON l.id = a.lesson_id WHERE a.student_id = ? "
                                          "AND a.kind = 'absent' AND l.on_date BETWEEN ? AND ? ORDER BY l.on_date, l.lesson_number"),
                           {studentId, from, to});
    QList<std::pair<qint64, qint64>> list;
    while (rows.next())
        list.append({rows.integer(0), rows.integer(1)});
    return list;
}

void JournalStore::updateLesson(Db &db, const LessonContext &l, bool topicChanged, bool homeworkChanged, const QDateTime &now)
{
    db.exec(QStringLiteral("UPDATE lessons SET topic = ?, homework = ?, work_kind_id = ?, plan_item_id = ?, "
                           "topic_set_at = CASE WHEN ? THEN ? ELSE topic_set_at END, "
                           "homework_set_at = CASE WHEN ? THEN ? ELSE homework_set_at END WHERE id = ?"),
            {l.topic, l.homework, orNullId(l.workKindId), orNullId(l.planItemId), topicChanged, now, homeworkChanged, now,
             l.id});
}

void JournalStore::setFinalMark(Db &db, qint64 schoolId, const AssignmentContext &a, const FinalMarkRow &f, qint64 userId,
                                const QDateTime &now)
{
    db.exec(QStringLiteral("INSERT INTO final_marks(school_id, student_id, subject_id, class_id, year_id, kind, period_id, "
                           "value, passed, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (student_id, subject_id, year_id, kind, period_id) DO UPDATE SET "
                           "value = EXCLUDED.value, passed = EXCLUDED.passed, class_id = EXCLUDED.class_id, "
                           "updated_by = EXCLUDED.entered_by, updated_at = EXCLUDED.entered_at"),
            {schoolId, f.studentId, a.subjectId, a.classId, a.yearId, f.kind, orNullId(f.periodId),
             f.value > 0 ? QVariant(f.value) : QVariant(QMetaType::fromType<int>()),
             f.passed ? QVariant(*f.passed) : QVariant(QMetaType::fromType<bool>()), userId, now});
}

void JournalStore::clearFinalMark(Db &db, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM final_marks WHERE id = ?"), {id});
}

void JournalStore::setExemption(Db &db, qint64 schoolId, qint64 studentId, qint64 subjectId, qint64 yearId,
                                qint64 periodId, const QString &reason, qint64 userId)
{
    db.exec(QStringLiteral("INSERT INTO exemptions(school_id, student_id, subject_id, year_id, period_id, reason, created_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (student_id, subject_id, year_id, period_id) "
                           "DO UPDATE SET reason = EXCLUDED.reason"),
            {schoolId, studentId, subjectId, yearId, orNullId(periodId), reason, userId});
}

bool JournalStore::removeExemption(Db &db, qint64 studentId, qint64 subjectId, qint64 yearId, qint64 periodId)
{
    SqlRows rows = db.exec(QStringLiteral("DELETE FROM exemptions WHERE student_id = ? AND subject_id = ? AND year_id = ? "
                                          "AND period_id IS NOT DISTINCT FROM ?"),
                           {studentId, subjectId, yearId, orNullId(periodId)});
    return rows.rowsAffected() > 0;
}

QList<SqlStatement> JournalBatchStore::replaceStatements(const QList<CellWrite> &writes, const QDateTime &now)
{
    // Cells in a fixed order, so concurrent batches take row locks in the same order.
    QList<const CellWrite *> ordered;
    for (const CellWrite &w : writes)
        ordered.append(&w);
    std::sort(ordered.begin(), ordered.end(), [](const CellWrite *a, const CellWrite *b) {
        return std::pair(a->lessonId, a->studentId) < std::pair(b->lessonId, b->studentId);
    });
    using E = SqlBinaryArray::Element;
    SqlBinaryArray lessons(E::BigInt), students(E::BigInt), counts(E::Int);
    SqlBinaryArray school(E::BigInt), lesson(E::BigInt), student(E::BigInt), position(E::SmallInt), value(E::SmallInt),
        passed(E::Boolean), kind(E::BigInt), comment(E::Text), user(E::BigInt), at(E::TimestampTz);
    for (const CellWrite *w : ordered) {
        if (w->mayShrink) {
            lessons.add(w->lessonId);
            students.add(w->studentId);
            counts.add(qint64(w->marks.size()));
        }
        for (const MarkRow &m : w->marks) {
            school.add(w->schoolId);
            lesson.add(w->lessonId);
            student.add(w->studentId);
            position.add(qint64(m.position));
            m.value > 0 ? value.add(qint64(m.value)) : value.addNull();
            passed.add(m.passed);
            m.workKindId ? kind.add(m.workKindId) : kind.addNull();
            comment.add(m.comment);
            user.add(w->userId);
            at.add(now);
        }
    }
    // The cells' surplus marks go, and the rest are upserted: different rows, so one statement
    // may do both. An unchanged mark keeps who entered it and when; a changed one records who
    // changed it.
    return {{QStringLiteral("DELETE FROM marks m USING unnest(?::bigint[], ?::bigint[], ?::int[]) AS c(lesson_id, student_id, n) "
                            "WHERE m.lesson_id = c.lesson_id AND m.student_id = c.student_id AND m.position > c.n"),
             {lessons.param(), students.param(), counts.param()}},
            {QStringLiteral("INSERT INTO marks(school_id, lesson_id, student_id, position, value, passed, work_kind_id, "
                            "comment, entered_by, entered_at) "
                            "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::smallint[], ?::smallint[], "
                            "?::boolean[], ?::bigint[], ?::text[], ?::bigint[], ?::timestamptz[]) "
                            "ON CONFLICT (lesson_id, student_id, position) DO UPDATE SET value = EXCLUDED.value, "
                            "passed = EXCLUDED.passed, work_kind_id = EXCLUDED.work_kind_id, comment = EXCLUDED.comment, "
                            "updated_by = EXCLUDED.entered_by, updated_at = EXCLUDED.entered_at "
                            "WHERE (marks.value, marks.passed, marks.work_kind_id, marks.comment) IS DISTINCT FROM "
                            "(EXCLUDED.value, EXCLUDED.passed, EXCLUDED.work_kind_id, EXCLUDED.comment)"),
             {school.param(), lesson.param(), student.param(), position.param(), value.param(), passed.param(),
              kind.param(), comment.param(), user.param(), at.param()}}};
}

QList<MarkRow> marksAfterWrite(const QList<MarkRow> &old, QList<MarkRow> wanted, const QString &writerName,
                               const QDateTime &now)
{
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        MarkRow &m = wanted[i];
        if (i < old.size() && old[i].sameMark(m)) {
            m = old[i];
            continue;
        }
        m.enteredAt = i < old.size() ? old[i].enteredAt : now;
        m.enteredBy = writerName;
    }
    return wanted;
}

QList<MarkRow> CellRange::cellMarks(qint64 lessonId) const
{
    QList<MarkRow> list;
    for (const MarkRow &m : marks) {
        if (m.lessonId == lessonId)
            list.append(m);
    }
    return list;
}

QList<MarkRow> withLessonMarks(const QList<MarkRow> &marks, qint64 lessonId, const QList<MarkRow> &cell)
{
    QList<MarkRow> list;
    list.reserve(marks.size() + cell.size());
    bool placed = false;
    for (const MarkRow &m : marks) {
        if (!placed && m.lessonId >= lessonId) {
            list.append(cell);
            placed = true;
        }
        if (m.lessonId != lessonId)
            list.append(m);
    }
    if (!placed)
        list.append(cell);
    return list;
}

QHash<CellKey, CellRange> JournalBatchStore::cellRanges(Db &db, const QList<CellRangeQuery> &queries)
{
    QHash<CellKey, CellRange> map;
    if (queries.isEmpty())
        return map;
    SqlArray assignments, lessons, students, from, to, writers, whole;
    for (const CellRangeQuery &q : queries) {
        assignments.add(q.assignmentId);
        lessons.add(q.lessonId);
        students.add(q.studentId);
        from.add(q.from);
        to.add(q.to);
        writers.add(q.writerId);
        whole.add(q.wholeRange);
        map.insert({q.lessonId, q.studentId}, CellRange{});
    }
    // The laterals make each probe of marks use the student and the lesson together (marks_student):
    // joined plainly, the planner probed by lesson alone and filtered every pupil's marks of it, which
    // was most of a batch's database time at the morning peak (docs/benchmarks.md). A cell without
    // marks in the range still gives one row, for its attendance. Who entered a mark is read for
    // the cell's own marks only: the others count for the figures alone. Users and kinds are joined
    // outside the per-lesson laterals: inside them, the kinds were hashed anew for every lesson of
    // every cell (240 times for six cells, two thirds of the statement's time). The rest of the
    // range is read only when asked for (r): the cell's own marks are one probe, the range's forty.
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kMarkColumns
                               + QStringLiteral(", q.l, q.s, at.kind, at.reason, "
                                                "(SELECT short_name(wu.surname, wu.first_name, wu.patronymic) FROM users wu WHERE wu.id = q.w) "
                                                "FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::date[], ?::date[], ?::bigint[], "
                                                "?::boolean[]) AS q(a, l, s, f, t, w, r) "
                                                "LEFT JOIN attendance at ON at.lesson_id = q.l AND at.student_id = q.s "
                                                "LEFT JOIN LATERAL (SELECT * FROM marks m WHERE m.lesson_id = q.l AND m.student_id = q.s "
                                                "UNION ALL SELECT m.* FROM (SELECT l.id FROM lessons l WHERE q.r AND l.assignment_id = q.a "
                                                "AND l.on_date BETWEEN q.f AND q.t AND l.id <> q.l OFFSET 0) l "
                                                "JOIN LATERAL (SELECT * FROM marks m WHERE m.lesson_id = l.id "
                                                "AND m.student_id = q.s OFFSET 0) m ON true) m ON true "
                                                "LEFT JOIN LATERAL (SELECT * FROM users u WHERE u.id = coalesce(m.updated_by, m.entered_by) "
                                                "AND m.lesson_id = q.l OFFSET 0) u ON true "
                                                "LEFT JOIN work_kinds w ON w.id = m.work_kind_id "
                                                "ORDER BY q.l, q.s, m.lesson_id, m.position"),
                           {assignments.literal(), lessons.literal(), students.literal(), from.literal(), to.literal(),
                            writers.literal(), whole.literal()});
    constexpr int kCell = 12; // the columns after the mark's
    while (rows.next()) {
        const CellKey cell{rows.integer(kCell), rows.integer(kCell + 1)};
        CellRange &range = map[cell];
        if (range.writerName.isEmpty())
            range.writerName = rows.text(kCell + 4);
        if (!rows.isNull(kCell + 2) && !range.attendance)
            range.attendance = AttendanceRow{cell.first, cell.second, rows.text(kCell + 2), rows.text(kCell + 3)};
        if (!rows.isNull(0))
            range.marks.append(readMark(rows));
    }
    return map;
}

} // namespace cj::server
