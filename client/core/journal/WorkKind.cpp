#include "core/journal/WorkKind.h"

#include <QCborArray>

#include "protocol/ArgReader.h"

namespace cj::client {

WorkKind WorkKind::fromCbor(const QCborMap &map)
{
    WorkKind k;
    k.id = protocol::intOr(map.value(QStringLiteral("id")));
    k.name = map.value(QStringLiteral("name")).toString();
    k.shortName = map.value(QStringLiteral("shortName")).toString();
    k.weight = map.value(QStringLiteral("weight")).toDouble(1.0);
    k.written = map.value(QStringLiteral("written")).toBool();
    k.control = map.value(QStringLiteral("control")).toBool();
    k.sortOrder = int(protocol::intOr(map.value(QStringLiteral("sortOrder"))));
    k.archived = map.value(QStringLiteral("archived")).toBool();
    return k;
}

QCborMap WorkKind::toSave() const
{
    QCborMap map{{QStringLiteral("name"), name},
                 {QStringLiteral("shortName"), shortName},
                 {QStringLiteral("weight"), weight},
                 {QStringLiteral("written"), written},
                 {QStringLiteral("control"), control},
                 {QStringLiteral("sortOrder"), sortOrder},
                 {QStringLiteral("archived"), archived}};
    if (id > 0)
        map.insert(QStringLiteral("id"), id);
    return map;
}

QList<WorkKind> WorkKind::listFromCbor(const QCborValue &array)
{
    QList<WorkKind> list;
    for (const QCborValue &v : array.toArray())
        list.append(fromCbor(v.toMap()));
    return list;
}

} // namespace cj::client
