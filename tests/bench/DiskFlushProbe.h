#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace cj::bench {

// Slow flushes of the disk the cluster lives on. A thread writes a page to a file beside the
// cluster and flushes it (fdatasync, as a commit flushes the WAL) every 20 ms, and keeps the
// flushes that took slowMs or more. Every commit waits through such a stall, and at a few thousand
// saves a second one stall of 50 ms makes more than a hundredth of a step's saves late: a step's
// background work names them, so a step lost to the disk is told from one lost to the server. On
// this machine's virtual disk a minute of flushes with nothing else running had one of 57 ms
// (docs/benchmarks.md).
class DiskFlushProbe
{
public:
    explicit DiskFlushProbe(const QString &dir, int slowMs = 20);
    ~DiskFlushProbe();

    // "a disk flush took 57 ms" (or "disk flushes took 57 ms, 64 ms", or with more than three their
    // count and the longest), since the last call; empty if none, or when the file cannot be written.
    QString take();

private:
    void run();

    const QString m_path;
    const qint64 m_slowMs;
    int m_fd = -1;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    QList<qint64> m_slow; // ms
    std::unique_ptr<QThread> m_thread;
};

} // namespace cj::bench
