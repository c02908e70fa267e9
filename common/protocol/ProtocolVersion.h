#pragma once

#include <QStringList>
#include <QtGlobal>

namespace cj::protocol {

// Bumped whenever a message changes incompatibly; additions are announced as capabilities instead.
inline constexpr int kVersion = 1;
inline constexpr int kMinSupportedVersion = 1;

// 4 MiB: a whole year's journal page is well under 1 MiB; anything bigger is an error or an attack.
inline constexpr quint32 kDefaultMaxFrameBytes = 4 * 1024 * 1024;
inline constexpr int kFrameHeaderBytes = 4;

// Named features negotiated once, at the handshake (see docs/protocol.md, "Capabilities").
namespace capability {
inline constexpr auto kLiveUpdates = "live-updates";
inline constexpr auto kIdempotentWrites = "idempotent-writes";
inline constexpr auto kSessionResume = "session-resume";
} // namespace capability

inline QStringList serverCapabilities()
{
    return {QLatin1String(capability::kLiveUpdates), QLatin1String(capability::kIdempotentWrites),
            QLatin1String(capability::kSessionResume)};
}

} // namespace cj::protocol
