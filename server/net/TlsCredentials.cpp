#include "net/TlsCredentials.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLoggingCategory>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <memory>

Q_LOGGING_CATEGORY(lcTls, "cj.tls")

namespace cj::server {

namespace {
template<typename T, void (*Free)(T *)>
struct OsslDeleter {
    void operator()(T *p) const { Free(p); }
};
template<typename T, void (*Free)(T *)>
using OsslPtr = std::unique_ptr<T, OsslDeleter<T, Free>>;

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(permissions);
    return file.write(data) == data.size();
}
} // namespace

bool TlsCredentials::load(const QString &certificateFile, const QString &keyFile, TlsCredentials *out, QString *error)
{
    QFile certFile(certificateFile);
    QFile keyFileHandle(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFileHandle.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certificateFile, keyFile);
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyData = keyFileHandle.readAll();
    QSslKey key(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Rsa, QSsl::Pem);
    if (certs.isEmpty() || key.isNull()) {
        *error = QStringLiteral("%1 or %2 is not a PEM certificate/key").arg(certificateFile, keyFile);
        return false;
    }
    out->certificate = certs.first();
    out->key = key;
    return true;
}

bool TlsCredentials::loadOrGenerate(const QString &dataDir, TlsCredentials *out, QString *error)
{
    const QString certPath = QDir(dataDir).filePath(QStringLiteral("server-certificate.pem"));
    const QString keyPath = QDir(dataDir).filePath(QStringLiteral("server-key.pem"));
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        qCInfo(lcTls) << "generating a self-signed certificate in" << dataDir;
        if (!generateSelfSigned(certPath, keyPath, QHostInfo::localHostName(), error))
            return false;
    }
    return load(certPath, keyPath, out, error);
}

bool TlsCredentials::generateSelfSigned(const QString &certificateFile, const QString &keyFile,
                                        const QString &hostName, QString *error)
{
    OsslPtr<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    OsslPtr<X509, X509_free> cert(X509_new());
    if (!key || !cert) {
        *error = QStringLiteral("OpenSSL could not create a key");
        return false;
    }
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), long(QDateTime::currentSecsSinceEpoch()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 3650);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = (QStringLiteral("ClassJournal server ") + hostName).toUtf8().left(64);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("ClassJournal"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const QByteArray san = QStringLiteral("DNS:%1,DNS:localhost,IP:127.0.0.1,IP:::1").arg(hostName).toLatin1();
    if (!addExtension(cert.get(), NID_subject_alt_name, san.constData())
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyAgreement")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("OpenSSL could not sign the certificate");
        return false;
    }
    OsslPtr<BIO, BIO_free_all> certBio(BIO_new(BIO_s_mem()));
    OsslPtr<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), cert.get());
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    auto bioData = [](BIO *bio) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        return QByteArray(data, size);
    };
    if (!writeFile(keyFile, bioData(keyBio.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(certificateFile, bioData(certBio.get()),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        *error = QStringLiteral("cannot write %1 / %2").arg(certificateFile, keyFile);
        return false;
    }
    return true;
}

QString TlsCredentials::fingerprint() const
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
}

} // namespace cj::server
