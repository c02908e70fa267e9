#pragma once

#include <QList>
#include <QThread>

#include <functional>
#include <memory>

#include "LatencyStats.h"
#include "ProcessMeter.h"
#include "SimulatedTeacher.h"

namespace cj::bench {

// A measured stretch of load: the latencies and the window the figures are taken over.
struct LoadWindow {
    LatencyStats stats;
    qint64 fromNs = 0;
    qint64 toNs = 0;
    int participants = 0;
    QList<std::pair<QString, double>> cpuPercent; // of one core, over the window, by watched process
    double seconds() const { return double(toNs - fromNs) / 1e9; }
};

// The simulated teachers, spread over client threads (each with its own event loop, connections and
// statistics) so the load tool is not the bottleneck. The calling thread only orchestrates.
class LoadDriver
{
public:
    LoadDriver(const QList<TeacherAccount> &accounts, const LoadSettings &settings, int threads, quint32 seed);
    ~LoadDriver();

    // The morning's arrivals: every teacher connects and signs in, at most `inFlight` at a time (the
    // server hashes passwords a few at a time; a storm would only measure its queue). Returns the
    // seconds it took. Their latencies go into the next window's stats (outside its window).
    double signInAll(int inFlight, int timeoutMs);
    // The signed-in teachers work in a closed loop, starting spread over `spreadMs`; measured for
    // `seconds` after a settling pause.
    LoadWindow runClosedLoop(int spreadMs, int seconds);
    // Mark saves at `perSecond` in total, shared by every teacher whose page takes marks.
    LoadWindow runOpenLoop(double perSecond, int seconds);
    int markingTeachers();
    int signedIn();
    // A process whose CPU use is reported for each window (tree: with its children, ProcessMeter).
    void watch(const QString &name, qint64 pid, bool tree);

private:
    struct Worker;
    void onEachTeacher(const std::function<void(SimulatedTeacher &, int index)> &task);
    int countTeachers(const std::function<bool(const SimulatedTeacher &)> &predicate);
    void waitUntilIdle(int timeoutMs);
    LatencyStats takeStats();
    QList<CpuWindow> startCpu() const;
    void stopCpu(const QList<CpuWindow> &meters, LoadWindow *window) const;

    struct Watched {
        QString name;
        qint64 pid;
        bool tree;
    };
    QList<std::shared_ptr<Worker>> m_workers;
    QList<Watched> m_watched;
};

} // namespace cj::bench
