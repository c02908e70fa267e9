#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <vector>

namespace cj::bench {

// Summary of one operation's latencies.
struct OpSummary {
    QString op;
    qsizetype count = 0;
    double perSecond = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    int errors = 0;
};

// Latencies of requests by operation, as (start, duration) pairs so a phase can keep only those that
// started inside its measurement window, and the errors by operation and code. Not thread-safe: one
// per client thread, merged at the end of a phase.
class LatencyStats
{
public:
    void record(const QString &op, qint64 startNs, qint64 durationNs);
    void error(const QString &op, qint64 startNs, const QString &code);
    void merge(const LatencyStats &other);
    void clear();

    // The requests that started in [fromNs, toNs): throughput over that window and percentiles.
    OpSummary summary(const QString &op, qint64 fromNs, qint64 toNs) const;
    QList<OpSummary> summaries(qint64 fromNs, qint64 toNs) const; // every operation, by name
    int errorCount(qint64 fromNs, qint64 toNs) const;
    // "op: code × n" lines for the errors in the window.
    QStringList errorLines(qint64 fromNs, qint64 toNs) const;
    // Requests that completed in the window (for achieved throughput in the open loop).
    qsizetype completedIn(const QString &op, qint64 fromNs, qint64 toNs) const;
    // One line per request of the operation, "start duration" in nanoseconds of monotonicNs(): to
    // see whether a tail is spread over a step or one stall (docs/benchmarks.md, "Profiling").
    bool writeSamples(const QString &op, const QString &path) const;

    static double percentile(std::vector<qint64> &sortedNs, double p);

private:
    struct Sample {
        qint64 startNs;
        qint64 durationNs;
    };
    struct Failure {
        qint64 startNs;
        QString code;
    };
    QMap<QString, std::vector<Sample>> m_samples;
    QMap<QString, std::vector<Failure>> m_errors;
};

} // namespace cj::bench
