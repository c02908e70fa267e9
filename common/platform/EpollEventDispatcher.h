#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <set>

struct epoll_event;
class QThread;

namespace cj::platform {

// An event dispatcher on Linux's epoll, for threads that watch many sockets: the server's network
// threads and the load tool's. Qt's own dispatchers (glib's and the Unix one) hand every socket of
// the thread to poll() at each pass of the event loop, so a pass costs in proportion to the
// connections: with 150 connections a thread, that was a fifth of the server's CPU and two fifths of
// the load tool's (docs/benchmarks.md). Here a pass costs in proportion to the sockets that are ready.
// Timers and posted events behave as Qt documents them; not for GUI threads.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr}; // by QSocketNotifier::Type
        quint32 inKernel = 0; // the events epoll watches for now
        quint32 events() const;
    };
    struct Timer {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        qint64 dueNs = 0;
        bool running = false; // its timer event is being delivered: no second one meanwhile
    };

    void forget(int fd);
    void applyWatchChanges();
    void schedule(int timerId, Timer &timer, qint64 dueNs);
    int activateSockets(const epoll_event *events, int count, bool notify);
    int activateTimers();

    const int m_epoll;
    const int m_wakeFd;
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};
    bool m_postedHere = false; // an event was posted by this thread itself: do not block
    QHash<int, Watch> m_watches;
    QList<int> m_changed; // sockets whose notifiers changed since the last wait
    QHash<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_due; // (due time, timer id), soonest first
};

// The dispatcher to give a new thread (or the application) that serves many sockets: the epoll one
// on Linux, nullptr (Qt's default) elsewhere.
QAbstractEventDispatcher *createSocketEventDispatcher();
// Gives a thread that is not running yet that dispatcher, where there is one.
void useSocketEventDispatcher(QThread &thread);

} // namespace cj::platform
