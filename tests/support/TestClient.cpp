#include "TestClient.h"

#include <QCborArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTimer>

#include "protocol/ProtocolVersion.h"

namespace cj::test {

using protocol::MessageType;

std::unique_ptr<TestClient> signedIn(quint16 port, const QString &login, const QString &password)
{
    auto client = std::make_unique<TestClient>(port);
    if (!client->open() || !client->login(login, password))
        qFatal("%s cannot sign in", qPrintable(login));
    return client;
}

QString outcome(const protocol::Response &response)
{
    if (response.ok)
        return QStringLiteral("ok");
    const QString code = protocol::errorCodeName(response.error.code);
    const QString rule = response.error.details.value(QStringLiteral("rule")).toString();
    return rule.isEmpty() ? code : code + QLatin1Char(':') + rule;
}

QCborMap helloArgs()
{
    return QCborMap{{QStringLiteral("protocol"), protocol::kVersion},
                    {QStringLiteral("client"), QStringLiteral("test")},
                    {QStringLiteral("capabilities"), QCborArray::fromStringList(protocol::serverCapabilities())},
                    {QStringLiteral("workstation"), QStringLiteral("test-host")}};
}

TestClient::TestClient(quint16 port, const QString &host)
    : m_connection(new client::ServerConnection)
    , m_session(new client::Session(m_connection))
{
    m_connection->setEndpoint(host, port);
    // Each test server has its own certificate; a pin from an earlier run on this port is stale.
    m_connection->knownServers().forget(m_connection->endpoint());
    QObject::connect(m_connection, &client::ServerConnection::eventReceived, m_connection,
                     [this](const protocol::Event &e) { m_events.append(e); });
}

TestClient::~TestClient()
{
    delete m_session;
    delete m_connection;
}

bool TestClient::open(int timeoutMs)
{
    if (m_connection->isConnected())
        return true;
    m_connection->open();
    return waitForState(client::ServerConnection::State::Connected, timeoutMs);
}

bool TestClient::waitForState(client::ServerConnection::State state, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_connection->state() != state && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return m_connection->state() == state;
}

protocol::Response TestClient::call(MessageType type, const QCborMap &args, int timeoutMs, const QUuid &opId)
{
    protocol::Response response;
    bool done = false;
    m_connection->call(type, args, nullptr, [&](const protocol::Response &r) {
        response = r;
        done = true;
    }, timeoutMs, opId);
    QDeadlineTimer deadline(timeoutMs + 1000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!done) {
        response.ok = false;
        response.error.code = protocol::ErrorCode::Timeout;
        response.error.message = QStringLiteral("test client gave up waiting");
    }
    return response;
}

bool TestClient::login(const QString &login, const QString &password, protocol::Error *error)
{
    bool done = false;
    std::optional<protocol::Error> result;
    m_session->login(login, password, [&](const std::optional<protocol::Error> &e) {
        result = e;
        done = true;
    });
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (result && error)
        *error = *result;
    return done && !result;
}

QCborMap TestClient::resultOf(MessageType type, const QCborMap &args)
{
    const protocol::Response r = call(type, args);
    if (!r.ok)
        qWarning("%s failed: %s %s", qPrintable(protocol::messageTypeName(type)),
                 qPrintable(protocol::errorCodeName(r.error.code)), qPrintable(r.error.message));
    return r.ok ? r.result : QCborMap();
}

bool TestClient::waitForEvent(MessageType type, int timeoutMs, protocol::Event *event)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (m_events[i].type == type) {
                if (event)
                    *event = m_events[i];
                m_events.removeAt(i);
                return true;
            }
        }
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
}

RawClient::RawClient(quint16 port)
    : m_port(port)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket.setSslConfiguration(tls);
}

bool RawClient::open(int timeoutMs)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    return m_socket.waitForEncrypted(timeoutMs);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
    QDeadlineTimer deadline(5000);
    while (m_socket.bytesToWrite() > 0 && !deadline.hasExpired() && m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.waitForBytesWritten(50);
}

void RawClient::sendMap(const QCborMap &map)
{
    sendPayload(map.toCborValue().toCbor());
}

QCborMap RawClient::receive(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (m_socket.bytesAvailable() > 0)
            m_reader.append(m_socket.read(qMin<qint64>(m_reader.wantedBytes(), m_socket.bytesAvailable())));
        QByteArray payload;
        if (m_reader.next(&payload) == protocol::FrameReader::Status::Frame) {
            QCborMap map;
            QString error;
            protocol::decodeCborMap(payload, &map, &error);
            return map;
        }
        if (m_socket.bytesAvailable() > 0)
            continue;
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            return {};
        m_socket.waitForReadyRead(50);
    }
}

bool RawClient::waitForDisconnect(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        m_socket.waitForReadyRead(50);
        m_socket.readAll();
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace cj::test
