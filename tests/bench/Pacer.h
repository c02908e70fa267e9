#pragma once

#include <QObject>

#include <functional>
#include <map>

class QSocketNotifier;

namespace cj::bench {

// Runs jobs on its thread at the nanosecond they are due (monotonicNs), through one timerfd. Qt's
// timers (and platform::EpollEventDispatcher's) count whole milliseconds rounded up, so an open-loop
// save went out up to two milliseconds after it was due, and its latency, counted from when it was
// due, included that lateness of the tool.
class Pacer : public QObject
{
public:
    explicit Pacer(QObject *parent);
    ~Pacer() override;

    void at(qint64 dueNs, std::function<void()> job);

private:
    void runDue();
    void arm();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    std::multimap<qint64, std::function<void()>> m_jobs;
};

} // namespace cj::bench
