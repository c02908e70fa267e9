#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QSslSocket>
#include <QTimer>

#include <atomic>

#include "net/ConnectionLimits.h"
#include "protocol/Envelope.h"
#include "protocol/Frame.h"
#include "rpc/Caller.h"
#include "rpc/Dispatcher.h"

namespace cj::server {

class ConnectionHub;

// One client over TLS: reads frames (length checked at the header), answers hello and ping itself,
// and feeds other requests one at a time, in order, to the worker pool. Mark saves to one lesson
// are the exception: they follow each other into the group commit without waiting for the answer
// before, since its lane keeps their order (a teacher typing a column of marks). Lives on one of the
// hub's network threads; others reach it through queued calls.
class ClientConnection : public QObject
{
    Q_OBJECT
public:
    ClientConnection(QSslSocket *socket, quint64 id, const ConnectionLimits &limits, ConnectionHub *hub);
    ~ClientConnection() override;

    quint64 id() const { return m_info.connectionId; }
    const QSet<QString> &topics() const { return m_topics; }
    void addTopic(const QString &topic) { m_topics.insert(topic); }
    void removeTopic(const QString &topic) { m_topics.remove(topic); }

    void sendEvent(const protocol::Event &event);
    // Sessions ended and users whose rights changed elsewhere: this connection's caller may be one.
    void applyAccountChanges(const QSet<qint64> &endedSessions, const QSet<qint64> &changedUsers);
    void beginShutdown();
    void drop() { m_socket->abort(); }
    bool isBusy() const { return m_busy; } // from any thread

private:
    void readFrames();
    void processFrame(const QByteArray &payload);
    void handleHello(const protocol::Request &request);
    void handlePing(const protocol::Request &request);
    void startNext();
    void finish(const Dispatcher::Outcome &outcome);
    void sendResponse(const protocol::Response &response);
    void sendError(qint64 id, const QString &type, protocol::ErrorCode code, const QString &message,
                   const QCborMap &details = {});
    void sendPayload(const QByteArray &payload);
    void countProtocolError();
    void closeAfterFlush();
    void onDisconnected();
    void leaveAllTopics();
    void endSession(const QString &reason);
    void close();

    QSslSocket *m_socket;
    ConnectionLimits m_limits;
    ConnectionHub *m_hub;
    protocol::FrameReader m_reader;
    RateLimiter m_rate;
    ConnectionInfo m_info;
    Caller m_caller;
    bool m_callerStale = false;
    bool m_helloDone = false;
    std::atomic<bool> m_busy = false; // m_running > 0, for other threads
    int m_running = 0;                 // requests handed on and not answered yet
    qint64 m_markLesson = 0;           // while only mark saves to this lesson run
    bool m_closing = false;
    bool m_shuttingDown = false;
    int m_protocolErrors = 0;
    QQueue<protocol::Request> m_queue;
    QSet<QString> m_topics;
    QTimer m_handshakeTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_sinceFrame;
};

} // namespace cj::server
