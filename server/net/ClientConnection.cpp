#include "net/ClientConnection.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QLoggingCategory>

#include "app/Clock.h"
#include "auth/AuthService.h"
#include "db/Db.h"
#include "net/ConnectionHub.h"
#include "rpc/WriteBatcher.h"
#include "protocol/ArgReader.h"
#include "protocol/ProtocolVersion.h"

Q_LOGGING_CATEGORY(lcNet, "cj.net")

namespace cj::server {

using protocol::ErrorCode;
using protocol::MessageType;

namespace {
constexpr int kHeartbeatSeconds = 20;
constexpr int kMaxPipelinedMarks = 16; // mark saves of one connection in the group commit at once
}

ClientConnection::ClientConnection(QSslSocket *socket, quint64 connectionId, const ConnectionLimits &limits,
                                   ConnectionHub *hub)
    : QObject(nullptr)
    , m_socket(socket)
    , m_limits(limits)
    , m_hub(hub)
    , m_reader(limits.maxFrameBytes)
    , m_rate(limits.requestsPerSecond, limits.burst)
{
    m_socket->setParent(this);
    // Bounded socket buffering: a client sending faster than we read is slowed by TCP itself.
    m_socket->setReadBufferSize(256 * 1024);
    // Answers go out as soon as they are written: with Nagle's algorithm an answer (or the last
    // segment of a large page) waited for the acknowledgement of what went before it, which the
    // client's delayed acknowledgements made tens of milliseconds.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_info.connectionId = connectionId;
    m_info.address = socket->peerAddress().toString();
    connect(m_socket, &QSslSocket::readyRead, this, &ClientConnection::readFrames);
    connect(m_socket, &QSslSocket::disconnected, this, &ClientConnection::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_closing && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });

    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcNet) << "connection" << id() << "from" << m_info.address << "sent no hello in time";
        m_socket->abort();
    });
    m_handshakeTimer.start(m_limits.handshakeTimeoutMs);

    // A frame only notes the time; the timer, when it fires, waits again for what is left. Restarting
    // it at every frame was 3 % of the server's CPU at the open loop.
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (const qint64 left = m_limits.idleTimeoutMs - m_sinceFrame.elapsed(); left > 0) {
            m_idleTimer.start(int(left));
            return;
        }
        qCInfo(lcNet) << "connection" << id() << "idle too long; closing";
        m_socket->abort();
    });
    m_sinceFrame.start();
    m_idleTimer.start(m_limits.idleTimeoutMs);
    qCDebug(lcNet) << "connection" << connectionId << "from" << m_info.address;
    // Bytes may have arrived together with the end of the TLS handshake, or the client may have
    // gone already, while the socket passed to this thread.
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(this, &ClientConnection::onDisconnected, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(this, &ClientConnection::readFrames, Qt::QueuedConnection);
}

ClientConnection::~ClientConnection() = default;

void ClientConnection::readFrames()
{
    // Stop pulling bytes while too much work is queued: back-pressure instead of memory growth.
    while (!m_closing && m_queue.size() < m_limits.maxQueuedRequests) {
        const qsizetype wanted = m_reader.wantedBytes();
        if (wanted > 0 && m_socket->bytesAvailable() > 0)
            m_reader.append(m_socket->read(qMin<qint64>(wanted, m_socket->bytesAvailable())));
        QByteArray payload;
        switch (m_reader.next(&payload)) {
        case protocol::FrameReader::Status::NeedMore:
            if (m_socket->bytesAvailable() == 0)
                return;
            continue;
        case protocol::FrameReader::Status::Frame:
            m_sinceFrame.start();
            processFrame(payload);
            continue;
        case protocol::FrameReader::Status::TooLarge:
            qCWarning(lcNet) << "connection" << id() << "from" << m_info.address << "announced a frame of"
                             << m_reader.announcedLength() << "bytes; closing";
            sendError(-1, QString(), ErrorCode::FrameTooLarge,
                      QStringLiteral("frame of %1 bytes exceeds the maximum of %2")
                          .arg(m_reader.announcedLength())
                          .arg(m_reader.maxPayloadBytes()),
                      QCborMap{{QStringLiteral("maxFrameBytes"), qint64(m_reader.maxPayloadBytes())}});
            closeAfterFlush();
            return;
        case protocol::FrameReader::Status::Empty:
            qCWarning(lcNet) << "connection" << id() << "sent an empty frame; closing";
            sendError(-1, QString(), ErrorCode::BadFrame, QStringLiteral("zero-length frame"));
            closeAfterFlush();
            return;
        }
    }
}

void ClientConnection::processFrame(const QByteArray &payload)
{
    if (!m_rate.tryTake()) {
        sendError(-1, QString(), ErrorCode::RateLimited, QStringLiteral("too many requests; slow down"));
        countProtocolError();
        return;
    }
    auto decoded = protocol::decodeRequest(payload);
    if (auto *failure = std::get_if<protocol::DecodeFailure>(&decoded)) {
        qCInfo(lcNet).noquote() << "connection" << id() << "bad request:" << failure->error.message;
        sendResponse(protocol::errorResponse(failure->id, failure->type, failure->error));
        countProtocolError();
        return;
    }
    const protocol::Request request = std::get<protocol::Request>(std::move(decoded));
    const QString typeName = protocol::messageTypeName(request.type);
    if (request.type == MessageType::Ping)
        return handlePing(request);
    if (request.type == MessageType::Hello)
        return handleHello(request);
    if (!m_helloDone) {
        sendError(request.id, typeName, ErrorCode::HandshakeRequired, QStringLiteral("send hello first"));
        countProtocolError();
        return;
    }
    if (m_shuttingDown) {
        sendError(request.id, typeName, ErrorCode::ShuttingDown, QStringLiteral("the server is shutting down"));
        return;
    }
    if (!m_callerStale) {
        if (const auto refused = Dispatcher::admit(request, m_caller)) {
            sendResponse(protocol::errorResponse(request.id, typeName, *refused));
            return;
        }
    }
    m_queue.enqueue(request);
    startNext();
}

void ClientConnection::handleHello(const protocol::Request &request)
{
    const QString typeName = protocol::messageTypeName(request.type);
    if (m_helloDone) {
        sendError(request.id, typeName, ErrorCode::Conflict, QStringLiteral("hello was already exchanged"));
        return;
    }
    try {
        const protocol::ArgReader args(request.args);
        const qint64 version = args.integer(QStringLiteral("protocol"));
        if (version < protocol::kMinSupportedVersion || version > protocol::kVersion) {
            sendError(request.id, typeName, ErrorCode::UnsupportedVersion,
                      QStringLiteral("protocol %1 is not supported").arg(version),
                      QCborMap{{QStringLiteral("min"), protocol::kMinSupportedVersion},
                               {QStringLiteral("max"), protocol::kVersion}});
            closeAfterFlush();
            return;
        }
        m_info.workstation = args.string(QStringLiteral("workstation"), QString(), 200);
        const QStringList offered = args.has(QStringLiteral("capabilities"))
            ? args.stringList(QStringLiteral("capabilities"), 100, 100)
            : QStringList();
        QStringList agreed;
        for (const QString &capability : protocol::serverCapabilities()) {
            if (offered.contains(capability))
                agreed.append(capability);
        }
        m_helloDone = true;
        m_handshakeTimer.stop();
        sendResponse(protocol::okResponse(
            request, QCborMap{{QStringLiteral("protocol"), version},
                              {QStringLiteral("server"), QStringLiteral("ClassJournal " CJ_VERSION)},
                              {QStringLiteral("capabilities"), QCborArray::fromStringList(agreed)},
                              {QStringLiteral("maxFrameBytes"), qint64(m_limits.maxFrameBytes)},
                              {QStringLiteral("heartbeatSeconds"), kHeartbeatSeconds},
                              {QStringLiteral("idleTimeoutSeconds"), m_limits.idleTimeoutMs / 1000},
                              {QStringLiteral("serverTime"), protocol::dateTimeToWire(Clock::now())},
                              {QStringLiteral("today"), protocol::dateToWire(Clock::today())}}));
    } catch (const protocol::ArgumentError &e) {
        sendError(request.id, typeName, ErrorCode::InvalidArgument, QString::fromStdString(e.what()),
                  QCborMap{{QStringLiteral("field"), e.field()}});
        countProtocolError();
    }
}

void ClientConnection::handlePing(const protocol::Request &request)
{
    sendResponse(protocol::okResponse(request, QCborMap{{QStringLiteral("serverTime"),
                                                         protocol::dateTimeToWire(Clock::now())}}));
}

void ClientConnection::startNext()
{
    while (!m_queue.isEmpty()) {
        // Requests of one connection run one at a time and in order, so a client's writes never
        // overtake each other; different connections run in parallel on the pool. Mark saves go to
        // the group commit, where saves to one lesson keep their order (one lane, first come first
        // written): the next may follow before the one before is answered.
        const bool batched = !m_callerStale && WriteBatcher::accepts(m_queue.head().type);
        const WriteBatcher::Cell cell = batched ? WriteBatcher::cellOf(m_queue.head()) : WriteBatcher::Cell{};
        const qint64 lessonId = cell.first;
        if (m_running > 0 && (lessonId <= 0 || lessonId != m_markLesson || m_running >= kMaxPipelinedMarks))
            return;
        const protocol::Request request = m_queue.dequeue();
        ++m_running;
        m_busy = true;
        m_markLesson = lessonId;
        const Caller caller = m_caller;
        const bool stale = m_callerStale;
        m_callerStale = false;
        const ConnectionInfo info = m_info;
        if (batched) {
            m_hub->batcher().submit(this, request, cell, caller, info, [this](const Dispatcher::Outcome &outcome) { finish(outcome); });
            continue;
        }
        m_hub->pool().start([this, request, caller, stale, info] {
            const Dispatcher::Outcome outcome = Dispatcher::execute(request, caller, stale, info);
            // The connection is not deleted while busy, so posting to it here is safe.
            QMetaObject::invokeMethod(this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
        });
        return;
    }
}

void ClientConnection::finish(const Dispatcher::Outcome &outcome)
{
    if (--m_running == 0) {
        m_busy = false;
        m_markLesson = 0;
    }
    if (outcome.effects.newCaller) {
        m_caller = *outcome.effects.newCaller;
        if (!m_caller.isAuthenticated())
            leaveAllTopics();
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        sendResponse(outcome.response);
    m_hub->applyEffects(this, outcome.effects);
    if (m_closing && m_socket->state() != QAbstractSocket::ConnectedState) {
        if (m_running == 0)
            close();
        return;
    }
    if (m_shuttingDown && m_queue.isEmpty()) {
        if (m_running == 0)
            closeAfterFlush();
        return;
    }
    startNext();
    readFrames(); // the queue has room again
}

void ClientConnection::sendResponse(const protocol::Response &response)
{
    sendPayload(protocol::encodeResponse(response));
}

void ClientConnection::sendError(qint64 id, const QString &type, ErrorCode code, const QString &message,
                                 const QCborMap &details)
{
    sendResponse(protocol::errorResponse(id, type, protocol::Error{code, message, details}));
}

void ClientConnection::sendEvent(const protocol::Event &event)
{
    if (m_helloDone)
        sendPayload(protocol::encodeEvent(event));
}

void ClientConnection::sendPayload(const QByteArray &payload)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > m_limits.maxUnsentBytes) {
        qCWarning(lcNet) << "connection" << id() << "does not read its replies; dropping it";
        m_socket->abort();
        return;
    }
    m_socket->write(protocol::encodeFrame(payload));
    // Sent now rather than two event-loop passes later (see ServerConnection::writeRequest).
    m_socket->flush();
}

void ClientConnection::countProtocolError()
{
    if (++m_protocolErrors > m_limits.maxProtocolErrors) {
        qCWarning(lcNet) << "connection" << id() << "from" << m_info.address << "keeps sending bad requests; closing";
        closeAfterFlush();
    }
}

void ClientConnection::closeAfterFlush()
{
    m_closing = true;
    m_queue.clear();
    if (m_socket->bytesToWrite() == 0)
        m_socket->disconnectFromHost();
}

void ClientConnection::applyAccountChanges(const QSet<qint64> &endedSessions, const QSet<qint64> &changedUsers)
{
    if (!m_caller.isAuthenticated())
        return;
    if (endedSessions.contains(m_caller.sessionId))
        endSession(QStringLiteral("ended"));
    else if (changedUsers.contains(m_caller.userId))
        m_callerStale = true;
}

void ClientConnection::endSession(const QString &reason)
{
    sendEvent(protocol::Event{MessageType::EventSessionEnded, QCborMap{{QStringLiteral("reason"), reason}}, {}});
    m_caller = Caller{};
    leaveAllTopics();
}

void ClientConnection::leaveAllTopics()
{
    const QSet<QString> topics = m_topics;
    for (const QString &topic : topics)
        m_hub->unsubscribe(this, topic);
}

void ClientConnection::beginShutdown()
{
    m_shuttingDown = true;
    m_queue.clear();
    sendEvent(protocol::Event{MessageType::EventServerShutdown, QCborMap{}, {}});
    if (m_running == 0)
        closeAfterFlush();
}

void ClientConnection::onDisconnected()
{
    if (m_reader.hasPartialFrame())
        qCInfo(lcNet) << "connection" << id() << "closed in the middle of a frame (truncated)";
    qCDebug(lcNet) << "connection" << id() << "closed";
    if (m_caller.isAuthenticated()) {
        // Remember the session was in use until now, so its idle expiry counts from here.
        const qint64 sessionId = m_caller.sessionId;
        const ConnectionInfo info = m_info;
        m_hub->pool().start([sessionId, info] {
            try {
                AuthService::touchSession(Db::local(), sessionId, info);
            } catch (const std::exception &e) {
                qCWarning(lcNet) << "could not record session activity:" << e.what();
            }
        });
    }
    m_closing = true;
    m_queue.clear();
    if (m_running > 0)
        return; // finish() deletes us once the running requests are done
    close();
}

void ClientConnection::close()
{
    m_hub->remove(this);
    deleteLater();
}

} // namespace cj::server
