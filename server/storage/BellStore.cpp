#include "storage/BellStore.h"

#include "db/Db.h"

namespace cj::server {

namespace {
void readBells(Db &db, BellScheduleRecord &schedule)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT lesson_number, starts_at, ends_at FROM bells WHERE schedule_id = ? "
                                          "ORDER BY lesson_number"),
                           {schedule.id});
    while (rows.next())
        schedule.bells.append(Bell{int(rows.integer(0)), rows.value(1).toTime(), rows.value(2).toTime()});
}

void writeBells(Db &db, const BellScheduleRecord &schedule, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM bells WHERE schedule_id = ?"), {id});
    for (const Bell &b : schedule.bells) {
        db.exec(QStringLiteral("INSERT INTO bells(schedule_id, lesson_number, starts_at, ends_at) VALUES (?, ?, ?, ?)"),
                {id, b.lessonNumber, b.startsAt, b.endsAt});
    }
}
} // namespace

QList<BellScheduleRecord> BellStore::list(Db &db, qint64 yearId)
{
    QList<BellScheduleRecord> list;
    {
        SqlRows rows = db.exec(QStringLiteral("SELECT id, year_id, name FROM bell_schedules WHERE year_id = ? ORDER BY id"),
                               {yearId});
        while (rows.next())
            list.append(BellScheduleRecord{rows.integer(0), rows.integer(1), rows.text(2), {}});
    }
    for (BellScheduleRecord &s : list)
        readBells(db, s);
    return list;
}

std::optional<BellScheduleRecord> BellStore::byId(Db &db, qint64 id)
{
    BellScheduleRecord s;
    {
        SqlRows rows = db.exec(QStringLiteral("SELECT id, year_id, name FROM bell_schedules WHERE id = ?"), {id});
        if (!rows.next())
            return std::nullopt;
        s = BellScheduleRecord{rows.integer(0), rows.integer(1), rows.text(2), {}};
    }
    readBells(db, s);
    return s;
}

bool BellStore::nameTaken(Db &db, qint64 yearId, const QString &name, qint64 exceptId)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM bell_schedules WHERE year_id = ? AND name = ? AND id <> ?"),
                     {yearId, name, exceptId})
        .has_value();
}

qint64 BellStore::insert(Db &db, qint64 schoolId, const BellScheduleRecord &s)
{
    const qint64 id = db.scalar(QStringLiteral("INSERT INTO bell_schedules(school_id, year_id, name) VALUES (?, ?, ?) "
                                               "RETURNING id"),
                                {schoolId, s.yearId, s.name})
                          ->toLongLong();
    writeBells(db, s, id);
    return id;
}

void BellStore::update(Db &db, const BellScheduleRecord &s)
{
    db.exec(QStringLiteral("UPDATE bell_schedules SET name = ? WHERE id = ?"), {s.name, s.id});
    writeBells(db, s, s.id);
}

bool BellStore::usedByClass(Db &db, qint64 id)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM classes WHERE bell_schedule_id = ?"), {id}).has_value();
}

void BellStore::remove(Db &db, qint64 id)
{
    db.exec(QStringLiteral("DELETE FROM bell_schedules WHERE id = ?"), {id});
}

} // namespace cj::server
