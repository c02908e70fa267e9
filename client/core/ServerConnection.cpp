#include "protocol/ArgReader.h"
#include "core/ServerConnection.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QUrl>

#include "protocol/ProtocolVersion.h"

Q_LOGGING_CATEGORY(lcConn, "cj.client.connection")

namespace cj::client {

using protocol::ErrorCode;
using protocol::MessageType;

namespace {
constexpr int kBackoffSeconds[] = {1, 2, 4, 8, 15, 30};

QString fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
}
} // namespace

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ServerConnection::open);
    connect(&m_heartbeat, &QTimer::timeout, this, &ServerConnection::sendPing);
    m_timeouts.setInterval(500);
    connect(&m_timeouts, &QTimer::timeout, this, &ServerConnection::checkTimeouts);
}

ServerConnection::~ServerConnection()
{
    m_wantOpen = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ServerConnection::setEndpoint(const QString &host, quint16 port)
{
    if (host == m_host && port == m_port)
        return;
    close();
    m_host = host;
    m_port = port;
}

QString ServerConnection::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

bool ServerConnection::parseEndpoint(const QString &text, QString *host, quint16 *port, quint16 defaultPort)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QUrl url = QUrl::fromUserInput(QStringLiteral("cj://") + trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    *host = url.host();
    const int p = url.port(defaultPort);
    if (p <= 0 || p > 65535)
        return false;
    *port = quint16(p);
    return true;
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ServerConnection::open()
{
    m_wantOpen = true;
    m_reconnectTimer.stop();
    if (m_state != State::Disconnected || m_host.isEmpty())
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Certificates are pinned by fingerprint (trust on first use) rather than checked against CAs.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(tls);
    // Requests and answers are small frames in a dialogue: Nagle's algorithm would hold a frame
    // back until the previous one is acknowledged, and delayed acknowledgements make that tens of ms.
    connect(m_socket, &QSslSocket::connected, m_socket, [socket = m_socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(m_socket, &QSslSocket::encrypted, this, &ServerConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        qCInfo(lcConn) << "connection error:" << m_socket->errorString();
        Q_EMIT connectionError(m_socket->errorString());
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    m_reader = protocol::FrameReader(m_maxFrame);
    setState(State::Connecting);
    m_socket->connectToHostEncrypted(m_host, m_port);
}

void ServerConnection::close()
{
    m_wantOpen = false;
    m_reconnectTimer.stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void ServerConnection::onEncrypted()
{
    m_presentedFingerprint = fingerprintOf(m_socket->peerCertificate());
    switch (m_known.check(endpoint(), m_presentedFingerprint)) {
    case KnownServers::Verdict::FirstUse:
        qCInfo(lcConn).noquote() << "trusting" << endpoint() << "on first use:" << m_presentedFingerprint;
        m_known.remember(endpoint(), m_presentedFingerprint);
        break;
    case KnownServers::Verdict::Match:
        break;
    case KnownServers::Verdict::Mismatch:
        qCWarning(lcConn).noquote() << "the certificate of" << endpoint() << "has CHANGED; refusing to talk to it";
        m_wantOpen = false; // never retry silently: somebody may be in the middle
        m_socket->abort();
        Q_EMIT certificateMismatch(endpoint(), m_known.fingerprintFor(endpoint()), m_presentedFingerprint);
        return;
    }
    setState(State::Handshaking);
    sendHello();
}

void ServerConnection::trustPresentedCertificate()
{
    if (!m_presentedFingerprint.isEmpty())
        m_known.remember(endpoint(), m_presentedFingerprint);
}

void ServerConnection::sendHello()
{
    protocol::Request hello;
    hello.id = m_nextId++;
    hello.type = MessageType::Hello;
    hello.args = QCborMap{{QStringLiteral("protocol"), protocol::kVersion},
                          {QStringLiteral("client"), QStringLiteral("ClassJournal " CJ_VERSION)},
                          {QStringLiteral("capabilities"), QCborArray::fromStringList(protocol::serverCapabilities())},
                          {QStringLiteral("workstation"), QSysInfo::machineHostName()}};
    m_helloId = hello.id;
    m_lastReceivedMs = m_clock.elapsed();
    writeRequest(hello);
}

void ServerConnection::onReadyRead()
{
    m_lastReceivedMs = m_clock.elapsed();
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const qsizetype wanted = m_reader.wantedBytes();
        m_reader.append(m_socket->read(qMin<qint64>(wanted, m_socket->bytesAvailable())));
        QByteArray payload;
        const auto status = m_reader.next(&payload);
        if (status == protocol::FrameReader::Status::NeedMore)
            continue;
        if (status != protocol::FrameReader::Status::Frame) {
            qCWarning(lcConn) << "server sent a broken frame; reconnecting";
            m_socket->abort();
            return;
        }
        auto incoming = protocol::decodeIncoming(payload);
        if (auto *event = std::get_if<protocol::Event>(&incoming)) {
            Q_EMIT eventReceived(*event);
        } else if (auto *response = std::get_if<protocol::Response>(&incoming)) {
            if (response->id == m_helloId && m_state == State::Handshaking) {
                if (!response->ok) {
                    m_wantOpen = response->error.code != ErrorCode::UnsupportedVersion;
                    Q_EMIT connectionError(response->error.message);
                    m_socket->abort();
                    return;
                }
                m_helloResult = response->result;
                m_maxFrame = quint32(protocol::intOr(m_helloResult.value(QStringLiteral("maxFrameBytes")), m_maxFrame));
                m_heartbeat.start(1000 * int(protocol::intOr(m_helloResult.value(QStringLiteral("heartbeatSeconds")), 20)));
                m_timeouts.start();
                m_backoffStep = 0;
                setState(State::Connected);
                Q_EMIT handshakeCompleted(m_helloResult);
                flushQueue();
            } else {
                deliver(*response);
            }
        } else {
            qCWarning(lcConn) << "undecodable message from the server:" << std::get<protocol::DecodeIncomingFailure>(incoming).message;
        }
    }
}

void ServerConnection::onDisconnected()
{
    if (m_state == State::Disconnected)
        return;
    m_heartbeat.stop();
    m_timeouts.stop();
    setState(State::Disconnected);
    // Reads in flight are lost with the line; writes stay to be resent (same opId) after reconnecting.
    const QList<qint64> order = m_order;
    for (qint64 id : order) {
        Pending &p = m_pending[id];
        if (protocol::isWrite(p.request.type)) {
            p.sent = false;
            continue;
        }
        Pending failed = m_pending.take(id);
        m_order.removeOne(id);
        fail(failed, ErrorCode::Unreachable, QStringLiteral("connection lost"));
    }
    if (m_wantOpen && m_autoReconnect)
        scheduleReconnect();
}

void ServerConnection::scheduleReconnect()
{
    const int step = qMin<int>(m_backoffStep++, int(std::size(kBackoffSeconds)) - 1);
    qCInfo(lcConn) << "reconnecting in" << kBackoffSeconds[step] << "s";
    m_reconnectTimer.start(kBackoffSeconds[step] * 1000);
}

void ServerConnection::setHoldRequests(bool hold)
{
    m_hold = hold;
    if (!hold)
        flushQueue();
}

bool ServerConnection::mayGoNow(MessageType type) const
{
    return !m_hold || protocol::isPreAuth(type);
}

qint64 ServerConnection::call(MessageType type, const QCborMap &args, QObject *context, ResponseHandler handler,
                              int timeoutMs, const QUuid &opId)
{
    Pending p;
    p.request.id = m_nextId++;
    p.request.type = type;
    p.request.args = args;
    if (protocol::isWrite(type))
        p.request.opId = opId.isNull() ? QUuid::createUuid() : opId;
    p.handler = std::move(handler);
    p.context = context;
    p.hasContext = context != nullptr;
    p.deadlineMs = m_clock.elapsed() + timeoutMs;
    const qint64 id = p.request.id;
    if (m_state != State::Connected && !protocol::isWrite(type)) {
        // Nothing to wait for: say so now rather than after a timeout.
        QMetaObject::invokeMethod(this, [this, p] { fail(p, ErrorCode::Unreachable, QStringLiteral("not connected")); },
                                  Qt::QueuedConnection);
        return id;
    }
    m_pending.insert(id, p);
    m_order.append(id);
    if (protocol::isWrite(type))
        Q_EMIT pendingWritesChanged(pendingWrites());
    flushQueue();
    return id;
}

int ServerConnection::pendingWrites() const
{
    int n = 0;
    for (const Pending &p : m_pending) {
        if (protocol::isWrite(p.request.type))
            ++n;
    }
    return n;
}

void ServerConnection::flushQueue()
{
    if (m_state != State::Connected)
        return;
    for (qint64 id : std::as_const(m_order)) {
        Pending &p = m_pending[id];
        if (!p.sent && mayGoNow(p.request.type))
            sendNow(p);
    }
}

void ServerConnection::sendNow(Pending &pending)
{
    pending.sent = true;
    writeRequest(pending.request);
}

void ServerConnection::writeRequest(const protocol::Request &request)
{
    m_socket->write(protocol::encodeFrame(protocol::encodeRequest(request)));
    // Left alone, QSslSocket encrypts at the event loop's next pass and the TCP socket sends at the
    // pass after that: flushing sends the request now.
    m_socket->flush();
}

void ServerConnection::deliver(const protocol::Response &response)
{
    const auto it = m_pending.find(response.id);
    if (it == m_pending.end())
        return; // timed out earlier, or an error about an unparseable request of ours
    const Pending p = it.value();
    m_pending.erase(it);
    m_order.removeOne(response.id);
    if (protocol::isWrite(p.request.type))
        Q_EMIT pendingWritesChanged(pendingWrites());
    if (!p.hasContext || p.context)
        p.handler(response);
}

void ServerConnection::fail(Pending pending, ErrorCode code, const QString &message)
{
    if (pending.hasContext && !pending.context)
        return;
    pending.handler(protocol::errorResponse(pending.request.id, protocol::messageTypeName(pending.request.type),
                                            protocol::Error{code, message, {}}));
}

void ServerConnection::checkTimeouts()
{
    const qint64 now = m_clock.elapsed();
    // A silent server (no pong within two heartbeats) is treated as gone.
    const qint64 heartbeat = m_heartbeat.interval();
    if (m_state == State::Connected && heartbeat > 0 && now - m_lastReceivedMs > 2 * heartbeat + 5000) {
        qCWarning(lcConn) << "server silent for" << (now - m_lastReceivedMs) / 1000 << "s; reconnecting";
        m_socket->abort();
        return;
    }
    const QList<qint64> order = m_order;
    for (qint64 id : order) {
        const Pending &p = m_pending[id];
        // Writes do not time out: they are kept until the server confirms them.
        if (protocol::isWrite(p.request.type) || p.deadlineMs > now)
            continue;
        Pending expired = m_pending.take(id);
        m_order.removeOne(id);
        fail(expired, ErrorCode::Timeout, QStringLiteral("no answer in time"));
    }
}

void ServerConnection::sendPing()
{
    call(MessageType::Ping, {}, this, [](const protocol::Response &) {}, 60000);
}

} // namespace cj::client
