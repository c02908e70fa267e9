#include "storage/OperationStore.h"

#include "db/Db.h"

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
    db.exec(QStringLiteral("INSERT INTO applied_operations(op_id, user_id, message_type, result) VALUES (?::uuid, ?, ?, ?)"),
            {opId.toString(QUuid::WithoutBraces), userId, messageType, result});
}

} // namespace cj::server
