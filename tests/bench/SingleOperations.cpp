#include "SingleOperations.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include "LatencyStats.h"
#include "ProcessMeter.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "protocol/ErrorCode.h"

namespace cj::bench {

using protocol::MessageType;

namespace {
constexpr int kSchoolRuns = 3;

// Evenly spread picks from a list, so a sample covers small and big classes alike.
QList<qint64> spread(const QList<qint64> &ids, int count)
{
    if (count <= 0 || count >= ids.size())
        return ids;
    QList<qint64> picked;
    for (int i = 0; i < count; ++i)
        picked.append(ids.at(qsizetype(i) * ids.size() / count));
    return picked;
}
} // namespace

SingleOperations::SingleOperations(quint16 port, SchoolSample sample, BenchOptions options)
    : m_port(port)
    , m_sample(std::move(sample))
    , m_options(std::move(options))
{
}

SingleOperations::~SingleOperations() = default;

bool SingleOperations::start(QString *error)
{
    m_client = std::make_unique<test::TestClient>(m_port);
    protocol::Error e;
    if (!m_client->open() || !m_client->login(m_sample.deputyLogin, BenchSchool::kPassword, &e)) {
        *error = QStringLiteral("the deputy cannot sign in: %1").arg(e.message);
        return false;
    }
    const protocol::Response r = m_client->call(
        MessageType::TestSetClock, QCborMap{{QStringLiteral("date"), m_options.date.toString(Qt::ISODate)}, {QStringLiteral("time"), QStringLiteral("08:30")}});
    if (!r.ok) {
        *error = QStringLiteral("test.setClock: %1").arg(r.error.message);
        return false;
    }
    return true;
}

Timing SingleOperations::repeat(int runs, const std::function<bool(int, QString *)> &operation)
{
    Timing t;
    std::vector<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QString error;
        const qint64 start = monotonicNs();
        const bool ok = operation(i, &error);
        const qint64 took = monotonicNs() - start;
        if (!ok && error == protocol::errorCodeName(protocol::ErrorCode::UnknownType)) {
            t.available = false;
            t.note = QStringLiteral("not on this server yet");
            return t;
        }
        if (!ok) {
            ++t.errors;
            if (t.firstError.isEmpty())
                t.firstError = error;
            continue;
        }
        times.push_back(took);
    }
    std::sort(times.begin(), times.end());
    t.runs = int(times.size());
    t.medianMs = LatencyStats::percentile(times, 50);
    t.maxMs = times.empty() ? 0 : double(times.back()) / 1e6;
    return t;
}

namespace {
// Waits in an event loop rather than TestClient::call's polling, which would take CPU from the server.
bool call(test::TestClient &client, MessageType type, const QCborMap &args, QString *error)
{
    protocol::Response response;
    QEventLoop loop;
    client.connection().call(type, args, &loop, [&](const protocol::Response &r) {
        response = r;
        loop.quit();
    }, 300000);
    loop.exec();
    if (!response.ok)
        *error = protocol::errorCodeName(response.error.code);
    return response.ok;
}
} // namespace

Timing SingleOperations::journalOpen()
{
    const QList<qint64> pages = spread(m_sample.assignmentIds, m_options.pageOpens);
    Timing t = repeat(int(pages.size()), [&](int i, QString *error) {
        const QCborMap args{{QStringLiteral("assignmentId"), pages[i]}};
        const bool ok = call(*m_client, MessageType::JournalOpen, args, error);
        QString ignored;
        call(*m_client, MessageType::JournalClose, args, &ignored); // not timed
        return ok;
    });
    t.note = QStringLiteral("%1 pages across the school, the current quarter").arg(pages.size());
    return t;
}

Timing SingleOperations::classStatement()
{
    const QList<qint64> classes = spread(m_sample.classIds, m_options.classStatements);
    QString ignored;
    call(*m_client, MessageType::ReportsProgressStatement, QCborMap{{QStringLiteral("classId"), classes.value(0)}}, &ignored);
    Timing t = repeat(int(classes.size()), [&](int i, QString *error) {
        return call(*m_client, MessageType::ReportsProgressStatement, QCborMap{{QStringLiteral("classId"), classes[i]}}, error);
    });
    if (t.available)
        t.note = QStringLiteral("reports.progressStatement, %1 classes one by one").arg(classes.size());
    return t;
}

Timing SingleOperations::allClassStatements()
{
    Timing t = repeat(1, [&](int, QString *error) {
        for (const qint64 id : m_sample.classIds) {
            if (!call(*m_client, MessageType::ReportsProgressStatement, QCborMap{{QStringLiteral("classId"), id}}, error))
                return false;
        }
        return true;
    });
    if (t.available)
        t.note = QStringLiteral("reports.progressStatement for all %1 classes in a row").arg(m_sample.classIds.size());
    return t;
}

Timing SingleOperations::schoolResults()
{
    Timing t = repeat(kSchoolRuns, [&](int, QString *error) {
        return call(*m_client, MessageType::ReportsSchoolResults, QCborMap{{QStringLiteral("periodNumber"), 1}}, error);
    });
    if (t.available)
        t.note = QStringLiteral("reports.schoolResults, first period, %1 students").arg(m_sample.students);
    return t;
}

Timing SingleOperations::printYearJournal(const QString &password)
{
    Timing t;
    const QString command = m_options.printCommand.isEmpty()
        ? QFileInfo(test::ServerProcess::binary()).dir().filePath(QStringLiteral("../client/classjournal-print"))
        : m_options.printCommand;
    if (!QFileInfo(command).isExecutable()) {
        t.available = false;
        t.note = QStringLiteral("classjournal-print is not built on this branch yet");
        return t;
    }
    QTemporaryDir out;
    QProcess print;
    print.setProcessChannelMode(QProcess::MergedChannels);
    // Its own settings: it trusts this run's new certificate on first use, not a pin from an earlier run.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), out.path());
    print.setProcessEnvironment(env);
    const qint64 start = monotonicNs();
    print.start(command, {QStringLiteral("class-journal"), QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                          QStringLiteral("--login"), m_sample.deputyLogin, QStringLiteral("--password"), password,
                          QStringLiteral("--class"), QString::number(m_sample.classIds.value(m_sample.classIds.size() / 2)),
                          QStringLiteral("--output"), out.filePath(QStringLiteral("journal.pdf"))});
    // Peak memory by sampling the high-water mark while it runs (it is gone once it exits).
    const QDeadlineTimer deadline(600000);
    while (print.state() != QProcess::NotRunning && !print.waitForFinished(10) && !deadline.hasExpired())
        t.peakBytes = qMax(t.peakBytes, ProcessMeter::peakRssBytes(print.processId()));
    t.medianMs = t.maxMs = double(monotonicNs() - start) / 1e6;
    if (print.exitStatus() != QProcess::NormalExit || print.exitCode() != 0) {
        t.errors = 1;
        t.firstError = QString::fromLocal8Bit(print.readAll()).right(300);
        return t;
    }
    t.runs = 1;
    t.note = QStringLiteral("the year journal of one class to PDF, %1 KiB")
                 .arg(QFileInfo(out.filePath(QStringLiteral("journal.pdf"))).size() / 1024);
    return t;
}

} // namespace cj::bench
