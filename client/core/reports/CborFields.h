#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QLatin1StringView>
#include <QString>

#include "protocol/ArgReader.h"

// Short reads of report results: a missing or mistyped field reads as empty, so a report prints
// what it has rather than nothing.
namespace cj::client::reports::cbor {

inline QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1StringView(key)).toString();
}

inline qint64 integer(const QCborMap &map, const char *key, qint64 fallback = 0)
{
    return protocol::intOr(map.value(QLatin1StringView(key)), fallback);
}

inline QCborValue value(const QCborMap &map, const char *key)
{
    return map.value(QLatin1StringView(key));
}

inline QCborMap object(const QCborMap &map, const char *key)
{
    return map.value(QLatin1StringView(key)).toMap();
}

inline QCborArray list(const QCborMap &map, const char *key)
{
    return map.value(QLatin1StringView(key)).toArray();
}

} // namespace cj::client::reports::cbor
