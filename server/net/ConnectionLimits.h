#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include "protocol/ProtocolVersion.h"

namespace cj::server {

// Per-connection limits that keep one client from hurting the others.
struct ConnectionLimits {
    quint32 maxFrameBytes = protocol::kDefaultMaxFrameBytes;
    int handshakeTimeoutMs = 10000; // TLS handshake, then again for the hello
    int idleTimeoutMs = 90000;      // clients ping every 20 s
    int maxQueuedRequests = 64;     // beyond this we stop reading the socket (TCP back-pressure)
    double requestsPerSecond = 100; // sustained rate ...
    double burst = 400;             // ... and burst, per connection
    int maxProtocolErrors = 100;    // malformed/unknown requests before we hang up
    qint64 maxUnsentBytes = 64LL * 1024 * 1024; // a client that never reads is dropped
};

// Token bucket for the request rate of one connection.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst)
        : m_rate(perSecond)
        , m_burst(burst)
        , m_tokens(burst)
    {
        m_clock.start();
    }

    bool tryTake()
    {
        const double elapsed = m_clock.restart() / 1000.0;
        m_tokens = qMin(m_burst, m_tokens + elapsed * m_rate);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace cj::server
