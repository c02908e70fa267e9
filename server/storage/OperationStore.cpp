#include "storage/OperationStore.h"

#include "db/Db.h"
#include "db/SqlArray.h"
#include "db/SqlBinaryArray.h"

namespace cj::server {

std::optional<OperationStore::Applied> OperationStore::find(Db &db, const QUuid &opId)
{
    SqlRows rows = db.exec(QStringLiteral("SELECT user_id, message_type, result FROM applied_operations WHERE op_id = ?::uuid"),
                           {opId.toString(QUuid::WithoutBraces)});
    if (!rows.next())
        return std::nullopt;
    return Applied{rows.integer(0), rows.text(1), rows.bytes(2)};
}

void OperationStore::record(Db &db, const QUuid &opId, qint64 userId, const QString &messageType,
                            const QByteArray &result)
{
    db.exec(recordStatement({Record{opId, userId, messageType, result}}));
}

QHash<QUuid, OperationStore::Applied> OperationStore::findMany(Db &db, const QList<QUuid> &opIds)
{
    QHash<QUuid, Applied> map;
    if (opIds.isEmpty())
        return map;
    SqlArray ids;
    for (const QUuid &id : opIds)
        ids.add(id.toString(QUuid::WithoutBraces));
    SqlRows rows = db.exec(QStringLiteral("SELECT op_id::text, user_id, message_type, result FROM applied_operations "
                                          "WHERE op_id = ANY(?::uuid[])"),
                           {ids.literal()});
    while (rows.next())
        map.insert(QUuid::fromString(rows.text(0)), Applied{rows.integer(1), rows.text(2), rows.bytes(3)});
    return map;
}

SqlStatement OperationStore::recordStatement(const QList<Record> &records)
{
    using E = SqlBinaryArray::Element;
    SqlBinaryArray ids(E::Text), users(E::BigInt), types(E::Text), results(E::Bytea);
    for (const Record &r : records) {
        ids.addUtf8(r.opId.toByteArray(QUuid::WithoutBraces));
        users.add(r.userId);
        types.add(r.messageType);
        results.addBytes(r.result);
    }
    return {QStringLiteral("INSERT INTO applied_operations(op_id, user_id, message_type, result) "
                           "SELECT i::uuid, u, t, r FROM unnest(?::text[], ?::bigint[], ?::text[], ?::bytea[]) AS x(i, u, t, r)"),
            {ids.param(), users.param(), types.param(), results.param()}};
}

} // namespace cj::server
