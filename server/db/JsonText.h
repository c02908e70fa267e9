#pragma once

#include <QByteArray>
#include <QCborMap>

namespace cj::server {

// The JSON text (UTF-8) of a CBOR map, for a json/jsonb parameter: what QJsonDocument writes of
// QCborMap::toJsonObject(), but written in one pass. Qt's way through a QJsonObject and a
// QJsonDocument was 8 % of the server's CPU at the open loop (an audit row's old and new value for
// every mark saved). Values JSON has no form for (byte arrays, tags, …) take Qt's way.
class JsonText
{
public:
    static QByteArray of(const QCborMap &map);
};

} // namespace cj::server
