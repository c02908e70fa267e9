#pragma once

#include <QString>

namespace cj::client {

// Trust on first use, as SSH does: the first certificate a server presents is remembered (QSettings,
// "knownServers/<host:port>"); a different one later is refused until the user accepts it.
class KnownServers
{
public:
    enum class Verdict { FirstUse, Match, Mismatch };

    Verdict check(const QString &endpoint, const QString &fingerprint) const;
    QString fingerprintFor(const QString &endpoint) const;
    void remember(const QString &endpoint, const QString &fingerprint);
    void forget(const QString &endpoint);
};

} // namespace cj::client
