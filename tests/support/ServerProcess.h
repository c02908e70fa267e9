#pragma once

#include <QProcess>
#include <QStringList>

namespace cj::test {

// The real classjournal-server binary, started for a test and stopped with SIGTERM.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Starts with the given extra arguments (port 0 unless one is given) and waits for "listening on".
    bool start(const QStringList &arguments, int timeoutMs = 60000);
    // SIGTERM, then waits; returns the exit code (or -1 on crash/timeout).
    int stop(int timeoutMs = 30000);
    void kill(); // SIGKILL, as a crash would
    // Runs the binary to completion (one-shot commands) and returns stdout; exit code in *code.
    static QString runOnce(const QStringList &arguments, int *code, QString *errors = nullptr, int timeoutMs = 120000);

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString log() const { return m_log; }
    QString output() const { return m_output; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    static QString binary();

private:
    void collect();

    QProcess m_process;
    QString m_log;
    QString m_output;
    quint16 m_port = 0;
};

} // namespace cj::test
