#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace cj::server {

// The server's certificate and key: the configured files, or a self-signed pair generated in the
// data directory on first start (clients pin it on first use, as SSH does).
struct TlsCredentials {
    QSslCertificate certificate;
    QSslKey key;

    static bool load(const QString &certificateFile, const QString &keyFile, TlsCredentials *out, QString *error);
    static bool loadOrGenerate(const QString &dataDir, TlsCredentials *out, QString *error);
    static bool generateSelfSigned(const QString &certificateFile, const QString &keyFile, const QString &hostName,
                                   QString *error);
    QString fingerprint() const; // SHA-256, hex with colons
};

} // namespace cj::server
