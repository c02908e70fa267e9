#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>

namespace cj::bench {

// The kernel writing back a pile of dirty page cache at once (Dirty in /proc/meminfo falling by tens
// of megabytes within a second or two). PostgreSQL 15 extends a table by writing zero pages through
// the page cache; as audit_log and applied_operations grow with every mark they pile up, and the
// kernel writes a file's pages back when its first dirty page is 30 s old: every commit's WAL flush
// then waits behind that write (docs/benchmarks.md). Sampled every 100 ms on the calling thread,
// whose event loop must run; on systems without /proc/meminfo it sees nothing.
class KernelWriteback : public QObject
{
public:
    explicit KernelWriteback(QObject *parent = nullptr);

    // "kernel wrote back 114 MB at once" (or "68 MB, 160 MB"), since the last call; empty if none.
    QString take();

private:
    void sample();

    QTimer m_timer;
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_recent; // (ms, Dirty kB) over the last two seconds
    QList<qint64> m_bursts;                          // kB
};

} // namespace cj::bench
