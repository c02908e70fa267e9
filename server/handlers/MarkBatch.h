#pragma once

#include <QList>

#include "rpc/Dispatcher.h"

namespace cj::server {

// journal.setMarks for many cells at once: the morning peak's hot path. One set-based read, then
// each request is checked on its own by the same MarkRules as a single write and answered on its
// own; those that pass are written together by one statement (marks, audit rows and operation
// records: one transaction) and acknowledged only after its commit. If the batch fails, every
// request is run again singly.
class MarkBatch
{
public:
    struct Item {
        protocol::Request request;
        Caller caller;
        ConnectionInfo connection;
        Dispatcher::Outcome outcome;
        bool done = false;
    };

    static void run(QList<Item> &items);

private:
    static void runTogether(QList<Item> &items);
};

} // namespace cj::server
