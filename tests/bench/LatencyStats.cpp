#include "LatencyStats.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cj::bench {

namespace {
template<typename T>
const std::vector<T> &listOf(const QMap<QString, std::vector<T>> &map, const QString &op)
{
    static const std::vector<T> none;
    const auto it = map.constFind(op);
    return it == map.cend() ? none : *it;
}
} // namespace

void LatencyStats::record(const QString &op, qint64 startNs, qint64 durationNs)
{
    m_samples[op].push_back(Sample{startNs, durationNs});
}

bool LatencyStats::writeSamples(const QString &op, const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QByteArray text;
    for (const Sample &s : listOf(m_samples, op))
        text += QByteArray::number(s.startNs) + ' ' + QByteArray::number(s.durationNs) + '\n';
    return file.write(text) == text.size();
}

void LatencyStats::error(const QString &op, qint64 startNs, const QString &code)
{
    m_errors[op].push_back(Failure{startNs, code});
}

void LatencyStats::merge(const LatencyStats &other)
{
    for (auto it = other.m_samples.cbegin(); it != other.m_samples.cend(); ++it) {
        std::vector<Sample> &mine = m_samples[it.key()];
        mine.insert(mine.end(), it->cbegin(), it->cend());
    }
    for (auto it = other.m_errors.cbegin(); it != other.m_errors.cend(); ++it) {
        std::vector<Failure> &mine = m_errors[it.key()];
        mine.insert(mine.end(), it->cbegin(), it->cend());
    }
}

void LatencyStats::clear()
{
    m_samples.clear();
    m_errors.clear();
}

double LatencyStats::percentile(std::vector<qint64> &sortedNs, double p)
{
    if (sortedNs.empty())
        return 0;
    // Nearest rank: the smallest value with at least p % of the samples at or below it.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sortedNs.size())));
    return double(sortedNs[size_t(qBound<qsizetype>(1, rank, qsizetype(sortedNs.size())) - 1)]) / 1e6;
}

OpSummary LatencyStats::summary(const QString &op, qint64 fromNs, qint64 toNs) const
{
    OpSummary s;
    s.op = op;
    std::vector<qint64> durations;
    for (const Sample &sample : listOf(m_samples, op)) {
        if (sample.startNs >= fromNs && sample.startNs < toNs)
            durations.push_back(sample.durationNs);
    }
    for (const Failure &f : listOf(m_errors, op)) {
        if (f.startNs >= fromNs && f.startNs < toNs)
            ++s.errors;
    }
    std::sort(durations.begin(), durations.end());
    s.count = qsizetype(durations.size());
    s.perSecond = toNs > fromNs ? double(s.count) / (double(toNs - fromNs) / 1e9) : 0;
    s.p50Ms = percentile(durations, 50);
    s.p95Ms = percentile(durations, 95);
    s.p99Ms = percentile(durations, 99);
    s.maxMs = durations.empty() ? 0 : double(durations.back()) / 1e6;
    return s;
}

QList<OpSummary> LatencyStats::summaries(qint64 fromNs, qint64 toNs) const
{
    QSet<QString> seen;
    QList<OpSummary> list;
    for (const QString &op : m_samples.keys() + m_errors.keys()) {
        if (seen.contains(op))
            continue;
        seen.insert(op);
        list.append(summary(op, fromNs, toNs));
    }
    std::sort(list.begin(), list.end(), [](const OpSummary &a, const OpSummary &b) { return a.op < b.op; });
    return list;
}

int LatencyStats::errorCount(qint64 fromNs, qint64 toNs) const
{
    int n = 0;
    for (const std::vector<Failure> &list : m_errors) {
        for (const Failure &f : list)
            n += f.startNs >= fromNs && f.startNs < toNs ? 1 : 0;
    }
    return n;
}

QStringList LatencyStats::errorLines(qint64 fromNs, qint64 toNs) const
{
    QStringList lines;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QMap<QString, int> byCode;
        for (const Failure &f : *it) {
            if (f.startNs >= fromNs && f.startNs < toNs)
                ++byCode[f.code];
        }
        for (auto code = byCode.cbegin(); code != byCode.cend(); ++code)
            lines.append(QStringLiteral("%1: %2 × %3").arg(it.key(), code.key()).arg(code.value()));
    }
    return lines;
}

qsizetype LatencyStats::completedIn(const QString &op, qint64 fromNs, qint64 toNs) const
{
    qsizetype n = 0;
    for (const Sample &s : listOf(m_samples, op)) {
        const qint64 end = s.startNs + s.durationNs;
        n += end >= fromNs && end < toNs ? 1 : 0;
    }
    return n;
}

} // namespace cj::bench
