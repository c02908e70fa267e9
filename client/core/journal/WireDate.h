#pragma once

#include <QCborMap>
#include <QDate>

namespace cj::client {

// A date field of a result ("YYYY-MM-DD"); invalid when absent or null.
inline QDate wireDate(const QCborMap &map, const char *key)
{
    return QDate::fromString(map.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace cj::client
