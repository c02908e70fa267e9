#pragma once

#include <QCborMap>
#include <QString>

#include <stdexcept>

#include "protocol/Envelope.h"
#include "protocol/ErrorCode.h"

namespace cj::server {

// A refusal with a stable code, thrown by handlers and rules; the dispatcher turns it into the error
// response. Details carry what a client needs to explain it (e.g. {"field": "date"}).
class RpcError : public std::runtime_error
{
public:
    RpcError(protocol::ErrorCode code, const QString &message, QCborMap details = {})
        : std::runtime_error(message.toStdString())
        , m_error{code, message, std::move(details)}
    {
    }
    const protocol::Error &error() const { return m_error; }
    protocol::ErrorCode code() const { return m_error.code; }

private:
    protocol::Error m_error;
};

[[noreturn]] inline void deny(const QString &message, QCborMap details = {})
{
    throw RpcError(protocol::ErrorCode::PermissionDenied, message, std::move(details));
}
[[noreturn]] inline void notFound(const QString &what)
{
    throw RpcError(protocol::ErrorCode::NotFound, QStringLiteral("%1 not found").arg(what));
}
[[noreturn]] inline void invalid(const QString &field, const QString &message)
{
    throw RpcError(protocol::ErrorCode::ValidationFailed, message, QCborMap{{QStringLiteral("field"), field}});
}
// A named rule of the school refuses the value (details {field, rule}; docs/protocol.md lists the rules).
[[noreturn]] inline void violated(const QString &field, const QString &rule, const QString &message)
{
    throw RpcError(protocol::ErrorCode::ValidationFailed, message,
                   QCborMap{{QStringLiteral("field"), field}, {QStringLiteral("rule"), rule}});
}

} // namespace cj::server
