#include "storage/CorrectionStore.h"

#include "db/Db.h"
#include "storage/AuditStore.h"

namespace cj::server {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.school_id, r.requested_at, r.requested_by, short_name(ru.surname, ru.first_name, ru.patronymic), "
    "r.class_id, c.grade || c.letter, r.subject_id, s.name, coalesce(r.lesson_id, 0), r.lesson_date, "
    "coalesce(r.student_id, 0), coalesce(short_name(st.surname, st.first_name, st.patronymic), ''), r.change::text, "
    "r.change_text, r.reason, r.status, coalesce(r.decided_by, 0), "
    "coalesce(short_name(du.surname, du.first_name, du.patronymic), ''), r.decided_at, r.decision_comment "
    "FROM correction_requests r JOIN users ru ON ru.id = r.requested_by JOIN classes c ON c.id = r.class_id "
    "JOIN subjects s ON s.id = r.subject_id LEFT JOIN students st ON st.id = r.student_id "
    "LEFT JOIN users du ON du.id = r.decided_by ");

CorrectionRequest read(const SqlRows &r)
{
    CorrectionRequest c;
    c.id = r.integer(0);
    c.schoolId = r.integer(1);
    c.requestedAt = r.dateTime(2);
    c.requestedBy = r.integer(3);
    c.requestedByName = r.text(4);
    c.classId = r.integer(5);
    c.className = r.text(6);
    c.subjectId = r.integer(7);
    c.subjectName = r.text(8);
    c.lessonId = r.integer(9);
    c.lessonDate = r.date(10);
    c.studentId = r.integer(11);
    c.studentName = r.text(12);
    c.change = AuditStore::fromJson(r.text(13));
    c.description = r.text(14);
    c.reason = r.text(15);
    c.status = r.text(16);
    c.decidedBy = r.integer(17);
    c.decidedByName = r.text(18);
    c.decidedAt = r.dateTime(19);
    c.decisionComment = r.text(20);
    return c;
}
} // namespace

qint64 CorrectionStore::insert(Db &db, const CorrectionRequest &c)
{
    return db
        .scalar(QStringLiteral("INSERT INTO correction_requests(school_id, requested_by, requested_at, class_id, subject_id, "
                               "lesson_id, lesson_date, student_id, change, change_text, reason) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id"),
                {c.schoolId, c.requestedBy, c.requestedAt, c.classId, c.subjectId, orNullId(c.lessonId), c.lessonDate,
                 orNullId(c.studentId), AuditStore::toJson(c.change), c.description, c.reason})
        ->toLongLong();
}

std::optional<CorrectionRequest> CorrectionStore::byId(Db &db, qint64 id)
{
    SqlRows rows = db.exec(kSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!rows.next())
        return std::nullopt;
    return read(rows);
}

QList<CorrectionRequest> CorrectionStore::list(Db &db, const CorrectionFilter &f)
{
    SqlRows rows = db.exec(kSelect
                               + QStringLiteral("WHERE r.school_id = ? AND (? = 0 OR r.requested_by = ?) "
                                                "AND (? = '' OR r.status = ?) AND r.requested_at::date >= ? "
                                                "AND r.requested_at::date <= ? ORDER BY r.requested_at DESC, r.id DESC"),
                           {f.schoolId, f.requestedBy, f.requestedBy, f.status, f.status,
                            f.from.isValid() ? f.from : QDate(1970, 1, 1), f.to.isValid() ? f.to : QDate(9999, 12, 31)});
    return rows.all(read);
}

void CorrectionStore::decide(Db &db, qint64 id, const QString &status, qint64 userId, const QDateTime &at,
                             const QString &comment)
{
    db.exec(QStringLiteral("UPDATE correction_requests SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? "
                           "WHERE id = ?"),
            {status, userId, at, comment, id});
}

} // namespace cj::server
