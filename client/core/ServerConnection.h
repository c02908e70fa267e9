#pragma once

#include <QCborMap>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <functional>

#include "core/KnownServers.h"
#include "protocol/Envelope.h"
#include "protocol/Frame.h"

namespace cj::client {

// The client's end of the protocol: TLS socket, frames, hello, heartbeats, matching replies to
// calls, and reconnecting with back-off. Writes that were not answered when the line dropped are
// sent again with the same operation id, so the server applies each once.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Handshaking, Connected };
    Q_ENUM(State)

    using ResponseHandler = std::function<void(const protocol::Response &)>;

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    void setEndpoint(const QString &host, quint16 port);
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString endpoint() const; // "host:port"
    static bool parseEndpoint(const QString &text, QString *host, quint16 *port, quint16 defaultPort = 7446);

    void open();
    void close();
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    QCborMap helloResult() const { return m_helloResult; }
    QString presentedFingerprint() const { return m_presentedFingerprint; }
    // The user saw the warning about a changed certificate and chose to trust the new one.
    void trustPresentedCertificate();
    KnownServers &knownServers() { return m_known; }

    // While a session is being resumed after a reconnect, requests other than handshake and sign-in
    // are held back, so queued writes go out under the resumed session. The Session sets this.
    void setHoldRequests(bool hold);
    bool holdsRequests() const { return m_hold; }

    // Sends a request; handler runs once with the reply, or with a local "unreachable"/"timeout"
    // error. The handler is dropped if context is destroyed first. Writes get an operation id.
    // opId: reuse an operation id (a resend of the same write); empty means a fresh one.
    qint64 call(protocol::MessageType type, const QCborMap &args, QObject *context, ResponseHandler handler,
                int timeoutMs = 30000, const QUuid &opId = {});
    int pendingWrites() const;

Q_SIGNALS:
    void stateChanged(cj::client::ServerConnection::State state);
    void handshakeCompleted(const QCborMap &helloResult);
    void eventReceived(const cj::protocol::Event &event);
    void certificateMismatch(const QString &endpoint, const QString &knownFingerprint, const QString &presented);
    void connectionError(const QString &message);
    void pendingWritesChanged(int count);

private:
    struct Pending {
        protocol::Request request;
        ResponseHandler handler;
        QPointer<QObject> context;
        bool hasContext = false;
        qint64 deadlineMs = 0; // against m_clock
        bool sent = false;
    };

    void setState(State state);
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void sendHello();
    void sendNow(Pending &pending);
    void writeRequest(const protocol::Request &request); // the one place a frame goes out
    void flushQueue();
    void deliver(const protocol::Response &response);
    void fail(Pending pending, protocol::ErrorCode code, const QString &message);
    void scheduleReconnect();
    void checkTimeouts();
    void sendPing();
    bool mayGoNow(protocol::MessageType type) const;

    QSslSocket *m_socket = nullptr;
    QString m_host;
    quint16 m_port = 0;
    State m_state = State::Disconnected;
    bool m_autoReconnect = true;
    bool m_wantOpen = false;
    bool m_hold = false;
    int m_backoffStep = 0;
    qint64 m_nextId = 1;
    qint64 m_helloId = 0;
    quint32 m_maxFrame = protocol::kDefaultMaxFrameBytes;
    protocol::FrameReader m_reader;
    QCborMap m_helloResult;
    QString m_presentedFingerprint;
    KnownServers m_known;
    QList<qint64> m_order;            // ids in the order they were asked for
    QHash<qint64, Pending> m_pending; // waiting to be sent or answered
    QTimer m_reconnectTimer;
    QTimer m_heartbeat;
    QTimer m_timeouts;
    QElapsedTimer m_clock;
    qint64 m_lastReceivedMs = 0;
};

} // namespace cj::client
