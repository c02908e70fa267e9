#pragma once

#include <QCborMap>
#include <QList>
#include <QSslSocket>
#include <QUuid>

#include <memory>

#include "core/ServerConnection.h"
#include "core/Session.h"
#include "protocol/Envelope.h"

namespace cj::test {

// A blocking client for tests, built on the real client connection and session code.
class TestClient
{
public:
    explicit TestClient(quint16 port, const QString &host = QStringLiteral("127.0.0.1"));
    ~TestClient();

    bool open(int timeoutMs = 20000);
    protocol::Response call(protocol::MessageType type, const QCborMap &args = {}, int timeoutMs = 30000,
                            const QUuid &opId = {});
    bool login(const QString &login, const QString &password, protocol::Error *error = nullptr);
    QCborMap resultOf(protocol::MessageType type, const QCborMap &args = {}); // QFAIL-style: empty on error
    bool waitForEvent(protocol::MessageType type, int timeoutMs = 5000, protocol::Event *event = nullptr);
    bool waitForState(client::ServerConnection::State state, int timeoutMs = 20000);
    void clearEvents() { m_events.clear(); }

    client::ServerConnection &connection() { return *m_connection; }
    client::Session &session() { return *m_session; }
    const QList<protocol::Event> &events() const { return m_events; }

private:
    client::ServerConnection *m_connection;
    client::Session *m_session;
    QList<protocol::Event> m_events;
};

// Raw TLS bytes to the server, for malformed/oversized/truncated frames and floods.
class RawClient
{
public:
    explicit RawClient(quint16 port);
    bool open(int timeoutMs = 10000);
    void send(const QByteArray &bytes);
    void sendPayload(const QByteArray &cbor) { send(protocol::encodeFrame(cbor)); }
    void sendMap(const QCborMap &map);
    // Next decoded message (response or event) as a map; empty if none in time.
    QCborMap receive(int timeoutMs = 5000);
    bool waitForDisconnect(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
    quint16 m_port;
    protocol::FrameReader m_reader;
};

QCborMap helloArgs();

// A connected client signed in as login; fails the process when it cannot be.
std::unique_ptr<TestClient> signedIn(quint16 port, const QString &login, const QString &password);
// "ok", or the error's code; "validation_failed:<rule>" when a rule is named (for compact checks).
QString outcome(const protocol::Response &response);

} // namespace cj::test
