#pragma once

#include <QtGlobal>

namespace cj::bench {

// The server's memory with many connections open and idle: each is a real client connection (TLS,
// hello done, heartbeats running), as a staff room full of signed-out clients would keep.
class IdleConnections
{
public:
    struct Result {
        int opened = 0;
        int wanted = 0;
        qint64 rssBefore = 0;
        qint64 rssWith = 0;
        double openSeconds = 0;
    };

    static Result measure(quint16 port, qint64 serverPid, int count);
};

} // namespace cj::bench
