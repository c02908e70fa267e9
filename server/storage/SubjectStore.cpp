#include "storage/SubjectStore.h"

#include "db/Db.h"

namespace cj::server {

namespace {
const QString kColumns =
    QStringLiteral("SELECT id, school_id, name, short_name, grading, extended_window, sort_order, archived FROM subjects ");

SubjectRecord readSubject(const SqlRows &rows)
{
    return SubjectRecord{rows.integer(0), rows.integer(1), rows.text(2), rows.text(3), rows.text(4), rows.boolean(5),
                         int(rows.integer(6)), rows.boolean(7)};
}
} // namespace

QList<SubjectRecord> SubjectStore::list(Db &db, qint64 schoolId, bool includeArchived)
{
    SqlRows rows = db.exec(kColumns + QStringLiteral("WHERE school_id = ? AND (? OR NOT archived) ORDER BY sort_order, name"),
                           {schoolId, includeArchived});
    return rows.all(readSubject);
}

std::optional<SubjectRecord> SubjectStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(kColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return readSubject(rows);
}

bool SubjectStore::nameTaken(Db &db, qint64 schoolId, const QString &name, qint64 exceptId)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM subjects WHERE school_id = ? AND lower(name) = lower(?) AND id <> ?"),
                     {schoolId, name, exceptId})
        .has_value();
}

qint64 SubjectStore::insert(Db &db, const SubjectRecord &s)
{
    return db
        .scalar(QStringLiteral("INSERT INTO subjects(school_id, name, short_name, grading, extended_window, sort_order) "
                               "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                {s.schoolId, s.name, s.shortName, s.grading, s.extendedWindow, s.sortOrder})
        ->toLongLong();
}

void SubjectStore::update(Db &db, const SubjectRecord &s)
{
    db.exec(QStringLiteral("UPDATE subjects SET name = ?, short_name = ?, grading = ?, extended_window = ?, sort_order = ?, "
                           "archived = ? WHERE id = ?"),
            {s.name, s.shortName, s.grading, s.extendedWindow, s.sortOrder, s.archived, s.id});
}

} // namespace cj::server
