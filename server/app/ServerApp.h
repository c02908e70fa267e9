#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

#include "app/ServerConfig.h"

namespace cj::server {

class ConnectionHub;
class EmbeddedPostgres;
class Listener;
class UnixSignals;

// The daemon's life: database (private cluster or external), migrations, one-shot commands, TLS,
// listening, and an orderly shutdown on SIGTERM/SIGINT.
class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    // Returns a process exit code when done right away (commands, errors), or -1 when serving.
    int start();

private:
    int startServing();
    bool openDatabase(QString *error);
    int runCommands();
    void shutdown(int signal);

    ServerConfig m_config;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<EmbeddedPostgres> m_postgres;
    std::unique_ptr<ConnectionHub> m_hub;
    std::unique_ptr<Listener> m_listener;
    UnixSignals *m_signals = nullptr;
    bool m_stopping = false;
};

} // namespace cj::server
