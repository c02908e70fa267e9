#include "net/Listener.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>

#include "net/ConnectionHub.h"

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace cj::server {

Listener::Listener(const TlsCredentials &credentials, const ConnectionLimits &limits, ConnectionHub *hub,
                   QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_hub(hub)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(credentials.certificate);
    tls.setPrivateKey(credentials.key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with passwords, not certificates
    m_server.setSslConfiguration(tls);
    m_server.setHandshakeTimeout(limits.handshakeTimeoutMs);
    m_server.setListenBacklogSize(1024);
    m_server.setMaxPendingConnections(1024);
    // Queued: the signal comes from inside the socket's own handling of the handshake's last bytes
    // (often together with the client's first frame), and the socket must not change threads
    // before that call has returned.
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &Listener::acceptPending, Qt::QueuedConnection);
    connect(&m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcNet) << "TLS handshake failed from" << socket->peerAddress().toString() << socket->errorString();
    });
}

bool Listener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server.listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server.errorString());
        return false;
    }
    return true;
}

void Listener::close()
{
    m_server.close();
}

void Listener::acceptPending()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        m_hub->adopt(socket, m_nextId++, m_limits);
    }
}

} // namespace cj::server
