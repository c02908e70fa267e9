#include "net/ConnectionHub.h"

#include <QDeadlineTimer>
#include <QSslSocket>

#include "net/ClientConnection.h"
#include "platform/EpollEventDispatcher.h"
#include "rpc/WriteBatcher.h"

namespace cj::server {

ConnectionHub::ConnectionHub(int workerThreads, int networkThreads, QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(workerThreads);
    m_pool.setExpiryTimeout(-1); // keep workers (and their database connections) alive
    m_batcher = std::make_unique<WriteBatcher>();
    // One per two cores: the cores are shared with the writers' lanes and, on the school's server,
    // PostgreSQL's backends, and on epoll a thread's many connections cost only the ready ones, so
    // more threads mostly add wake-ups (docs/benchmarks.md, "Network threads").
    const int count = networkThreads > 0 ? networkThreads : qBound(1, QThread::idealThreadCount() / 2, 8);
    for (int i = 0; i < count; ++i) {
        NetworkThread t;
        t.thread = std::make_unique<QThread>();
        t.thread->setObjectName(QStringLiteral("network-%1").arg(i));
        platform::useSocketEventDispatcher(*t.thread); // each thread serves hundreds of connections
        t.anchor = std::make_unique<QObject>();
        t.anchor->moveToThread(t.thread.get());
        t.thread->start();
        m_threads.push_back(std::move(t));
    }
}

ConnectionHub::~ConnectionHub()
{
    m_batcher->stop();
    m_pool.waitForDone();
    stopThreads();
}

void ConnectionHub::adopt(QSslSocket *socket, quint64 id, const ConnectionLimits &limits)
{
    const NetworkThread &t = m_threads[m_nextThread++ % m_threads.size()];
    socket->setParent(nullptr);
    socket->moveToThread(t.thread.get());
    QMetaObject::invokeMethod(
        t.anchor.get(),
        [this, socket, id, limits] {
            auto *connection = new ClientConnection(socket, id, limits, this);
            QMutexLocker lock(&m_mutex);
            m_connections.insert(connection);
        },
        Qt::QueuedConnection);
}

void ConnectionHub::remove(ClientConnection *connection)
{
    QMutexLocker lock(&m_mutex);
    m_connections.remove(connection);
    for (const QString &topic : connection->topics()) {
        auto it = m_subscribers.find(topic);
        if (it != m_subscribers.end()) {
            it->remove(connection);
            if (it->isEmpty())
                m_subscribers.erase(it);
        }
    }
}

int ConnectionHub::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_connections.size());
}

void ConnectionHub::subscribe(ClientConnection *connection, const QString &topic)
{
    {
        QMutexLocker lock(&m_mutex);
        m_subscribers[topic].insert(connection);
    }
    connection->addTopic(topic);
}

void ConnectionHub::unsubscribe(ClientConnection *connection, const QString &topic)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_subscribers.find(topic);
        if (it != m_subscribers.end()) {
            it->remove(connection);
            if (it->isEmpty())
                m_subscribers.erase(it);
        }
    }
    connection->removeTopic(topic);
}

void ConnectionHub::forEach(const QSet<ClientConnection *> &among, const ClientConnection *except,
                            const std::function<void(ClientConnection *)> &f, QList<std::function<void()>> *here)
{
    QThread *current = QThread::currentThread();
    for (ClientConnection *c : among) {
        if (c == except)
            continue;
        if (c->thread() == current)
            here->append([c, f] { f(c); });
        else
            QMetaObject::invokeMethod(c, [c, f] { f(c); }, Qt::QueuedConnection);
    }
}

void ConnectionHub::forAll(const std::function<void(ClientConnection *)> &f)
{
    QList<std::function<void()>> here;
    {
        QMutexLocker lock(&m_mutex);
        forEach(m_connections, nullptr, f, &here);
    }
    for (const auto &g : std::as_const(here))
        g();
}

void ConnectionHub::applyEffects(ClientConnection *origin, const Effects &effects)
{
    for (const QString &topic : effects.unsubscribe)
        unsubscribe(origin, topic);
    for (const QString &topic : effects.subscribe)
        subscribe(origin, topic);
    if (!effects.endedSessions.isEmpty() || !effects.changedUsers.isEmpty()) {
        const QSet<qint64> ended(effects.endedSessions.cbegin(), effects.endedSessions.cend());
        const QSet<qint64> changed(effects.changedUsers.cbegin(), effects.changedUsers.cend());
        forAll([ended, changed](ClientConnection *c) { c->applyAccountChanges(ended, changed); });
    }
    QList<std::function<void()>> here;
    {
        QMutexLocker lock(&m_mutex);
        for (const Publication &publication : effects.publications) {
            const auto it = m_subscribers.constFind(publication.topic);
            if (it == m_subscribers.constEnd())
                continue;
            const protocol::Event event = publication.event;
            forEach(*it, origin, [event](ClientConnection *c) { c->sendEvent(event); }, &here);
        }
    }
    // The calling thread's own connections, once the lock is free (they may call back into the hub).
    for (const auto &f : std::as_const(here))
        f();
}

void ConnectionHub::shutdown(int graceMs)
{
    forAll([](ClientConnection *c) { c->beginShutdown(); });
    QDeadlineTimer deadline(graceMs);
    auto anyBusy = [this] {
        QMutexLocker lock(&m_mutex);
        for (ClientConnection *c : std::as_const(m_connections)) {
            if (c->isBusy())
                return true;
        }
        return false;
    };
    while (anyBusy() && !deadline.hasExpired())
        QThread::msleep(20);
    m_pool.waitForDone(int(qMax<qint64>(0, deadline.remainingTime())));
    m_batcher->stop();
    // Deliver the last replies, then let the sockets go.
    QDeadlineTimer flush(2000);
    while (connectionCount() > 0 && !flush.hasExpired())
        QThread::msleep(20);
    stopThreads();
}

void ConnectionHub::stopThreads()
{
    if (m_threads.empty())
        return;
    forAll([](ClientConnection *c) { c->drop(); });
    // The threads handle the drops before they quit (a quit event loop leaves queued calls undone),
    // and delete what was left to deleteLater() when they finish.
    QDeadlineTimer dropped(2000);
    while (connectionCount() > 0 && !dropped.hasExpired())
        QThread::msleep(10);
    for (const NetworkThread &t : m_threads)
        t.thread->quit();
    for (const NetworkThread &t : m_threads)
        t.thread->wait();
    m_threads.clear();
}

} // namespace cj::server
