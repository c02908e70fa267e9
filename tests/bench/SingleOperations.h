#pragma once

#include <QString>

#include <memory>

#include "BenchOptions.h"
#include "BenchSchool.h"

namespace cj::test {
class TestClient;
}

namespace cj::bench {

// One operation timed on the otherwise idle server: the median and the worst of its runs.
struct Timing {
    bool available = true; // false: the server (or the print command) does not have it yet
    int runs = 0;
    double medianMs = 0;
    double maxMs = 0;
    qint64 peakBytes = 0;  // for the print job: its peak resident memory
    QString note;
    int errors = 0;
    QString firstError;
};

// Single operations on the first generated school as the deputy sees them: opening journal pages,
// one class's summary statement, the whole school's results, every class's statement in a row, and
// printing a class's year journal to PDF with classjournal-print (wall time and peak memory).
class SingleOperations
{
public:
    SingleOperations(quint16 port, SchoolSample sample, BenchOptions options);
    ~SingleOperations();

    // Signs the deputy in and moves the server's clock to the simulated morning.
    bool start(QString *error);
    Timing journalOpen();
    Timing classStatement();
    Timing allClassStatements();
    Timing schoolResults();
    Timing printYearJournal(const QString &password);

private:
    Timing repeat(int runs, const std::function<bool(int run, QString *error)> &operation);

    quint16 m_port;
    SchoolSample m_sample;
    BenchOptions m_options;
    std::unique_ptr<test::TestClient> m_client;
};

} // namespace cj::bench
