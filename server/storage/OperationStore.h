#pragma once

#include <QByteArray>
#include <QString>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

#include "db/SqlStatement.h"

namespace cj::server {

class Db;

// SQL for applied operation ids: what makes a resent write apply once.
class OperationStore
{
public:
    struct Applied {
        qint64 userId = 0;
        QString messageType;
        QByteArray result; // the CBOR result map first returned
    };
    static std::optional<Applied> find(Db &db, const QUuid &opId);
    static void record(Db &db, const QUuid &opId, qint64 userId, const QString &messageType, const QByteArray &result);
    static QHash<QUuid, Applied> findMany(Db &db, const QList<QUuid> &opIds);
    struct Record {
        QUuid opId;
        qint64 userId = 0;
        QString messageType;
        QByteArray result;
    };
    // The statement that records many, to run with their writes (Db::execAsOne). An id recorded
    // before fails it with a unique violation, and with it everything run together.
    static SqlStatement recordStatement(const QList<Record> &records);
};

} // namespace cj::server
