#pragma once

#include <QByteArray>
#include <QString>

namespace cj::server {

// One-time activation codes (seed 000 §3.1) and session tokens. Both are random and stored only as
// SHA-256 digests, so a database dump does not let anyone in.
namespace credentials {

// 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as XXXX-XXXX-XXXX.
QString newActivationCode();
// Accepts the code typed with or without dashes, in any case.
QString normalizeActivationCode(const QString &typed);

QString newSessionToken(); // 256 bits, base64url
QByteArray digest(const QString &secret);

} // namespace credentials
} // namespace cj::server
