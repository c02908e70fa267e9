#include "LoadDriver.h"

#include <QDeadlineTimer>

#include "Pacer.h"
#include "ProcessMeter.h"
#include "platform/EpollEventDispatcher.h"

namespace cj::bench {

namespace {
constexpr int kSettleMs = 2000; // after the ramp, before measuring: the first lessons are under way

} // namespace

// A client thread: its event loop runs the teachers it owns; only it touches them and its stats.
struct LoadDriver::Worker {
    QThread thread;
    QObject *context = nullptr; // lives in `thread`
    Pacer *pacer = nullptr;     // the open loop's sends, on time
    QList<SimulatedTeacher *> teachers;
    LatencyStats stats;

    void run(const std::function<void()> &task)
    {
        QMetaObject::invokeMethod(context, task, Qt::BlockingQueuedConnection);
    }
};

LoadDriver::LoadDriver(const QList<TeacherAccount> &accounts, const LoadSettings &settings, int threads, quint32 seed)
{
    for (int t = 0; t < threads; ++t) {
        auto w = std::make_shared<Worker>();
        w->context = new QObject;
        w->context->moveToThread(&w->thread);
        // Its teachers' sockets are the load tool's main cost on a machine it shares with the server.
        platform::useSocketEventDispatcher(w->thread);
        QObject::connect(&w->thread, &QThread::finished, w->context, &QObject::deleteLater);
        w->thread.start();
        w->run([&w] { w->pacer = new Pacer(w->context); });
        m_workers.append(w);
    }
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        Worker &w = *m_workers[i % threads];
        w.run([&, i] { w.teachers.append(new SimulatedTeacher(accounts[i], settings, &w.stats, w.pacer, seed + quint32(i), w.context)); });
    }
}

LoadDriver::~LoadDriver()
{
    for (const std::shared_ptr<Worker> &w : m_workers) {
        w->run([&w] {
            delete w->pacer; // its jobs call the teachers
            qDeleteAll(w->teachers);
            w->teachers.clear();
        });
        w->thread.quit();
        w->thread.wait();
    }
}

void LoadDriver::onEachTeacher(const std::function<void(SimulatedTeacher &, int)> &task)
{
    int index = 0;
    for (const std::shared_ptr<Worker> &w : m_workers) {
        const int first = index;
        w->run([&] {
            for (qsizetype i = 0; i < w->teachers.size(); ++i)
                task(*w->teachers[i], first + int(i) * int(m_workers.size()));
        });
        ++index;
    }
}

int LoadDriver::countTeachers(const std::function<bool(const SimulatedTeacher &)> &predicate)
{
    int n = 0;
    onEachTeacher([&](SimulatedTeacher &t, int) { n += predicate(t) ? 1 : 0; });
    return n;
}

int LoadDriver::markingTeachers()
{
    return countTeachers([](const SimulatedTeacher &t) { return t.canMark(); });
}

int LoadDriver::signedIn()
{
    return countTeachers([](const SimulatedTeacher &t) { return t.signedIn(); });
}

void LoadDriver::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && countTeachers([](const SimulatedTeacher &t) { return t.outstanding() > 0; }) > 0)
        runEventsFor(50);
}

LatencyStats LoadDriver::takeStats()
{
    LatencyStats all;
    for (const std::shared_ptr<Worker> &w : m_workers) {
        w->run([&] {
            all.merge(w->stats);
            w->stats.clear();
        });
    }
    return all;
}

void LoadDriver::watch(const QString &name, qint64 pid, bool tree)
{
    m_watched.append(Watched{name, pid, tree});
}

QList<CpuWindow> LoadDriver::startCpu() const
{
    QList<CpuWindow> meters;
    for (const Watched &w : m_watched)
        meters.append(CpuWindow(w.pid, w.tree));
    return meters;
}

void LoadDriver::stopCpu(const QList<CpuWindow> &meters, LoadWindow *window) const
{
    for (qsizetype i = 0; i < meters.size(); ++i)
        window->cpuPercent.append({m_watched[i].name, meters[i].percentOfCore()});
}

double LoadDriver::signInAll(int inFlight, int timeoutMs)
{
    const qint64 start = monotonicNs();
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        int pending = 0;
        int waiting = 0;
        onEachTeacher([&](SimulatedTeacher &t, int) {
            pending += t.signInStarted() && !t.signedIn() && t.outstanding() > 0 ? 1 : 0;
            waiting += t.signInStarted() ? 0 : 1;
        });
        if (waiting == 0 && pending == 0)
            break;
        int budget = inFlight - pending;
        onEachTeacher([&](SimulatedTeacher &t, int) {
            if (budget > 0 && !t.signInStarted()) {
                t.signIn();
                --budget;
            }
        });
        runEventsFor(20);
    }
    return double(monotonicNs() - start) / 1e9;
}

LoadWindow LoadDriver::runClosedLoop(int spreadMs, int seconds)
{
    int total = 0;
    for (const std::shared_ptr<Worker> &w : m_workers)
        total += int(w->teachers.size());
    // The index interleaves threads, so first lessons start evenly over the spread.
    onEachTeacher([&](SimulatedTeacher &t, int index) { t.startClosedLoop(total > 0 ? index * spreadMs / total : 0); });
    runEventsFor(spreadMs + kSettleMs);
    LoadWindow window;
    const QList<CpuWindow> cpu = startCpu();
    window.fromNs = monotonicNs();
    runEventsFor(1000 * seconds);
    window.toNs = monotonicNs();
    stopCpu(cpu, &window);
    onEachTeacher([](SimulatedTeacher &t, int) { t.stopClosedLoop(); });
    waitUntilIdle(60000);
    window.participants = signedIn();
    window.stats = takeStats();
    return window;
}

LoadWindow LoadDriver::runOpenLoop(double perSecond, int seconds)
{
    LoadWindow window;
    window.participants = markingTeachers();
    if (window.participants == 0)
        return window;
    window.fromNs = monotonicNs();
    window.toNs = window.fromNs + qint64(seconds) * 1000000000LL;
    const double each = perSecond / window.participants;
    const QList<CpuWindow> cpu = startCpu();
    onEachTeacher([&](SimulatedTeacher &t, int) {
        if (t.canMark())
            t.startOpenLoop(each, window.toNs);
    });
    runEventsFor(1000 * seconds);
    stopCpu(cpu, &window);
    waitUntilIdle(60000); // what was sent is answered before the next step starts
    window.stats = takeStats();
    return window;
}

} // namespace cj::bench
