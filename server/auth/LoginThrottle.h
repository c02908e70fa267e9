#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace cj::server {

// Brute-force brake per network address, in memory: many failures from one address within a window
// block further attempts from it for a while. (The per-account brake lives in the users table so the
// admin can see and clear it.)
class LoginThrottle
{
public:
    struct Policy {
        int maxFailures = 20;
        int windowSeconds = 600;
    };

    static LoginThrottle &instance();
    void setPolicy(const Policy &policy);

    // Seconds to wait before the next attempt from this address, 0 when allowed.
    int retryAfter(const QString &address, const QDateTime &now);
    void recordFailure(const QString &address, const QDateTime &now);
    void clear();

private:
    void prune(QList<QDateTime> &failures, const QDateTime &now) const;

    QMutex m_mutex;
    Policy m_policy;
    QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace cj::server
