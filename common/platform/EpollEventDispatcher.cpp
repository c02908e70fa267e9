#include "platform/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>
#include <QVarLengthArray>

#ifdef Q_OS_LINUX

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <ctime>

namespace cj::platform {

namespace {
constexpr qint64 kNsPerMs = 1000000;
constexpr int kMaxEventsAPass = 256; // more ready sockets than this wait for the next pass

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// What wakes each kind of notifier; as in Qt's poll-based dispatcher, a hang-up or an error wakes
// readers and writers both, so the socket finds out and the hang-up is not reported forever.
constexpr quint32 kWakes[3] = {EPOLLIN | EPOLLHUP | EPOLLERR, EPOLLOUT | EPOLLHUP | EPOLLERR, EPOLLPRI};
constexpr quint32 kWants[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};
} // namespace

quint32 EpollEventDispatcher::Watch::events() const
{
    quint32 events = 0;
    for (int type = 0; type < 3; ++type) {
        if (notifiers[type])
            events |= kWants[type];
    }
    return events;
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: no epoll instance or eventfd: %s", strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    close(m_wakeFd);
    close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    m_postedHere = false;
    emit awake();
    QCoreApplication::sendPostedEvents();

    // An event posted by another thread from now on writes the eventfd (wakeUp), so the wait below
    // cannot miss it; one this thread posted meanwhile means not waiting at all.
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load() && !m_postedHere;
    if (canWait)
        emit aboutToBlock();
    if (m_interrupted.load())
        return false;
    // Whole milliseconds, rounded up (as glib's loop does): timers due within the same millisecond
    // fire in one pass, not one wake-up each, and a precise timer is still never early.
    int waitMs = canWait ? -1 : 0;
    if (canWait && !flags.testFlag(QEventLoop::X11ExcludeTimers) && !m_due.empty())
        waitMs = int(qBound(qint64(0), (m_due.begin()->first - nowNs() + kNsPerMs - 1) / kNsPerMs, qint64(INT_MAX)));

    applyWatchChanges();
    epoll_event events[kMaxEventsAPass];
    const int count = epoll_wait(m_epoll, events, kMaxEventsAPass, waitMs);
    if (count < 0 && errno != EINTR)
        qWarning("EpollEventDispatcher: epoll_wait failed: %s", strerror(errno));

    int handled = 0;
    if (count > 0)
        handled += activateSockets(events, count, !flags.testFlag(QEventLoop::ExcludeSocketNotifiers));
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        handled += activateTimers();
    return handled > 0;
}

int EpollEventDispatcher::activateSockets(const epoll_event *events, int count, bool notify)
{
    int handled = 0;
    for (int i = 0; i < count; ++i) {
        if (events[i].data.fd != m_wakeFd)
            continue;
        eventfd_t value = 0;
        eventfd_read(m_wakeFd, &value);
        m_wakeUpPending.store(false);
        // Events posted before the wait ended go before the sockets, as in Qt's own loops: a change
        // another thread made (a user's new roles) applies to a request that arrived after it.
        QCoreApplication::sendPostedEvents();
        ++handled;
    }
    if (!notify)
        return handled; // level-triggered: reported again once notifiers are wanted
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        // Looked up anew for each kind: a notifier run before may have removed this one.
        for (int type = 0; type < 3 && fd != m_wakeFd; ++type) {
            if (!(events[i].events & kWakes[type]))
                continue;
            const auto it = m_watches.constFind(fd);
            if (it == m_watches.constEnd())
                break;
            if (QSocketNotifier *notifier = it->notifiers[type]) {
                QEvent event(QEvent::SockAct);
                QCoreApplication::sendEvent(notifier, &event);
                ++handled;
            }
        }
    }
    return handled;
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = nowNs();
    QVarLengthArray<int, 32> due;
    for (auto it = m_due.cbegin(); it != m_due.cend() && it->first <= now; ++it)
        due.append(it->second);
    // Each due timer fires once a pass, even one whose interval is zero or that fell behind;
    // timers stopped or restarted by an earlier one's event are looked up anew.
    int fired = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->running || it->dueNs > now)
            continue;
        const qint64 intervalNs = it->intervalMs * kNsPerMs;
        const qint64 next = it->dueNs + intervalNs > now ? it->dueNs + intervalNs : now + intervalNs;
        schedule(id, *it, next);
        it->running = true; // no second event while this one runs (a nested event loop)
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        if (const auto again = m_timers.find(id); again != m_timers.end())
            again->running = false;
    }
    return fired;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watch &watch = m_watches[fd];
    QSocketNotifier *&slot = watch.notifiers[notifier->type()];
    if (slot && slot != notifier)
        qWarning("EpollEventDispatcher: a second socket notifier of one kind for socket %d replaces the first", fd);
    slot = notifier;
    m_changed.append(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end() || it->notifiers[notifier->type()] != notifier)
        return;
    it->notifiers[notifier->type()] = nullptr;
    if (it->events() == 0)
        forget(fd);
    else
        m_changed.append(fd);
}

void EpollEventDispatcher::forget(int fd)
{
    // At once, not at the next wait: the socket is about to be closed, and its number may come back
    // for a new one before then.
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // fails harmlessly when it was closed already
    m_watches.remove(fd);
}

void EpollEventDispatcher::applyWatchChanges()
{
    // Applied just before waiting, so that a socket's write notifier turned on and off again within
    // one pass (a reply written and flushed at once) costs no system call.
    for (const int fd : std::as_const(m_changed)) {
        const auto it = m_watches.find(fd);
        if (it == m_watches.end() || it->events() == it->inKernel)
            continue;
        epoll_event ev{};
        ev.events = it->events();
        ev.data.fd = fd;
        if (epoll_ctl(m_epoll, it->inKernel ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) < 0
            && epoll_ctl(m_epoll, errno == ENOENT ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev) < 0) {
            qWarning("EpollEventDispatcher: cannot watch socket %d: %s", fd, strerror(errno));
            continue;
        }
        it->inKernel = ev.events;
    }
    m_changed.clear();
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer &timer = m_timers[timerId];
    timer.object = object;
    timer.intervalMs = qMax<qint64>(0, interval);
    timer.type = timerType;
    schedule(timerId, timer, nowNs() + timer.intervalMs * kNsPerMs);
}

void EpollEventDispatcher::schedule(int timerId, Timer &timer, qint64 dueNs)
{
    m_due.erase({timer.dueNs, timerId});
    timer.dueNs = dueNs;
    m_due.insert({dueNs, timerId});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.constEnd())
        return false;
    m_due.erase({it->dueNs, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            m_due.erase({it->dueNs, it.key()});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            list.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.constEnd())
        return -1;
    return int(qMax<qint64>(0, it->dueNs - nowNs()) / kNsPerMs);
}

void EpollEventDispatcher::wakeUp()
{
    // This thread is not waiting while it posts: the next pass sees the flag and handles the event.
    // That saves the eventfd's write and read on every deleteLater() and queued call to itself.
    if (QThread::currentThread() == thread()) {
        m_postedHere = true;
        return;
    }
    // Many posts between two passes need one write: the pass that reads it handles them all.
    if (!m_wakeUpPending.exchange(true))
        eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

QAbstractEventDispatcher *createSocketEventDispatcher()
{
    return new EpollEventDispatcher;
}

} // namespace cj::platform

#else

namespace cj::platform {

QAbstractEventDispatcher *createSocketEventDispatcher()
{
    return nullptr;
}

} // namespace cj::platform

#endif

namespace cj::platform {

void useSocketEventDispatcher(QThread &thread)
{
    if (QAbstractEventDispatcher *dispatcher = createSocketEventDispatcher())
        thread.setEventDispatcher(dispatcher);
}

} // namespace cj::platform
