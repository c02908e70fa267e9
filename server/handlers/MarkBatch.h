#pragma once

#include <QList>

#include "rpc/Dispatcher.h"

namespace cj::server {

// journal.setMarks for many cells at once, in one transaction with set-based statements: the
// morning peak's hot path. Each request is checked on its own by the same MarkRules as a single
// write and answered on its own; those that pass are written together and acknowledged only after
// the one commit. If the batch's transaction fails, every request is run again singly.
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
