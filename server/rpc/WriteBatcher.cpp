#include "rpc/WriteBatcher.h"

#include <QSet>

#include "db/Db.h"

namespace cj::server {

WriteBatcher::WriteBatcher(int maxBatch)
    : m_maxBatch(maxBatch)
{
    m_thread.reset(QThread::create([this] { loop(); }));
    m_thread->setObjectName(QStringLiteral("mark-writer"));
    m_thread->start();
}

WriteBatcher::~WriteBatcher()
{
    stop();
}

bool WriteBatcher::accepts(protocol::MessageType type)
{
    return type == protocol::MessageType::JournalSetMarks;
}

void WriteBatcher::submit(QObject *receiver, const protocol::Request &request, const Caller &caller,
                          const ConnectionInfo &connection, Done done)
{
    Pending p;
    p.item.request = request;
    p.item.caller = caller;
    p.item.connection = connection;
    p.receiver = receiver;
    p.done = std::move(done);
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(p));
    m_wake.wakeOne();
}

void WriteBatcher::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

QList<WriteBatcher::Pending> WriteBatcher::takeBatch()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.isEmpty() && !m_stopping)
        m_wake.wait(&m_mutex);
    // Two writes to one cell (or one operation id) in a batch would not see each other: the second
    // waits for the next batch.
    QList<Pending> batch;
    QList<Pending> later;
    QSet<std::pair<qint64, qint64>> cells;
    QSet<QUuid> ops;
    for (Pending &p : m_queue) {
        const QCborMap &args = p.item.request.args;
        const std::pair<qint64, qint64> cell{protocol::intOr(args.value(QStringLiteral("lessonId"))),
                                             protocol::intOr(args.value(QStringLiteral("studentId")))};
        if (batch.size() >= m_maxBatch || cells.contains(cell) || ops.contains(p.item.request.opId)) {
            later.append(std::move(p));
            continue;
        }
        cells.insert(cell);
        ops.insert(p.item.request.opId);
        batch.append(std::move(p));
    }
    m_queue = std::move(later);
    return batch;
}

void WriteBatcher::loop()
{
    while (true) {
        QList<Pending> batch = takeBatch();
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
