#include "storage/StudentStore.h"

#include "db/Db.h"
#include "storage/PersonSql.h"

namespace cj::server {

namespace {
const QString kColumns = QStringLiteral(
    "s.id, s.school_id, s.surname, s.first_name, s.patronymic, s.gender, s.birth_date, s.address, s.phone, s.email, "
    "s.snils, s.health_group, s.pe_group, s.consent_given, s.consent_date, s.personal_file_no, s.notes, "
    "coalesce(s.user_id, 0)");

StudentRecord readStudent(const SqlRows &rows)
{
    StudentRecord s;
    s.id = rows.integer(0);
    s.schoolId = rows.integer(1);
    s.surname = rows.text(2);
    s.firstName = rows.text(3);
    s.patronymic = rows.text(4);
    s.gender = rows.text(5);
    s.birthDate = rows.date(6);
    s.address = rows.text(7);
    s.phone = rows.text(8);
    s.email = rows.text(9);
    s.snils = rows.text(10);
    s.healthGroup = rows.text(11);
    s.peGroup = rows.text(12);
    s.consentGiven = rows.boolean(13);
    s.consentDate = rows.date(14);
    s.personalFileNo = rows.text(15);
    s.notes = rows.text(16);
    s.userId = rows.integer(17);
    return s;
}

MembershipRecord readMembership(const SqlRows &rows)
{
    return MembershipRecord{rows.integer(0), rows.integer(1), rows.integer(2), rows.text(3),
                            rows.integer(4), rows.date(5),    rows.date(6)};
}

const QString kMembershipSelect =
    QStringLiteral("SELECT m.id, m.student_id, m.class_id, c.grade || c.letter, c.year_id, m.starts_on, m.left_on "
                   "FROM class_memberships m JOIN classes c ON c.id = m.class_id ");
} // namespace

QString StudentRecord::fullName() const
{
    QStringList parts{surname, firstName};
    if (!patronymic.isEmpty())
        parts.append(patronymic);
    return parts.join(QLatin1Char(' '));
}

QString StudentRecord::shortName() const
{
    QString name = surname + QLatin1Char(' ') + firstName.left(1) + QLatin1Char('.');
    if (!patronymic.isEmpty())
        name += QLatin1Char(' ') + patronymic.left(1) + QLatin1Char('.');
    return name;
}

QList<StudentRecord> StudentStore::list(Db &db, const StudentFilter &f)
{
    const QString pattern = QLatin1Char('%') + f.search.trimmed().toLower() + QLatin1Char('%');
    // One row per student: the stretch current on the date first, else the latest one that ended.
    const QString sql =
        QStringLiteral("SELECT * FROM (SELECT DISTINCT ON (s.id) %1, m.class_id AS placed_class, "
                       "c.grade || c.letter AS placed_name, m.left_on AS placed_left "
                       "FROM class_memberships m JOIN classes c ON c.id = m.class_id JOIN students s ON s.id = m.student_id "
                       "WHERE c.year_id = ? AND (? OR m.class_id = ANY(?::bigint[])) AND m.starts_on <= ? "
                       "AND (m.left_on IS NULL OR m.left_on > ? OR ?) "
                       "AND lower(s.surname || ' ' || s.first_name || ' ' || s.patronymic) LIKE ? "
                       "ORDER BY s.id, (m.left_on IS NULL OR m.left_on > ?) DESC, m.starts_on DESC) x ORDER BY %2")
            .arg(kColumns, PersonSql::orderBy(db, QStringLiteral("x")));
    SqlRows rows = db.exec(sql, {f.yearId, !f.classIds.has_value(), intArrayLiteral(f.classIds.value_or(QList<qint64>())),
                                 f.date, f.date, f.includeLeft, pattern, f.date});
    QList<StudentRecord> list;
    while (rows.next()) {
        StudentRecord s = readStudent(rows);
        s.classId = rows.integer(18);
        s.className = rows.text(19);
        s.leftOn = rows.date(20);
        list.append(s);
    }
    return list;
}

std::optional<StudentRecord> StudentStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM students s WHERE s.id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return readStudent(rows);
}

qint64 StudentStore::insert(Db &db, const StudentRecord &s)
{
    return db
        .scalar(QStringLiteral("INSERT INTO students(school_id, surname, first_name, patronymic, gender, birth_date, "
                               "address, phone, email, snils, health_group, pe_group, consent_given, consent_date, "
                               "personal_file_no, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "RETURNING id"),
                {s.schoolId, s.surname, s.firstName, s.patronymic, s.gender, orNull(s.birthDate), s.address, s.phone,
                 s.email, s.snils, s.healthGroup, s.peGroup, s.consentGiven, orNull(s.consentDate), s.personalFileNo,
                 s.notes})
        ->toLongLong();
}

void StudentStore::update(Db &db, const StudentRecord &s)
{
    db.exec(QStringLiteral("UPDATE students SET surname = ?, first_name = ?, patronymic = ?, gender = ?, birth_date = ?, "
                           "address = ?, phone = ?, email = ?, snils = ?, health_group = ?, pe_group = ?, "
                           "consent_given = ?, consent_date = ?, personal_file_no = ?, notes = ? WHERE id = ?"),
            {s.surname, s.firstName, s.patronymic, s.gender, orNull(s.birthDate), s.address, s.phone, s.email, s.snils,
             s.healthGroup, s.peGroup, s.consentGiven, orNull(s.consentDate), s.personalFileNo, s.notes, s.id});
}

void StudentStore::setUserId(Db &db, qint64 studentId, qint64 userId)
{
    db.exec(QStringLiteral("UPDATE students SET user_id = ? WHERE id = ?"), {userId, studentId});
}

bool StudentStore::samePersonExists(Db &db, qint64 schoolId, const QString &surname, const QString &firstName,
                                    const QString &patronymic, const QDate &birthDate)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM students WHERE school_id = ? AND lower(surname) = lower(?) "
                                    "AND lower(first_name) = lower(?) AND lower(patronymic) = lower(?) "
                                    "AND birth_date IS NOT DISTINCT FROM ?"),
                     {schoolId, surname, firstName, patronymic, orNull(birthDate)})
        .has_value();
}

QList<qint64> StudentStore::ofAccount(Db &db, qint64 userId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT id FROM students WHERE user_id = ?"), {userId});
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

QList<MembershipRecord> StudentStore::memberships(Db &db, qint64 studentId)
{
    SqlRows rows = db.exec(kMembershipSelect + QStringLiteral("WHERE m.student_id = ? ORDER BY m.starts_on, m.id"),
                           {studentId});
    return rows.all(readMembership);
}

std::optional<MembershipRecord> StudentStore::membershipOn(Db &db, qint64 studentId, const QDate &date)
{
    SqlRows rows = db.exec(kMembershipSelect
                               + QStringLiteral("WHERE m.student_id = ? AND m.starts_on <= ? "
                                                "AND (m.left_on IS NULL OR m.left_on > ?) ORDER BY m.starts_on DESC"),
                           {studentId, date, date});
    if (!rows.next())
        return std::nullopt;
    return readMembership(rows);
}

qint64 StudentStore::addMembership(Db &db, qint64 schoolId, qint64 studentId, qint64 classId, const QDate &startsOn,
                                   const QDate &leftOn)
{
    return db
        .scalar(QStringLiteral("INSERT INTO class_memberships(school_id, student_id, class_id, starts_on, left_on) "
                               "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {schoolId, studentId, classId, startsOn, orNull(leftOn)})
        ->toLongLong();
}

void StudentStore::endMembership(Db &db, qint64 membershipId, const QDate &leftOn)
{
    db.exec(QStringLiteral("UPDATE class_memberships SET left_on = ? WHERE id = ?"), {leftOn, membershipId});
}

void StudentStore::moveMembership(Db &db, qint64 membershipId, qint64 classId)
{
    db.exec(QStringLiteral("UPDATE class_memberships SET class_id = ? WHERE id = ?"), {classId, membershipId});
}

QList<qint64> StudentStore::classesOn(Db &db, const QList<qint64> &studentIds, const QDate &date)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT DISTINCT class_id FROM class_memberships WHERE student_id = ANY(?::bigint[]) "
                                          "AND starts_on <= ? AND (left_on IS NULL OR left_on > ?)"),
                           {intArrayLiteral(studentIds), date, date});
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

QList<qint64> StudentStore::idsInClass(Db &db, qint64 classId, const QDate &date)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT m.student_id FROM class_memberships m JOIN students s ON s.id = m.student_id "
                                          "WHERE m.class_id = ? AND m.starts_on <= ? AND (m.left_on IS NULL OR m.left_on > ?) "
                                          "ORDER BY ")
                               + PersonSql::orderBy(db, QStringLiteral("s")),
                           {classId, date, date});
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.integer(0));
    return ids;
}

} // namespace cj::server
