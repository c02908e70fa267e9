#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

#include "BenchClock.h"

namespace cj::bench {

// CPU time and memory of processes, from /proc (Linux).
class ProcessMeter
{
public:
    // User + system CPU seconds of the process so far.
    static double cpuSeconds(qint64 pid);
    // The same for the process and its children, those running and those it has waited for: the
    // postmaster, its backends and workers, including the ones that have ended (pgbench's backends,
    // autovacuum workers).
    static double treeCpuSeconds(qint64 parentPid);
    // CPU seconds of this process's children that have ended and been waited for.
    static double endedChildrenCpuSeconds();
    static qint64 rssBytes(qint64 pid);     // VmRSS
    static qint64 peakRssBytes(qint64 pid); // VmHWM
    // A "Key:   N kB" line of a /proc file (status, meminfo); nothing if the file or key is missing.
    static std::optional<qint64> kilobytes(const QString &procFile, const QByteArray &key);
};

// CPU used by one process between two points, as a share of one core.
class CpuWindow
{
public:
    CpuWindow() = default;
    CpuWindow(qint64 pid, bool tree);
    double seconds() const;          // CPU seconds since construction
    double percentOfCore() const;    // seconds / wall seconds × 100

private:
    qint64 m_pid = 0;
    bool m_tree = false;
    double m_startCpu = 0;
    qint64 m_startNs = 0;
};

} // namespace cj::bench
