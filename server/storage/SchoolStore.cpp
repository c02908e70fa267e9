#include "storage/SchoolStore.h"

#include "db/Db.h"
#include "storage/WorkKindStore.h"

namespace cj::server {

qint64 SchoolStore::create(Db &db, const SchoolRecord &s)
{
    const qint64 id = db.scalar(QStringLiteral("INSERT INTO schools(name, short_name, address, director_name) "
                                               "VALUES (?, ?, ?, ?) RETURNING id"),
                                {s.name, s.shortName, s.address, s.directorName})
                          ->toLongLong();
    WorkKindStore::insertDefaults(db, id);
    return id;
}

std::optional<SchoolRecord> SchoolStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT id, name, short_name, address, director_name FROM schools WHERE id = ?"),
                           {id});
    if (!rows.next())
        return std::nullopt;
    return SchoolRecord{rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4)};
}

std::optional<qint64> SchoolStore::firstSchoolId(Db &db)
{
    const auto v = db.scalar(QStringLiteral("SELECT min(id) FROM schools"));
    if (!v || v->isNull())
        return std::nullopt;
    return v->toLongLong();
}

void SchoolStore::update(Db &db, const SchoolRecord &s)
{
    db.exec(QStringLiteral("UPDATE schools SET name = ?, short_name = ?, address = ?, director_name = ? WHERE id = ?"),
            {s.name, s.shortName, s.address, s.directorName, s.id});
}

QList<qint64> SchoolStore::classesLedBy(Db &db, qint64 userId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT c.id FROM classes c JOIN academic_years y ON y.id = c.year_id "
                                          "WHERE c.class_teacher_id = ? AND NOT y.closed ORDER BY c.grade, c.letter"),
                           {userId});
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

} // namespace cj::server
