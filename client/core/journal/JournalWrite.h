#pragma once

#include <QCborMap>
#include <QMetaType>

#include "protocol/MessageType.h"

namespace cj::client {

// One journal write exactly as the server takes it. A correction request carries one of these
// as the change wanted (corrections.file "change").
struct JournalWrite {
    protocol::MessageType type = protocol::MessageType::Invalid;
    QCborMap args;

    bool isValid() const { return type != protocol::MessageType::Invalid; }
    QCborMap toChange() const
    {
        return {{QStringLiteral("type"), protocol::messageTypeName(type)}, {QStringLiteral("args"), args}};
    }
};

} // namespace cj::client
Q_DECLARE_METATYPE(cj::client::JournalWrite)
