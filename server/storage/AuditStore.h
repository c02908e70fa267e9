#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include "db/SqlStatement.h"

namespace cj::server {

class Db;

struct AuditEntry {
    qint64 id = 0;
    qint64 schoolId = 0;
    QDateTime at;
    qint64 userId = 0;
    QString userName;
    qint64 sessionId = 0;
    QString workstation;
    QString address;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QCborMap oldValue;
    QCborMap newValue;
    QUuid opId;
};

struct AuditFilter {
    qint64 schoolId = 0;
    QString entity;
    qint64 entityId = 0;
    qint64 userId = 0;
    int limit = 500;
};

// SQL for the append-only audit log. There is deliberately no update or delete here (and the table
// refuses them by trigger).
class AuditStore
{
public:
    static void append(Db &db, const AuditEntry &entry);
    // The statement that appends many entries, to run with the writes they record (Db::execAsOne).
    static SqlStatement appendStatement(const QList<AuditEntry> &entries);
    static QList<AuditEntry> list(Db &db, const AuditFilter &filter);
    // The trail of one record kept under several entities (e.g. a lesson's marks, attendance, topic),
    // oldest first.
    static QList<AuditEntry> trail(Db &db, qint64 schoolId, const QStringList &entities, qint64 entityId);
    static QString toJson(const QCborMap &map);
    static QCborMap fromJson(const QString &json);
};

} // namespace cj::server
