// classjournal-bench: the benchmark and load tool (docs/benchmarks.md). The logic is in cj_bench.
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

#include "BenchOptions.h"
#include "BenchRun.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The client library pins server certificates in its settings: keep the benchmark's apart.
    QCoreApplication::setOrganizationName(QStringLiteral("ClassJournal"));
    QCoreApplication::setApplicationName(QStringLiteral("classjournal-bench"));
    // The private cluster's log and the client library's notes would drown the progress lines.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("cj.*.info=false"));
    cj::bench::BenchOptions options;
    QString message;
    if (!cj::bench::BenchOptions::parse(QCoreApplication::arguments(), &options, &message)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return message.startsWith(QStringLiteral("Usage")) ? 0 : 2;
    }
    return cj::bench::BenchRun(options).exec();
}
