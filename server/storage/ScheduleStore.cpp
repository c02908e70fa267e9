#include "storage/ScheduleStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
QString selectEntries()
{
    return QStringLiteral("SELECT e.id, e.school_id, e.class_id, c.grade || c.letter, e.assignment_id, a.subject_id, s.name, "
                          "a.teacher_id, %1, coalesce(a.subgroup_id, 0), coalesce(g.name, ''), e.weekday, e.lesson_number, "
                          "e.room, e.valid_from, e.valid_to "
                          "FROM schedule_entries e JOIN classes c ON c.id = e.class_id "
                          "JOIN assignments a ON a.id = e.assignment_id JOIN subjects s ON s.id = a.subject_id "
                          "LEFT JOIN subgroups g ON g.id = a.subgroup_id JOIN users t ON t.id = a.teacher_id ")
        .arg(PersonSql::shortName(QStringLiteral("t")));
}

const QString kOrder = QStringLiteral(" ORDER BY e.weekday, e.lesson_number, c.grade, c.letter, g.name NULLS FIRST, e.valid_from");

ScheduleEntryRecord readEntry(const SqlRows &rows)
{
    ScheduleEntryRecord e;
    e.id = rows.integer(0);
    e.schoolId = rows.integer(1);
    e.classId = rows.integer(2);
    e.className = rows.text(3);
    e.assignmentId = rows.integer(4);
    e.subjectId = rows.integer(5);
    e.subjectName = rows.text(6);
    e.teacherId = rows.integer(7);
    e.teacherName = rows.text(8);
    e.subgroupId = rows.integer(9);
    e.subgroupName = rows.text(10);
    e.weekday = int(rows.integer(11));
    e.lessonNumber = int(rows.integer(12));
    e.room = rows.text(13);
    e.validFrom = rows.date(14);
    e.validTo = rows.date(15);
    return e;
}

QList<ScheduleEntryRecord> readEntries(SqlRows rows)
{
    return rows.all(readEntry);
}
} // namespace

QList<ScheduleEntryRecord> ScheduleStore::list(Db &db, const ScheduleFilter &f)
{
    return readEntries(db.exec(selectEntries()
                                   + QStringLiteral("WHERE e.school_id = ? AND (?::bigint = 0 OR e.class_id = ?) "
                                                    "AND (?::bigint = 0 OR a.teacher_id = ?) AND (? = '' OR e.room = ?) "
                                                    "AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to > ?)")
                                   + kOrder,
                               {f.schoolId, f.classId, f.classId, f.teacherId, f.teacherId, f.room, f.room, f.to, f.from}));
}

std::optional<ScheduleEntryRecord> ScheduleStore::byId(Db &db, qint64 id)
{
    const QList<ScheduleEntryRecord> list = readEntries(db.exec(selectEntries() + QStringLiteral("WHERE e.id = ?"), {id}));
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<ScheduleEntryRecord> ScheduleStore::ofAssignment(Db &db, qint64 assignmentId)
{
    return readEntries(db.exec(selectEntries() + QStringLiteral("WHERE e.assignment_id = ?") + kOrder, {assignmentId}));
}

QList<ScheduleEntryRecord> ScheduleStore::inSlot(Db &db, qint64 schoolId, int weekday, int lessonNumber, const QDate &from,
                                                 const QDate &to)
{
    return readEntries(db.exec(selectEntries()
                                   + QStringLiteral("WHERE e.school_id = ? AND e.weekday = ? AND e.lesson_number = ? "
                                                    "AND (?::date IS NULL OR e.valid_from < ?) "
                                                    "AND (e.valid_to IS NULL OR e.valid_to > ?)")
                                   + kOrder,
                               {schoolId, weekday, lessonNumber, orNull(to), orNull(to), from}));
}

qint64 ScheduleStore::insert(Db &db, const ScheduleEntryRecord &e)
{
    return db
        .scalar(QStringLiteral("INSERT INTO schedule_entries(school_id, class_id, assignment_id, weekday, lesson_number, room, "
                               "valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {e.schoolId, e.classId, e.assignmentId, e.weekday, e.lessonNumber, e.room, e.validFrom, orNull(e.validTo)})
        ->toLongLong();
}

void ScheduleStore::insertMany(Db &db, const QList<ScheduleEntryRecord> &entries)
{
    for (const ScheduleEntryRecord &e : entries)
        insert(db, e);
}

void ScheduleStore::endAt(Db &db, qint64 id, const QDate &validTo)
{
    db.exec(QStringLiteral("UPDATE schedule_entries SET valid_to = ? WHERE id = ?"), {validTo, id});
}

bool ScheduleStore::usesWeekdayFrom(Db &db, qint64 yearId, int weekday)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM schedule_entries e JOIN classes c ON c.id = e.class_id "
                                    "WHERE c.year_id = ? AND e.weekday >= ? LIMIT 1"),
                     {yearId, weekday})
        .has_value();
}

void ScheduleStore::remove(Db &db, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM schedule_entries WHERE id = ?"), {id});
}

} // namespace cj::server
