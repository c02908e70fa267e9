#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <memory>

#include "net/ConnectionLimits.h"
#include "rpc/RequestContext.h"

namespace cj::server {

class ClientConnection;
class WriteBatcher;

// All open connections on the network thread: who follows which topic, which session is where, and
// the worker pool requests run on. Applies handlers' effects after their commit.
class ConnectionHub : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionHub(int workerThreads, QObject *parent = nullptr);
    ~ConnectionHub() override;

    void add(ClientConnection *connection);
    QThreadPool &pool() { return m_pool; }
    WriteBatcher &batcher() { return *m_batcher; }
    int connectionCount() const { return int(m_connections.size()); }

    void applyEffects(ClientConnection *origin, const Effects &effects);
    void subscribe(ClientConnection *connection, const QString &topic);
    void unsubscribe(ClientConnection *connection, const QString &topic);

    // Stops taking requests, lets running ones finish (up to the deadline), then closes everyone.
    void shutdown(int graceMs);

private:
    void remove(ClientConnection *connection);

    QThreadPool m_pool;
    std::unique_ptr<WriteBatcher> m_batcher;
    QSet<ClientConnection *> m_connections;
    QHash<QString, QSet<ClientConnection *>> m_subscribers;
};

} // namespace cj::server
