#include "auth/PasswordHasher.h"

#include <QSemaphore>

#include <sodium.h>

namespace cj::server {

namespace {
// Each hash takes ~64 MiB for ~0.1 s; bounding concurrency keeps a login storm from eating memory
// and every core.
QSemaphore &hashSlots()
{
    static QSemaphore available(2);
    return available;
}

unsigned long long opsLimit(PasswordHasher::Cost cost)
{
    return cost == PasswordHasher::Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit(PasswordHasher::Cost cost)
{
    return cost == PasswordHasher::Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}
} // namespace

bool PasswordHasher::initialize()
{
    return sodium_init() >= 0;
}

QString PasswordHasher::hash(const QString &password, Cost cost)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    hashSlots().acquire();
    const QSemaphoreReleaser releaser(hashSlots());
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), opsLimit(cost), memLimit(cost),
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    hashSlots().acquire();
    const QSemaphoreReleaser releaser(hashSlots());
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &encodedHash, Cost cost)
{
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(cost), memLimit(cost)) != 0;
}

QString PasswordHasher::weakness(const QString &password, const QString &login)
{
    if (password.size() < 8)
        return QStringLiteral("at least 8 characters");
    if (password.size() > 256)
        return QStringLiteral("at most 256 characters");
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return QStringLiteral("must differ from the login");
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter |= c.isLetter();
        digit |= c.isDigit();
    }
    if (!letter || !digit)
        return QStringLiteral("must contain letters and digits");
    return {};
}

QByteArray PasswordHasher::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

quint32 PasswordHasher::randomBelow(quint32 bound)
{
    return randombytes_uniform(bound);
}

} // namespace cj::server
