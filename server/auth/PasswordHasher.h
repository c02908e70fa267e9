#pragma once

#include <QByteArray>
#include <QString>

namespace cj::server {

// argon2id through libsodium. The encoded hash carries its own parameters, so raising the cost
// later leaves old hashes verifiable (and needsRehash() tells when to upgrade one at login).
class PasswordHasher
{
public:
    enum class Cost { Interactive, Moderate };

    static bool initialize(); // sodium_init; false when libsodium is unusable
    static QString hash(const QString &password, Cost cost = Cost::Interactive);
    static bool verify(const QString &encodedHash, const QString &password);
    static bool needsRehash(const QString &encodedHash, Cost cost = Cost::Interactive);

    // Minimum password rules; returns an empty string when acceptable, else the reason.
    static QString weakness(const QString &password, const QString &login);

    // Random bytes and constant-time helpers for tokens and codes.
    static QByteArray randomBytes(int count);
    static quint32 randomBelow(quint32 bound);
};

} // namespace cj::server
