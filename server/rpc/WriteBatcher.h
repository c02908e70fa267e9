#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>

#include "handlers/MarkBatch.h"

namespace cj::server {

// Group commit for the hottest write, journal.setMarks: requests that arrive while a batch is being
// written wait and then go together in the next one, so one commit (one WAL flush) acknowledges many
// marks. Each answer still goes out only after its batch committed. One writer thread keeps lock
// order simple; batches form by themselves under load and hold a single request when it is quiet.
class WriteBatcher
{
public:
    using Done = std::function<void(const Dispatcher::Outcome &)>;

    explicit WriteBatcher(int maxBatch = 512);
    ~WriteBatcher();

    static bool accepts(protocol::MessageType type);
    // `done` runs on `receiver`'s thread once the request's batch has committed (or failed).
    void submit(QObject *receiver, const protocol::Request &request, const Caller &caller, const ConnectionInfo &connection,
                Done done);
    void stop(); // writes what is queued, then ends the thread

private:
    struct Pending {
        MarkBatch::Item item;
        QObject *receiver = nullptr;
        Done done;
    };
    void loop();
    QList<Pending> takeBatch();

    const int m_maxBatch;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Pending> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cj::server
