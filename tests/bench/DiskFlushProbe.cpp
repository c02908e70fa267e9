#include "DiskFlushProbe.h"

#include <QFile>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

#include "BenchClock.h"

namespace cj::bench {

namespace {
constexpr int kEveryMs = 20;
constexpr qint64 kFileBytes = 1 << 20; // written round, a page at a time
constexpr qint64 kPageBytes = 8192;
} // namespace

DiskFlushProbe::DiskFlushProbe(const QString &dir, int slowMs)
    : m_path(dir + QStringLiteral("/disk-flush-probe"))
    , m_slowMs(slowMs)
    , m_fd(::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600))
{
    if (m_fd < 0)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("disk-flush-probe"));
    m_thread->start();
}

DiskFlushProbe::~DiskFlushProbe()
{
    if (m_thread) {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeAll();
        }
        m_thread->wait();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        QFile::remove(m_path);
    }
}

void DiskFlushProbe::run()
{
    const QByteArray page(kPageBytes, 'p');
    qint64 offset = 0;
    QMutexLocker lock(&m_mutex);
    while (!m_stopping) {
        lock.unlock();
        const qint64 start = monotonicNs();
        const bool written = ::pwrite(m_fd, page.constData(), size_t(page.size()), offset) == page.size()
            && ::fdatasync(m_fd) == 0;
        const qint64 took = monotonicNs() - start;
        offset = (offset + kPageBytes) % kFileBytes;
        lock.relock();
        if (!written)
            return;
        if (took >= m_slowMs * 1'000'000)
            m_slow.append((took + 500'000) / 1'000'000);
        m_wake.wait(&m_mutex, kEveryMs);
    }
}

QString DiskFlushProbe::take()
{
    QMutexLocker lock(&m_mutex);
    const QList<qint64> slow = std::exchange(m_slow, {});
    if (slow.isEmpty())
        return {};
    if (slow.size() == 1)
        return QStringLiteral("a disk flush took %1 ms").arg(slow.constFirst());
    if (slow.size() > 3) {
        return QStringLiteral("%1 disk flushes took %2 ms or more (the longest %3 ms)")
            .arg(slow.size())
            .arg(m_slowMs)
            .arg(*std::max_element(slow.cbegin(), slow.cend()));
    }
    QStringList took;
    for (const qint64 ms : slow)
        took.append(QString::number(ms));
    return QStringLiteral("disk flushes took %1 ms").arg(took.join(QStringLiteral(" ms, ")));
}

} // namespace cj::bench
