#include "storage/AuditStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "db/Db.h"
#include "db/JsonText.h"
#include "db/SqlBinaryArray.h"

namespace cj::server {

QString AuditStore::toJson(const QCborMap &map)
{
    return QString::fromUtf8(JsonText::of(map));
}

QCborMap AuditStore::fromJson(const QString &json)
{
    return QCborMap::fromJsonObject(QJsonDocument::fromJson(json.toUtf8()).object());
}

void AuditStore::append(Db &db, const AuditEntry &e)
{
    db.exec(appendStatement({e}));
}

namespace {
const QString kEntryColumns = QStringLiteral(
    "SELECT a.id, a.school_id, a.at, a.user_id, coalesce(short_name(u.surname, u.first_name, u.patronymic), ''), "
    "a.session_id, a.workstation, a.address, a.entity, coalesce(a.entity_id, 0), a.action, "
    "coalesce(a.old_value::text, '{}'), coalesce(a.new_value::text, '{}'), a.op_id::text "
    "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ");

QList<AuditEntry> readEntries(SqlRows &rows)
{
    QList<AuditEntry> list;
    while (rows.next()) {
        AuditEntry e;
        e.id = rows.integer(0);
        e.schoolId = rows.integer(1);
        e.at = rows.dateTime(2);
        e.userId = rows.integer(3);
        e.userName = rows.text(4);
        e.sessionId = rows.integer(5);
        e.workstation = rows.text(6);
        e.address = rows.text(7);
        e.entity = rows.text(8);
        e.entityId = rows.integer(9);
        e.action = rows.text(10);
        e.oldValue = AuditStore::fromJson(rows.text(11));
        e.newValue = AuditStore::fromJson(rows.text(12));
        e.opId = QUuid::fromString(rows.text(13));
        list.append(e);
    }
    return list;
}
} // namespace

QList<AuditEntry> AuditStore::list(Db &db, const AuditFilter &f)
{
    SqlRows rows = db.exec(kEntryColumns
                               + QStringLiteral("WHERE a.school_id = ? AND (? = '' OR a.entity = ?) AND (? = 0 OR a.entity_id = ?) "
                                                "AND (? = 0 OR a.user_id = ?) ORDER BY a.id DESC LIMIT ?"),
                           {f.schoolId, f.entity, f.entity, f.entityId, f.entityId, f.userId, f.userId, f.limit});
    return readEntries(rows);
}

SqlStatement AuditStore::appendStatement(const QList<AuditEntry> &entries)
{
    using E = SqlBinaryArray::Element;
    SqlBinaryArray school(E::BigInt), user(E::BigInt), session(E::BigInt), workstation(E::Text), address(E::Text),
        entity(E::Text), entityId(E::BigInt), action(E::Text), oldValue(E::Text), newValue(E::Text), opId(E::Text),
        at(E::TimestampTz);
    for (const AuditEntry &e : entries) {
        school.add(e.schoolId);
        e.userId ? user.add(e.userId) : user.addNull();
        e.sessionId ? session.add(e.sessionId) : session.addNull();
        workstation.add(e.workstation);
        address.add(e.address);
        entity.add(e.entity);
        e.entityId ? entityId.add(e.entityId) : entityId.addNull();
        action.add(e.action);
        e.oldValue.isEmpty() ? oldValue.addNull() : oldValue.addUtf8(JsonText::of(e.oldValue));
        e.newValue.isEmpty() ? newValue.addNull() : newValue.addUtf8(JsonText::of(e.newValue));
        e.opId.isNull() ? opId.addNull() : opId.addUtf8(e.opId.toByteArray(QUuid::WithoutBraces));
        at.add(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc());
    }
    return {QStringLiteral("INSERT INTO audit_log(school_id, user_id, session_id, workstation, address, entity, entity_id, "
                           "action, old_value, new_value, op_id, at) "
                           "SELECT s, u, se, w, ad, en, ei, ac, o::jsonb, n::jsonb, op::uuid, t FROM unnest(?::bigint[], "
                           "?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], "
                           "?::text[], ?::text[], ?::timestamptz[]) AS x(s, u, se, w, ad, en, ei, ac, o, n, op, t)"),
            {school.param(), user.param(), session.param(), workstation.param(), address.param(), entity.param(),
             entityId.param(), action.param(), oldValue.param(), newValue.param(), opId.param(), at.param()}};
}

QList<AuditEntry> AuditStore::trail(Db &db, qint64 schoolId, const QStringList &entities, qint64 entityId)
{
    SqlRows rows = db.exec(kEntryColumns
                               + QStringLiteral("WHERE a.school_id = ? AND a.entity = ANY(?::text[]) AND a.entity_id = ? "
                                                "ORDER BY a.id"),
                           {schoolId, textArrayLiteral(entities), entityId});
    return readEntries(rows);
}

} // namespace cj::server
