#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/types.h>

#include <memory>

#include "db/DatabaseConfig.h"
#include "db/RelationWriteback.h"

namespace cj::server {

// A private PostgreSQL cluster in a directory of ours, reachable only through a Unix socket in that
// directory, run as our supervised child. When we are root it runs as an unprivileged user, because
// PostgreSQL refuses root. Used by the server's embedded mode and by the test harness.
class EmbeddedPostgres : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString clusterDir;          // created on first start
        QString binDir;              // empty: the newest /usr/lib/postgresql/*/bin
        QString osUser = QStringLiteral("postgres"); // used only when running as root
        QString databaseName = QStringLiteral("classjournal");
        int port = 5432;             // names the socket file only; nothing listens on TCP
        bool durable = true;         // false: fsync off (throwaway test clusters only)
        QStringList extraSettings;   // "name=value"
    };

    explicit EmbeddedPostgres(Options options, QObject *parent = nullptr);
    ~EmbeddedPostgres() override;

    static QString findBinDir();

    // Creates the cluster if needed, starts it, waits until it accepts connections and makes sure
    // the database exists. Returns false with a message on failure.
    bool start(QString *error);
    // Fast shutdown (SIGINT): in-flight transactions roll back, committed ones are on disk.
    void stop();
    bool isRunning() const;
    qint64 pid() const;

    DatabaseConfig connectionConfig() const;
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void crashed(); // the postmaster exited while we did not ask it to
    void restarted();

private:
    bool resolveUser(QString *error);
    bool prepareDirectory(QString *error);
    bool initdb(QString *error);
    bool stopStalePostmaster(QString *error);
    bool launch(QString *error);
    bool waitUntilReady(int timeoutMs, QString *error);
    bool createDatabase(QString *error);
    void configureChild(QProcess &process) const;
    void onFinished();

    Options m_options;
    QString m_binDir;
    QProcess *m_process = nullptr;
    bool m_stopping = false;
    bool m_dropPrivileges = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    int m_restarts = 0;
    std::unique_ptr<RelationWriteback> m_writeback; // durable clusters only
};

} // namespace cj::server
