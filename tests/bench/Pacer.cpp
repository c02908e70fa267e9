#include "Pacer.h"

#include <QSocketNotifier>

#include <sys/timerfd.h>
#include <unistd.h>

#include "BenchClock.h"

namespace cj::bench {

Pacer::Pacer(QObject *parent)
    : QObject(parent)
    , m_fd(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC))
{
    if (m_fd < 0)
        qFatal("timerfd_create failed");
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Pacer::runDue);
}

Pacer::~Pacer()
{
    delete m_notifier;
    ::close(m_fd);
}

void Pacer::at(qint64 dueNs, std::function<void()> job)
{
    const bool first = m_jobs.empty() || dueNs < m_jobs.begin()->first;
    m_jobs.emplace(dueNs, std::move(job));
    if (first)
        arm();
}

void Pacer::runDue()
{
    quint64 expirations = 0;
    [[maybe_unused]] const ssize_t n = ::read(m_fd, &expirations, sizeof expirations);
    const qint64 now = monotonicNs();
    // Jobs may add jobs; those due already run in this pass too.
    while (!m_jobs.empty() && m_jobs.begin()->first <= now) {
        std::function<void()> job = std::move(m_jobs.begin()->second);
        m_jobs.erase(m_jobs.begin());
        job();
    }
    arm();
}

void Pacer::arm()
{
    itimerspec spec{};
    if (!m_jobs.empty()) {
        // An absolute time of zero would disarm the timer: a job due "at 0" runs at the next nanosecond.
        const qint64 due = qMax<qint64>(1, m_jobs.begin()->first);
        spec.it_value.tv_sec = due / 1000000000;
        spec.it_value.tv_nsec = due % 1000000000;
    }
    timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &spec, nullptr);
}

} // namespace cj::bench
