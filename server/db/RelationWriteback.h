#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

#include "db/DatabaseConfig.h"

class QThread;

namespace cj::server {

class Db;

// Starts the kernel's write-back of the embedded cluster's relation files every second. PostgreSQL
// 15 grows a table or index by writing a zero page through the page cache, and nothing asks the
// kernel to write those pages until a file's first one is 30 s old (vm.dirty_expire_centisecs);
// then a fast-growing table's pile (audit_log and applied_operations grow with every mark) goes at
// once, and every commit's WAL flush waits behind it: 40-100 ms stalls at the benchmark's rates
// (docs/benchmarks.md). Started each second, the write-back goes in small pieces, as PostgreSQL's
// own *_flush_after settings have it done for the pages it writes out of shared_buffers (PostgreSQL
// 16 extends with fallocate instead). Linux only; elsewhere it does nothing.
class RelationWriteback
{
public:
    RelationWriteback(QString clusterDir, DatabaseConfig database);
    ~RelationWriteback(); // stops the thread and closes the files

private:
    void run();
    void listFiles(Db &db);
    void closeFiles();

    const QString m_clusterDir;
    const DatabaseConfig m_database;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    QHash<QString, int> m_files; // path -> read-only descriptor; only the thread touches it
    std::unique_ptr<QThread> m_thread;
};

} // namespace cj::server
