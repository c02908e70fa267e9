#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

#include "net/ConnectionLimits.h"
#include "rpc/RequestContext.h"

class QSslSocket;

namespace cj::server {

class ClientConnection;
class WriteBatcher;

// All open connections: who follows which topic, which session is where, the network threads the
// connections live on, and the worker pool requests run on. Applies handlers' effects after their
// commit. Its methods may be called from any network thread.
class ConnectionHub : public QObject
{
    Q_OBJECT
public:
    // networkThreads 0: one per two cores, at least one.
    explicit ConnectionHub(int workerThreads, int networkThreads = 0, QObject *parent = nullptr);
    ~ConnectionHub() override;

    // Takes over a socket whose TLS handshake is done: its connection lives on one of the network
    // threads from now on (taken in turn), so that no thread polls every socket at each wake-up.
    void adopt(QSslSocket *socket, quint64 id, const ConnectionLimits &limits);
    // Called by a connection on its own thread when it closes, before it is deleted.
    void remove(ClientConnection *connection);
    QThreadPool &pool() { return m_pool; }
    WriteBatcher &batcher() { return *m_batcher; }
    int connectionCount() const;
    int networkThreadCount() const { return int(m_threads.size()); }

    void applyEffects(ClientConnection *origin, const Effects &effects);
    void subscribe(ClientConnection *connection, const QString &topic);
    void unsubscribe(ClientConnection *connection, const QString &topic);

    // Stops taking requests, lets running ones finish (up to the deadline), then closes everyone.
    void shutdown(int graceMs);

private:
    struct NetworkThread {
        std::unique_ptr<QThread> thread;
        std::unique_ptr<QObject> anchor; // lives on the thread: the context for work sent there
    };
    // Runs f for each connection of `among` but `except` on the connection's own thread: at once for
    // those of the calling thread, queued for the others. Called with m_mutex held, which keeps
    // every connection in the sets alive until the call is queued.
    void forEach(const QSet<ClientConnection *> &among, const ClientConnection *except,
                 const std::function<void(ClientConnection *)> &f, QList<std::function<void()>> *here);
    // forEach over every connection, taking the lock, and the calling thread's own after it.
    void forAll(const std::function<void(ClientConnection *)> &f);
    void stopThreads();

    QThreadPool m_pool;
    std::unique_ptr<WriteBatcher> m_batcher;
    std::vector<NetworkThread> m_threads;
    size_t m_nextThread = 0;
    mutable QMutex m_mutex; // guards the two sets below
    QSet<ClientConnection *> m_connections;
    QHash<QString, QSet<ClientConnection *>> m_subscribers;
};

} // namespace cj::server
