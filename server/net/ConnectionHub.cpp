#include "net/ConnectionHub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

#include "net/ClientConnection.h"
#include "rpc/WriteBatcher.h"

namespace cj::server {

ConnectionHub::ConnectionHub(int workerThreads, QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(workerThreads);
    m_pool.setExpiryTimeout(-1); // keep workers (and their database connections) alive
    m_batcher = std::make_unique<WriteBatcher>();
}

ConnectionHub::~ConnectionHub()
{
    m_batcher->stop();
    m_pool.waitForDone();
}

void ConnectionHub::add(ClientConnection *connection)
{
    m_connections.insert(connection);
    connect(connection, &ClientConnection::closed, this, &ConnectionHub::remove);
}

void ConnectionHub::remove(ClientConnection *connection)
{
    m_connections.remove(connection);
    const QSet<QString> topics = connection->topics();
    for (const QString &topic : topics)
        unsubscribe(connection, topic);
}

void ConnectionHub::subscribe(ClientConnection *connection, const QString &topic)
{
    m_subscribers[topic].insert(connection);
    connection->addTopic(topic);
}

void ConnectionHub::unsubscribe(ClientConnection *connection, const QString &topic)
{
    auto it = m_subscribers.find(topic);
    if (it != m_subscribers.end()) {
        it->remove(connection);
        if (it->isEmpty())
            m_subscribers.erase(it);
    }
    connection->removeTopic(topic);
}

void ConnectionHub::applyEffects(ClientConnection *origin, const Effects &effects)
{
    for (const QString &topic : effects.unsubscribe)
        unsubscribe(origin, topic);
    for (const QString &topic : effects.subscribe)
        subscribe(origin, topic);
    if (!effects.endedSessions.isEmpty() || !effects.changedUsers.isEmpty()) {
        for (ClientConnection *c : std::as_const(m_connections)) {
            const Caller &caller = c->caller();
            if (!caller.isAuthenticated())
                continue;
            if (effects.endedSessions.contains(caller.sessionId))
                c->endSession(QStringLiteral("ended"));
            else if (effects.changedUsers.contains(caller.userId))
                c->markCallerStale();
        }
    }
    for (const Publication &publication : effects.publications) {
        const auto it = m_subscribers.constFind(publication.topic);
        if (it == m_subscribers.constEnd())
            continue;
        for (ClientConnection *c : *it) {
            if (c != origin)
                c->sendEvent(publication.event);
        }
    }
}

void ConnectionHub::shutdown(int graceMs)
{
    const auto connections = m_connections;
    for (ClientConnection *c : connections)
        c->beginShutdown();
    QDeadlineTimer deadline(graceMs);
    auto anyBusy = [this] {
        for (ClientConnection *c : std::as_const(m_connections)) {
            if (c->isBusy())
                return true;
        }
        return false;
    };
    while (anyBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_pool.waitForDone(int(qMax<qint64>(0, deadline.remainingTime())));
    m_batcher->stop();
    // Deliver the last replies, then let the sockets go.
    QDeadlineTimer flush(2000);
    while (!m_connections.isEmpty() && !flush.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace cj::server
