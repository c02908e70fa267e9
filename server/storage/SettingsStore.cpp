#include "storage/SettingsStore.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonValue>

#include "db/Db.h"

namespace cj::server {

QCborMap SettingsStore::all(Db &db, qint64 schoolId)
{
    QCborMap map;
    SqlRows rows = db.exec(QStringLiteral("SELECT key, value::text FROM school_settings WHERE school_id = ?"), {schoolId});
    while (rows.next()) {
        // Wrapped in an array so any JSON value (not only objects) parses.
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + rows.text(1).toUtf8() + QByteArray("]"));
        map.insert(rows.text(0), QCborValue::fromJsonValue(doc.array().at(0)));
    }
    return map;
}

void SettingsStore::put(Db &db, qint64 schoolId, const QString &key, const QCborValue &value, qint64 userId)
{
    const QByteArray json = QJsonDocument(QJsonArray{value.toJsonValue()}).toJson(QJsonDocument::Compact);
    db.exec(QStringLiteral("INSERT INTO school_settings(school_id, key, value, updated_by) "
                           "VALUES (?, ?, (?::jsonb)->0, ?) "
                           "ON CONFLICT (school_id, key) DO UPDATE SET value = EXCLUDED.value, "
                           "updated_at = now(), updated_by = EXCLUDED.updated_by"),
            {schoolId, key, QString::fromUtf8(json), orNullId(userId)});
}

} // namespace cj::server
