#include "storage/GuardianStore.h"

#include "db/Db.h"

namespace cj::server {

namespace {
const QString kColumns = QStringLiteral("g.id, g.school_id, g.surname, g.first_name, g.patronymic, g.relation, g.phone, "
                                        "g.email, g.address, g.workplace, coalesce(g.user_id, 0)");

GuardianRecord readGuardian(const SqlRows &rows, int at = 0)
{
    GuardianRecord g;
    g.id = rows.integer(at + 0);
    g.schoolId = rows.integer(at + 1);
    g.surname = rows.text(at + 2);
    g.firstName = rows.text(at + 3);
    g.patronymic = rows.text(at + 4);
    g.relation = rows.text(at + 5);
    g.phone = rows.text(at + 6);
    g.email = rows.text(at + 7);
    g.address = rows.text(at + 8);
    g.workplace = rows.text(at + 9);
    g.userId = rows.integer(at + 10);
    return g;
}

QList<qint64> ids(SqlRows rows)
{
    QList<qint64> list;
    while (rows.next())
        list.append(rows.integer(0));
    return list;
}
} // namespace

QString GuardianRecord::fullName() const
{
    QStringList parts{surname, firstName};
    if (!patronymic.isEmpty())
        parts.append(patronymic);
    return parts.join(QLatin1Char(' '));
}

std::optional<GuardianRecord> GuardianStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM guardians g WHERE g.id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return readGuardian(rows);
}

QHash<qint64, QList<GuardianRecord>> GuardianStore::ofStudents(Db &db, const QList<qint64> &studentIds)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT sg.student_id, ") + kColumns
                               + QStringLiteral(" FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id "
                                                "WHERE sg.student_id = ANY(?::bigint[]) ORDER BY sg.student_id, g.id"),
                           {intArrayLiteral(studentIds)});
    QHash<qint64, QList<GuardianRecord>> map;
    while (rows.next())
        map[rows.integer(0)].append(readGuardian(rows, 1));
    return map;
}

qint64 GuardianStore::insert(Db &db, const GuardianRecord &g)
{
    return db
        .scalar(QStringLiteral("INSERT INTO guardians(school_id, surname, first_name, patronymic, relation, phone, email, "
                               "address, workplace) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {g.schoolId, g.surname, g.firstName, g.patronymic, g.relation, g.phone, g.email, g.address, g.workplace})
        ->toLongLong();
}

void GuardianStore::update(Db &db, const GuardianRecord &g)
{
    db.exec(QStringLiteral("UPDATE guardians SET surname = ?, first_name = ?, patronymic = ?, relation = ?, phone = ?, "
                           "email = ?, address = ?, workplace = ? WHERE id = ?"),
            {g.surname, g.firstName, g.patronymic, g.relation, g.phone, g.email, g.address, g.workplace, g.id});
}

void GuardianStore::link(Db &db, qint64 studentId, qint64 guardianId)
{
    db.exec(QStringLiteral("INSERT INTO student_guardians(student_id, guardian_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            {studentId, guardianId});
}

bool GuardianStore::unlink(Db &db, qint64 studentId, qint64 guardianId)
{
    return db.exec(QStringLiteral("DELETE FROM student_guardians WHERE student_id = ? AND guardian_id = ?"),
                   {studentId, guardianId})
               .rowsAffected()
        > 0;
}

QList<qint64> GuardianStore::children(Db &db, qint64 guardianId)
{
    return ids(db.exec(QStringLiteral("SELECT student_id FROM student_guardians WHERE guardian_id = ? ORDER BY student_id"),
                       {guardianId}));
}

void GuardianStore::remove(Db &db, qint64 guardianId)
{
    db.exec(QStringLiteral("DELETE FROM guardians WHERE id = ?"), {guardianId});
}

void GuardianStore::setUserId(Db &db, qint64 guardianId, qint64 userId)
{
    db.exec(QStringLiteral("UPDATE guardians SET user_id = ? WHERE id = ?"), {userId, guardianId});
}

QList<qint64> GuardianStore::childrenOfAccount(Db &db, qint64 userId)
{
    return ids(db.exec(QStringLiteral("SELECT sg.student_id FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id "
                                      "WHERE g.user_id = ? ORDER BY sg.student_id"),
                       {userId}));
}

} // namespace cj::server
