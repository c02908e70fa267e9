#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

namespace cj::test {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    if (isRunning())
        stop();
}

QString ServerProcess::binary()
{
    return QStringLiteral(CJ_SERVER_BINARY);
}

void ServerProcess::collect()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    m_output += QString::fromUtf8(m_process.readAllStandardOutput());
}

bool ServerProcess::start(const QStringList &arguments, int timeoutMs)
{
    QStringList args = arguments;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    if (!args.contains(QStringLiteral("--listen")))
        args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1");
    m_log.clear();
    // The server sets its own log rules; the test runner's must not silence it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    m_process.setProcessEnvironment(env);
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on [^ ]+:(\\d+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        collect();
        const auto match = listening.match(m_log);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.state() != QProcess::Running)
            return false;
    }
    return false;
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() != QProcess::Running)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    const bool finished = m_process.waitForFinished(timeoutMs);
    collect();
    if (!finished || m_process.exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process.exitCode();
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    collect();
}

QString ServerProcess::runOnce(const QStringList &arguments, int *code, QString *errors, int timeoutMs)
{
    QProcess process;
    process.start(binary(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *code = -1;
    } else {
        *code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace cj::test
