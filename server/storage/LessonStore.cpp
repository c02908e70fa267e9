#include "storage/LessonStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
const QString kHasData = QStringLiteral(
    "(l.topic <> '' OR l.homework <> '' OR EXISTS (SELECT 1 FROM marks k WHERE k.lesson_id = l.id) "
    "OR EXISTS (SELECT 1 FROM attendance n WHERE n.lesson_id = l.id) "
    "OR EXISTS (SELECT 1 FROM correction_requests r WHERE r.lesson_id = l.id))");

QString selectLessons()
{
    return QStringLiteral("SELECT l.id, l.school_id, l.assignment_id, a.class_id, c.grade || c.letter, a.subject_id, s.name, "
                          "coalesce(a.subgroup_id, 0), coalesce(g.name, ''), a.teacher_id, %1, l.on_date, l.lesson_number, "
                          "l.room, l.origin, l.moved_from, coalesce(st.teacher_id, 0), coalesce(%2, ''), l.topic, l.homework, "
                          "coalesce(to_char(b.starts_at, 'HH24:MI'), ''), coalesce(to_char(b.ends_at, 'HH24:MI'), ''), "
                          "coalesce(l.schedule_entry_id, 0) "
                          "FROM lessons l JOIN assignments a ON a.id = l.assignment_id JOIN classes c ON c.id = a.class_id "
                          "JOIN subjects s ON s.id = a.subject_id LEFT JOIN subgroups g ON g.id = a.subgroup_id "
                          "JOIN users t ON t.id = a.teacher_id LEFT JOIN substitutions st ON st.lesson_id = l.id "
                          "LEFT JOIN users su ON su.id = st.teacher_id "
                          "LEFT JOIN bells b ON b.schedule_id = c.bell_schedule_id AND b.lesson_number = l.lesson_number ")
        .arg(PersonSql::shortName(QStringLiteral("t")), PersonSql::shortName(QStringLiteral("su")));
}

const QString kOrder = QStringLiteral(" ORDER BY l.on_date, l.lesson_number, c.grade, c.letter, g.name NULLS FIRST, l.id");

LessonRecord readLesson(const SqlRows &rows)
{
    LessonRecord l;
    l.id = rows.integer(0);
    l.schoolId = rows.integer(1);
    l.assignmentId = rows.integer(2);
    l.classId = rows.integer(3);
    l.className = rows.text(4);
    l.subjectId = rows.integer(5);
    l.subjectName = rows.text(6);
    l.subgroupId = rows.integer(7);
    l.subgroupName = rows.text(8);
    l.teacherId = rows.integer(9);
    l.teacherName = rows.text(10);
    l.date = rows.date(11);
    l.lessonNumber = int(rows.integer(12));
    l.room = rows.text(13);
    l.origin = rows.text(14);
    l.movedFrom = rows.date(15);
    l.substituteId = rows.integer(16);
    l.substituteName = rows.text(17);
    l.topic = rows.text(18);
    l.homework = rows.text(19);
    l.startsAt = rows.text(20);
    l.endsAt = rows.text(21);
    l.scheduleEntryId = rows.integer(22);
    return l;
}

QList<LessonRecord> readLessons(SqlRows rows)
{
    return rows.all(readLesson);
}
} // namespace

QList<LessonRecord> LessonStore::list(Db &db, const LessonFilter &f)
{
    return readLessons(db.exec(selectLessons()
                                   + QStringLiteral("WHERE l.school_id = ? AND l.on_date BETWEEN ? AND ? "
                                                    "AND (?::bigint = 0 OR a.class_id = ?) "
                                                    "AND (?::bigint = 0 OR l.assignment_id = ?) "
                                                    "AND (?::bigint = 0 OR a.teacher_id = ? OR st.teacher_id = ?)")
                                   + kOrder,
                               {f.schoolId, f.from, f.to, f.classId, f.classId, f.assignmentId, f.assignmentId, f.teacherId,
                                f.teacherId, f.teacherId}));
}

std::optional<LessonRecord> LessonStore::byId(Db &db, qint64 id)
{
    const QList<LessonRecord> list = readLessons(db.exec(selectLessons() + QStringLiteral("WHERE l.id = ?"), {id}));
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<LessonRecord> LessonStore::inSlot(Db &db, qint64 schoolId, const QDate &date, int lessonNumber)
{
    return readLessons(db.exec(selectLessons()
                                   + QStringLiteral("WHERE l.school_id = ? AND l.on_date = ? AND l.lesson_number = ?")
                                   + kOrder,
                               {schoolId, date, lessonNumber}));
}

bool LessonStore::hasJournalData(Db &db, qint64 id)
{
    return db.scalar(QStringLiteral("SELECT ") + kHasData + QStringLiteral(" FROM lessons l WHERE l.id = ?"), {id})
        .value_or(false)
        .toBool();
}

QList<LessonSlot> LessonStore::slotsOfClass(Db &db, qint64 classId, const QDate &from, const QDate &to)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT l.id, l.assignment_id, l.on_date, l.lesson_number, l.origin, l.moved_from, "
                                          "coalesce(l.schedule_entry_id, 0), l.room, ")
                               + kHasData
                               + QStringLiteral(" FROM lessons l JOIN assignments a ON a.id = l.assignment_id "
                                                "WHERE a.class_id = ? AND (l.on_date BETWEEN ? AND ? OR l.moved_from BETWEEN ? AND ?) "
                                                "ORDER BY l.on_date, l.lesson_number, l.id"),
                           {classId, from, to, from, to});
    QList<LessonSlot> list;
    while (rows.next()) {
        list.append(LessonSlot{rows.integer(0), rows.integer(1), rows.date(2), int(rows.integer(3)), rows.text(4),
                               rows.date(5), rows.integer(6), rows.text(7), rows.boolean(8)});
    }
    return list;
}

qint64 LessonStore::insert(Db &db, qint64 schoolId, const NewLesson &l)
{
    return db
        .scalar(QStringLiteral("INSERT INTO lessons(school_id, assignment_id, on_date, lesson_number, room, schedule_entry_id, "
                               "origin, moved_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {schoolId, l.assignmentId, l.date, l.lessonNumber, l.room, orNullId(l.scheduleEntryId), l.origin,
                 orNull(l.movedFrom)})
        ->toLongLong();
}

int LessonStore::insertMany(Db &db, qint64 schoolId, const QList<NewLesson> &lessons)
{
    if (lessons.isEmpty())
        return 0;
    QList<qint64> assignments, numbers, entries;
    QStringList dates, rooms;
    for (const NewLesson &l : lessons) {
        assignments.append(l.assignmentId);
        dates.append(l.date.toString(Qt::ISODate));
        numbers.append(l.lessonNumber);
        rooms.append(l.room);
        entries.append(l.scheduleEntryId);
    }
    // Arrays bound as single parameters: one statement for a whole year of a school's lessons.
    return db
        .exec(QStringLiteral("INSERT INTO lessons(school_id, assignment_id, on_date, lesson_number, room, schedule_entry_id) "
                             "SELECT ?, u.a, u.d, u.n, u.r, nullif(u.e, 0) "
                             "FROM unnest(?::bigint[], ?::date[], ?::smallint[], ?::text[], ?::bigint[]) AS u(a, d, n, r, e) "
                             "ON CONFLICT (assignment_id, on_date, lesson_number) DO NOTHING"),
              {schoolId, intArrayLiteral(assignments), textArrayLiteral(dates), intArrayLiteral(numbers),
               textArrayLiteral(rooms), intArrayLiteral(entries)})
        .rowsAffected();
}

void LessonStore::relink(Db &db, const QList<LessonSlot> &lessons)
{
    if (lessons.isEmpty())
        return;
    QList<qint64> ids, entries;
    QStringList rooms;
    for (const LessonSlot &s : lessons) {
        ids.append(s.id);
        entries.append(s.scheduleEntryId);
        rooms.append(s.room);
    }
    db.exec(QStringLiteral("UPDATE lessons l SET schedule_entry_id = nullif(u.e, 0), room = u.r "
                           "FROM unnest(?::bigint[], ?::bigint[], ?::text[]) AS u(id, e, r) WHERE l.id = u.id"),
            {intArrayLiteral(ids), intArrayLiteral(entries), textArrayLiteral(rooms)});
}

void LessonStore::removeMany(Db &db, const QList<qint64> &ids)
{
    if (!ids.isEmpty())
        db.exec(QStringLiteral("DELETE FROM lessons WHERE id = ANY(?::bigint[])"), {intArrayLiteral(ids)});
}

} // namespace cj::server
