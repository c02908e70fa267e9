#include "IdleConnections.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <memory>
#include <vector>

#include "ProcessMeter.h"
#include "core/ServerConnection.h"

namespace cj::bench {

namespace {
constexpr int kOpenAtOnce = 50; // handshakes in flight: a burst of 1,000 would only measure the backlog
} // namespace

IdleConnections::Result IdleConnections::measure(quint16 port, qint64 serverPid, int count)
{
    Result r;
    r.wanted = count;
    r.rssBefore = ProcessMeter::rssBytes(serverPid);
    std::vector<std::unique_ptr<client::ServerConnection>> connections;
    const auto connected = [&] {
        return int(std::count_if(connections.cbegin(), connections.cend(), [](const auto &c) { return c->isConnected(); }));
    };
    const qint64 start = monotonicNs();
    QDeadlineTimer deadline(300000);
    while (int(connections.size()) < count && !deadline.hasExpired()) {
        if (int(connections.size()) - connected() < kOpenAtOnce) {
            auto c = std::make_unique<client::ServerConnection>();
            c->setEndpoint(QStringLiteral("127.0.0.1"), port);
            c->setAutoReconnect(false);
            c->open();
            connections.push_back(std::move(c));
        } else {
            runEventsFor(20);
        }
    }
    while (connected() < int(connections.size()) && !deadline.hasExpired())
        runEventsFor(20);
    r.openSeconds = double(monotonicNs() - start) / 1e9;
    r.opened = connected();
    // Let the server settle (buffers released after the handshakes) before reading its memory.
    runEventsFor(2000);
    r.rssWith = ProcessMeter::rssBytes(serverPid);
    connections.clear();
    runEventsFor(500);
    return r;
}

} // namespace cj::bench
