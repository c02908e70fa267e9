#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <vector>

#include "handlers/MarkBatch.h"

namespace cj::server {

// Group commit for the hottest write, journal.setMarks: requests that arrive while a batch is being
// written wait and then go together in the next one, so one commit (one WAL flush) acknowledges many
// marks. Each answer still goes out only after its batch committed. Batches form by themselves under
// load and hold a single request when it is quiet. Writes go to a few lanes, each with its own writer
// thread, by their lesson: a cell always goes to the same lane, so two writes to one cell keep their
// order and lanes never wait for each other's rows, while one lane's commit overlaps another's work.
// A connection may have several saves to one lesson here (ClientConnection): they are written and
// answered in the order sent.
// A lane that marks reach at least once a millisecond waits for more before it takes a batch (as
// PostgreSQL's commit_delay does when others are committing), until eight are there or its oldest
// mark has been waiting two milliseconds, counting its wait behind the batch before: each commit
// then serves more marks, and a commit (its WAL flush above all) costs the database far more than a
// mark does; a quiet lane (the morning peak's 150 marks a second over two lanes) never waits.
class WriteBatcher
{
public:
    using Done = std::function<void(const Dispatcher::Outcome &)>;
    using Cell = std::pair<qint64, qint64>; // lesson, student

    explicit WriteBatcher(int lanes = 2, int maxBatch = 512);
    ~WriteBatcher();

    static bool accepts(protocol::MessageType type);
    // The cell a request accepted here writes (zeros where its arguments do not say: the batch refuses it).
    static Cell cellOf(const protocol::Request &request);
    // `done` runs on `receiver`'s thread once the request's batch has committed (or failed).
    void submit(QObject *receiver, const protocol::Request &request, Cell cell, const Caller &caller,
                const ConnectionInfo &connection, Done done);
    void stop(); // writes what is queued, then ends the threads

private:
    struct Pending {
        MarkBatch::Item item;
        Cell cell;
        QObject *receiver = nullptr;
        Done done;
        QDeadlineTimer gatherBy; // two milliseconds after it arrived
    };
    struct Lane {
        QMutex mutex;
        QWaitCondition wake;
        QList<Pending> queue;
        bool stopping = false;
        bool gathering = false;     // waiting for more marks: an arrival need not wake the writer
        int arrivedSinceTake = 0;   // the arrival rate over the last batch's cycle ...
        QElapsedTimer sinceTake;    // ... decides whether the next batch waits
        std::unique_ptr<QThread> thread;
    };
    void loop(Lane &lane);
    QList<Pending> takeBatch(Lane &lane);

    const int m_maxBatch;
    std::vector<std::unique_ptr<Lane>> m_lanes;
};

} // namespace cj::server
