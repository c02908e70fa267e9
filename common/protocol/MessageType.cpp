#include "protocol/MessageType.h"

#include <QHash>

namespace cj::protocol {

namespace {
struct MessageInfo {
    MessageType type;
    const char *wire;
    MessageFlags flags;
};

const QList<MessageInfo> &infos()
{
    static const QList<MessageInfo> list = {
#define CJ_X(name, wire, flags) {MessageType::name, wire, MessageFlag::flags},
        CJ_MESSAGES(CJ_X)
#undef CJ_X
    };
    return list;
}

const MessageInfo *infoFor(MessageType type)
{
    const int index = int(type) - 1; // the list follows the enum order, after Invalid
    const auto &list = infos();
    return index >= 0 && index < list.size() ? &list[index] : nullptr;
}
} // namespace

QString messageTypeName(MessageType type)
{
    const MessageInfo *info = infoFor(type);
    return info ? QString::fromLatin1(info->wire) : QString();
}

MessageType messageTypeFromName(const QString &name)
{
    static const QHash<QString, MessageType> byName = [] {
        QHash<QString, MessageType> map;
        for (const MessageInfo &info : infos())
            map.insert(QString::fromLatin1(info.wire), info.type);
        return map;
    }();
    return byName.value(name, MessageType::Invalid);
}

MessageFlags messageFlags(MessageType type)
{
    const MessageInfo *info = infoFor(type);
    return info ? info->flags : MessageFlags();
}

QList<MessageType> allMessageTypes()
{
    QList<MessageType> types;
    for (const MessageInfo &info : infos())
        types.append(info.type);
    return types;
}

} // namespace cj::protocol
