#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

#include "domain/Role.h"
#include "protocol/Envelope.h"

namespace cj::client {

class ServerConnection;

// The signed-in person as the server described them.
struct UserInfo {
    qint64 id = 0;
    qint64 schoolId = 0;
    QString login;
    QString fullName;
    QString shortName;
    QString schoolName;
    Roles roles;
    QList<qint64> classTeacherOf;
    // A parent's children (id, full name), when the server lists them ("children" in UserSelf).
    QList<QPair<qint64, QString>> children;

    bool has(Role role) const { return roles.testFlag(role); }
    bool isClassTeacher() const { return !classTeacherOf.isEmpty(); }
    static UserInfo fromCbor(const QCborMap &map);
};

// Signing in and staying signed in: password or activation code, then the session token (kept in
// memory only — staff-room PCs are shared) resumes the session after every reconnect.
class Session : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<protocol::Error> &)>;

    explicit Session(ServerConnection *connection, QObject *parent = nullptr);

    ServerConnection *connection() const { return m_connection; }
    bool isSignedIn() const { return m_user.id > 0; }
    const UserInfo &user() const { return m_user; }
    QDate serverToday() const { return m_today; }

    void login(const QString &login, const QString &password, Done done);
    void activate(const QString &login, const QString &code, const QString &newPassword, Done done);
    void logout();

Q_SIGNALS:
    void signedIn();
    void signedOut(const QString &reason);
    void resumed();

private:
    void onHandshake();
    void onEvent(const protocol::Event &event);
    void accept(const protocol::Response &response);
    void dropSession(const QString &reason);

    ServerConnection *m_connection;
    UserInfo m_user;
    QString m_token;
    QDate m_today;
};

} // namespace cj::client
