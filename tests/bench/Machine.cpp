#include "Machine.h"

#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <sys/resource.h>

namespace cj::bench {

namespace {
QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString firstMatch(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).captured(1).trimmed();
}
} // namespace

int Machine::cpus()
{
    return QThread::idealThreadCount();
}

QString Machine::describe()
{
    const QString cpu = firstMatch(readFile(QStringLiteral("/proc/cpuinfo")), QStringLiteral("^model name\\s*:\\s*(.*)$"));
    const double ramGiB =
        firstMatch(readFile(QStringLiteral("/proc/meminfo")), QStringLiteral("^MemTotal:\\s*(\\d+)")).toDouble() / (1024.0 * 1024.0);
    const QString os = firstMatch(readFile(QStringLiteral("/etc/os-release")), QStringLiteral("^PRETTY_NAME=\"?([^\"\\n]*)"));
    return QStringLiteral("%1 CPUs (%2), %3 GiB RAM, %4").arg(cpus()).arg(cpu).arg(ramGiB, 0, 'f', 1).arg(os);
}

double Machine::loadAverage()
{
    return readFile(QStringLiteral("/proc/loadavg")).section(QLatin1Char(' '), 0, 0).toDouble();
}

void Machine::raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace cj::bench
