#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslServer>

#include "net/ConnectionLimits.h"
#include "net/TlsCredentials.h"

namespace cj::server {

class ConnectionHub;

// Accepts TLS connections (TLS from the first byte; there is no plain-text port) and hands each,
// once encrypted, to a ClientConnection in the hub.
class Listener : public QObject
{
    Q_OBJECT
public:
    Listener(const TlsCredentials &credentials, const ConnectionLimits &limits, ConnectionHub *hub,
             QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    quint16 port() const { return m_server.serverPort(); }

private:
    void acceptPending();

    QSslServer m_server;
    ConnectionLimits m_limits;
    ConnectionHub *m_hub;
    quint64 m_nextId = 1;
};

} // namespace cj::server
