#include "core/Session.h"

#include <QCborArray>
#include <QLoggingCategory>

#include "core/ServerConnection.h"
#include "protocol/ArgReader.h"

Q_DECLARE_LOGGING_CATEGORY(lcConn)

namespace cj::client {

using protocol::ErrorCode;
using protocol::MessageType;

UserInfo UserInfo::fromCbor(const QCborMap &map)
{
    UserInfo u;
    u.id = protocol::intOr(map.value(QStringLiteral("id")));
    u.schoolId = protocol::intOr(map.value(QStringLiteral("schoolId")));
    u.login = map.value(QStringLiteral("login")).toString();
    u.fullName = map.value(QStringLiteral("fullName")).toString();
    u.shortName = map.value(QStringLiteral("shortName")).toString();
    u.schoolName = map.value(QStringLiteral("schoolName")).toString();
    QStringList roles;
    for (const QCborValue &v : map.value(QStringLiteral("roles")).toArray())
        roles.append(v.toString());
    u.roles = rolesFromNames(roles);
    for (const QCborValue &v : map.value(QStringLiteral("classTeacherOf")).toArray())
        u.classTeacherOf.append(protocol::intOr(v));
    for (const QCborValue &v : map.value(QStringLiteral("children")).toArray()) {
        const QCborMap child = v.toMap();
        u.children.append({protocol::intOr(child.value(QStringLiteral("id"))), child.value(QStringLiteral("fullName")).toString()});
    }
    return u;
}

Session::Session(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(m_connection, &ServerConnection::handshakeCompleted, this, &Session::onHandshake);
    connect(m_connection, &ServerConnection::eventReceived, this, &Session::onEvent);
}

void Session::accept(const protocol::Response &response)
{
    m_token = response.result.value(QStringLiteral("token")).toString();
    m_user = UserInfo::fromCbor(response.result.value(QStringLiteral("user")).toMap());
    m_today = QDate::fromString(response.result.value(QStringLiteral("today")).toString(), Qt::ISODate);
    m_connection->setHoldRequests(false);
}

void Session::login(const QString &login, const QString &password, Done done)
{
    m_connection->call(MessageType::AuthLogin,
                       QCborMap{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}}, this,
                       [this, done](const protocol::Response &r) {
                           if (!r.ok)
                               return done(r.error);
                           accept(r);
                           done(std::nullopt);
                           Q_EMIT signedIn();
                       });
}

void Session::activate(const QString &login, const QString &code, const QString &newPassword, Done done)
{
    m_connection->call(MessageType::AuthActivate,
                       QCborMap{{QStringLiteral("login"), login},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("newPassword"), newPassword}},
                       this, [this, done](const protocol::Response &r) {
                           if (!r.ok)
                               return done(r.error);
                           accept(r);
                           done(std::nullopt);
                           Q_EMIT signedIn();
                       });
}

void Session::logout()
{
    if (!isSignedIn())
        return;
    m_connection->call(MessageType::AuthLogout, {}, this, [](const protocol::Response &) {});
    dropSession(QStringLiteral("logout"));
}

void Session::onHandshake()
{
    if (m_token.isEmpty())
        return;
    // A reconnect: pick the session up again without asking for the password; other requests wait.
    m_connection->setHoldRequests(true);
    m_connection->call(MessageType::AuthResume, QCborMap{{QStringLiteral("token"), m_token}}, this,
                       [this](const protocol::Response &r) {
                           if (r.ok) {
                               accept(r);
                               Q_EMIT resumed();
                           } else if (r.error.code == ErrorCode::SessionInvalid || r.error.code == ErrorCode::AccountLocked) {
                               dropSession(QStringLiteral("expired"));
                           } else {
                               qCWarning(lcConn) << "resuming the session failed:" << r.error.message;
                               m_connection->setHoldRequests(false);
                           }
                       });
}

void Session::onEvent(const protocol::Event &event)
{
    if (event.type == MessageType::EventSessionEnded)
        dropSession(event.data.value(QStringLiteral("reason")).toString());
}

void Session::dropSession(const QString &reason)
{
    const bool was = isSignedIn();
    m_token.clear();
    m_user = UserInfo{};
    m_connection->setHoldRequests(false);
    if (was)
        Q_EMIT signedOut(reason);
}

} // namespace cj::client
