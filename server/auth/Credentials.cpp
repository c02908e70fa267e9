#include "auth/Credentials.h"

#include <QCryptographicHash>

#include "auth/PasswordHasher.h"

namespace cj::server::credentials {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kCodeLength = 12;
} // namespace

QString newActivationCode()
{
    QString code;
    const quint32 size = sizeof(kAlphabet) - 1;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[PasswordHasher::randomBelow(size)]);
    }
    return code;
}

QString normalizeActivationCode(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString newSessionToken()
{
    return QString::fromLatin1(PasswordHasher::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding
                                                                         | QByteArray::OmitTrailingEquals));
}

QByteArray digest(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace cj::server::credentials
