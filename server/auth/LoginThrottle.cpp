#include "auth/LoginThrottle.h"

namespace cj::server {

LoginThrottle &LoginThrottle::instance()
{
    static LoginThrottle throttle;
    return throttle;
}

void LoginThrottle::setPolicy(const Policy &policy)
{
    QMutexLocker lock(&m_mutex);
    m_policy = policy;
}

void LoginThrottle::prune(QList<QDateTime> &failures, const QDateTime &now) const
{
    const QDateTime cutoff = now.addSecs(-m_policy.windowSeconds);
    while (!failures.isEmpty() && failures.first() < cutoff)
        failures.removeFirst();
}

int LoginThrottle::retryAfter(const QString &address, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_failures.find(address);
    if (it == m_failures.end())
        return 0;
    prune(*it, now);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    if (it->size() < m_policy.maxFailures)
        return 0;
    // Blocked until enough old failures leave the window.
    const QDateTime freeAt = it->at(it->size() - m_policy.maxFailures).addSecs(m_policy.windowSeconds);
    return int(qMax<qint64>(1, now.secsTo(freeAt)));
}

void LoginThrottle::recordFailure(const QString &address, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    QList<QDateTime> &failures = m_failures[address];
    prune(failures, now);
    failures.append(now);
    // Bound memory under a flood from many addresses.
    if (m_failures.size() > 100000)
        m_failures.clear();
}

void LoginThrottle::clear()
{
    QMutexLocker lock(&m_mutex);
    m_failures.clear();
}

} // namespace cj::server
