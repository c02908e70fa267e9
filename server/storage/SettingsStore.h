#pragma once

#include <QCborMap>
#include <QCborValue>

namespace cj::server {

class Db;

// SQL for school_settings: one JSON value per key.
class SettingsStore
{
public:
    static QCborMap all(Db &db, qint64 schoolId);
    static void put(Db &db, qint64 schoolId, const QString &key, const QCborValue &value, qint64 userId);
};

} // namespace cj::server
