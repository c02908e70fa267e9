#include "ProcessMeter.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <sys/resource.h>
#include <unistd.h>

namespace cj::bench {

namespace {
// The fields of /proc/<pid>/stat after the command name (which may hold spaces): field 3 is [0].
QList<QByteArray> statFields(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : line.mid(close + 2).split(' ');
}

double ticksOf(const QList<QByteArray> &fields, qsizetype from, qsizetype to)
{
    static const double ticks = double(::sysconf(_SC_CLK_TCK));
    if (fields.size() <= to)
        return 0;
    double sum = 0;
    for (qsizetype i = from; i <= to; ++i)
        sum += fields[i].toDouble();
    return sum / ticks;
}

double cpuOf(const QList<QByteArray> &fields)
{
    return ticksOf(fields, 11, 12); // utime, stime
}

qint64 statusKb(qint64 pid, const QByteArray &key)
{
    return ProcessMeter::kilobytes(QStringLiteral("/proc/%1/status").arg(pid), key).value_or(0);
}
} // namespace

std::optional<qint64> ProcessMeter::kilobytes(const QString &procFile, const QByteArray &key)
{
    QFile f(procFile);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    // readAll, not atEnd(): /proc files report a size of 0.
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return std::nullopt;
}

double ProcessMeter::cpuSeconds(qint64 pid)
{
    return cpuOf(statFields(pid));
}

double ProcessMeter::treeCpuSeconds(qint64 parentPid)
{
    // utime, stime, and cutime, cstime: the children the parent has waited for.
    double sum = ticksOf(statFields(parentPid), 11, 14);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QList<QByteArray> fields = statFields(pid);
        if (fields.size() > 1 && fields[1].toLongLong() == parentPid)
            sum += cpuOf(fields);
    }
    return sum;
}

double ProcessMeter::endedChildrenCpuSeconds()
{
    rusage usage{};
    if (::getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return 0;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

qint64 ProcessMeter::rssBytes(qint64 pid)
{
    return 1024 * statusKb(pid, "VmRSS:");
}

qint64 ProcessMeter::peakRssBytes(qint64 pid)
{
    return 1024 * statusKb(pid, "VmHWM:");
}

CpuWindow::CpuWindow(qint64 pid, bool tree)
    : m_pid(pid)
    , m_tree(tree)
    , m_startCpu(tree ? ProcessMeter::treeCpuSeconds(pid) : ProcessMeter::cpuSeconds(pid))
    , m_startNs(monotonicNs())
{
}

double CpuWindow::seconds() const
{
    if (m_pid <= 0)
        return 0;
    return (m_tree ? ProcessMeter::treeCpuSeconds(m_pid) : ProcessMeter::cpuSeconds(m_pid)) - m_startCpu;
}

double CpuWindow::percentOfCore() const
{
    const double wall = double(monotonicNs() - m_startNs) / 1e9;
    return wall > 0 ? 100.0 * seconds() / wall : 0;
}

} // namespace cj::bench
