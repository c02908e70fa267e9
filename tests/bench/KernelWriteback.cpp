#include "KernelWriteback.h"

#include <QStringList>

#include <algorithm>

#include "ProcessMeter.h"

namespace cj::bench {

namespace {
constexpr int kSampleMs = 100;
constexpr qint64 kWindowMs = 2000;
constexpr qint64 kBurstKb = 16 * 1024; // far above what the kernel's steady write-back moves in 2 s here

qint64 dirtyKb()
{
    return ProcessMeter::kilobytes(QStringLiteral("/proc/meminfo"), "Dirty:").value_or(-1);
}
} // namespace

KernelWriteback::KernelWriteback(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setInterval(kSampleMs);
    connect(&m_timer, &QTimer::timeout, this, &KernelWriteback::sample);
    if (dirtyKb() >= 0)
        m_timer.start();
}

void KernelWriteback::sample()
{
    const qint64 now = m_clock.elapsed();
    const qint64 dirty = dirtyKb();
    while (!m_recent.empty() && m_recent.front().first < now - kWindowMs)
        m_recent.pop_front();
    qint64 highest = dirty;
    for (const auto &[at, kb] : m_recent)
        highest = std::max(highest, kb);
    if (highest - dirty >= kBurstKb) {
        m_bursts.append(highest - dirty);
        m_recent.clear(); // the next burst is measured from here
    }
    m_recent.emplace_back(now, dirty);
}

QString KernelWriteback::take()
{
    if (m_bursts.isEmpty())
        return {};
    QStringList sizes;
    for (const qint64 kb : std::as_const(m_bursts))
        sizes.append(QStringLiteral("%1 MB").arg((kb + 512) / 1024));
    m_bursts.clear();
    return QStringLiteral("kernel wrote back %1 at once").arg(sizes.join(QStringLiteral(", ")));
}

} // namespace cj::bench
