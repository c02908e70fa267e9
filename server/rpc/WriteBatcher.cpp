#include "rpc/WriteBatcher.h"

#include <QDeadlineTimer>
#include <QSet>

#include <chrono>

#include "db/Db.h"

namespace cj::server {

namespace {
constexpr std::chrono::microseconds kGather{4000}; // the longest a mark waits for company
constexpr double kGatherFromPerMs = 1.0;           // lanes slower than this do not wait
constexpr qsizetype kGatherEnough = 32;            // a batch this big shares its commit well enough
} // namespace

WriteBatcher::WriteBatcher(int lanes, int maxBatch)
    : m_maxBatch(maxBatch)
{
    for (int i = 0; i < qMax(1, lanes); ++i) {
        auto lane = std::make_unique<Lane>();
        Lane *l = lane.get();
        lane->thread.reset(QThread::create([this, l] { loop(*l); }));
        lane->thread->setObjectName(QStringLiteral("mark-writer-%1").arg(i));
        lane->thread->start();
        m_lanes.push_back(std::move(lane));
    }
}

WriteBatcher::~WriteBatcher()
{
    stop();
}

bool WriteBatcher::accepts(protocol::MessageType type)
{
    return type == protocol::MessageType::JournalSetMarks;
}

WriteBatcher::Cell WriteBatcher::cellOf(const protocol::Request &request)
{
    return {protocol::intOr(request.args.value(QStringLiteral("lessonId"))),
            protocol::intOr(request.args.value(QStringLiteral("studentId")))};
}

void WriteBatcher::submit(QObject *receiver, const protocol::Request &request, Cell cell, const Caller &caller,
                          const ConnectionInfo &connection, Done done)
{
    Pending p;
    p.item.request = request;
    p.cell = cell;
    p.item.caller = caller;
    p.item.connection = connection;
    p.receiver = receiver;
    p.done = std::move(done);
    p.gatherBy = QDeadlineTimer(kGather, Qt::PreciseTimer);
    Lane &lane = *m_lanes[size_t(quint64(cell.first) % m_lanes.size())];
    QMutexLocker lock(&lane.mutex);
    lane.queue.append(std::move(p));
    ++lane.arrivedSinceTake;
    if (!lane.gathering || lane.queue.size() >= kGatherEnough)
        lane.wake.wakeOne();
}

void WriteBatcher::stop()
{
    for (const auto &lane : m_lanes) {
        QMutexLocker lock(&lane->mutex);
        lane->stopping = true;
        lane->wake.wakeAll();
    }
    for (const auto &lane : m_lanes)
        lane->thread->wait();
}

QList<WriteBatcher::Pending> WriteBatcher::takeBatch(Lane &lane)
{
    QMutexLocker lock(&lane.mutex);
    while (lane.queue.isEmpty() && !lane.stopping)
        lane.wake.wait(&lane.mutex);
    const double perMs = lane.sinceTake.isValid()
        ? lane.arrivedSinceTake * 1e6 / double(qMax<qint64>(1, lane.sinceTake.nsecsElapsed()))
        : 0;
    if (perMs >= kGatherFromPerMs && !lane.stopping) {
        lane.gathering = true;
        const QDeadlineTimer until = lane.queue.constFirst().gatherBy;
        while (lane.queue.size() < kGatherEnough && !lane.stopping && !until.hasExpired())
            lane.wake.wait(&lane.mutex, until);
        lane.gathering = false;
    }
    lane.sinceTake.start();
    lane.arrivedSinceTake = 0;
    // Two writes to one cell (or one operation id) in a batch would not see each other: the second
    // waits for the next batch, and so does everything its connection sent after it (a connection
    // may have several saves here, and they are answered in the order sent).
    QList<Pending> batch;
    QList<Pending> later;
    QSet<Cell> cells;
    QSet<QUuid> ops;
    QSet<QObject *> held;
    for (Pending &p : lane.queue) {
        if (batch.size() >= m_maxBatch || cells.contains(p.cell) || ops.contains(p.item.request.opId)
            || held.contains(p.receiver)) {
            held.insert(p.receiver);
            later.append(std::move(p));
            continue;
        }
        cells.insert(p.cell);
        ops.insert(p.item.request.opId);
        batch.append(std::move(p));
    }
    lane.queue = std::move(later);
    return batch;
}

void WriteBatcher::loop(Lane &lane)
{
    Db::planOnceInThisThread();
    while (true) {
        QList<Pending> batch = takeBatch(lane);
        if (batch.isEmpty())
            break; // stopping, and nothing left
        QList<MarkBatch::Item> items;
        items.reserve(batch.size());
        for (Pending &p : batch)
            items.append(std::move(p.item));
        MarkBatch::run(items);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            Done done = std::move(batch[i].done);
            const Dispatcher::Outcome outcome = std::move(items[i].outcome);
            QMetaObject::invokeMethod(batch[i].receiver, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        }
    }
    Db::closeLocal();
}

} // namespace cj::server
