#pragma once

#include <QFlags>
#include <QString>

namespace cj::protocol {

// How a message may be used. PreAuth: accepted before login. Write: changes data, so it must carry
// an operation id and is applied exactly once. Event: pushed by the server, never requested.
enum class MessageFlag {
    None = 0,
    PreAuth = 1 << 0,
    Write = 1 << 1,
    Event = 1 << 2,
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

// Every message of the protocol, declared in this one list: the C++ name, the wire name, the flags.
// docs/protocol.md documents each one; tests/tst_messages checks the two agree.
#define CJ_MESSAGES(X) \
    /* handshake and session */ \
    X(Hello, "hello", PreAuth) \
    X(Ping, "ping", PreAuth) \
    X(AuthLogin, "auth.login", PreAuth) \
    X(AuthActivate, "auth.activate", PreAuth) \
    X(AuthResume, "auth.resume", PreAuth) \
    X(AuthLogout, "auth.logout", None) \
    X(AuthChangePassword, "auth.changePassword", Write) \
    X(SessionWhoAmI, "session.whoami", None) \
    /* accounts (admin) */ \
    X(UsersList, "users.list", None) \
    X(UsersGet, "users.get", None) \
    X(UsersCreate, "users.create", Write) \
    X(UsersUpdate, "users.update", Write) \
    X(UsersSetRoles, "users.setRoles", Write) \
    X(UsersIssueActivation, "users.issueActivation", Write) \
    X(UsersSetLocked, "users.setLocked", Write) \
    X(UsersClearLockout, "users.clearLockout", Write) \
    X(SessionsList, "sessions.list", None) \
    X(SessionsEnd, "sessions.end", Write) \
    X(LoginLogList, "loginLog.list", None) \
    /* server pushes */ \
    X(EventSessionEnded, "event.sessionEnded", Event) \
    X(EventServerShutdown, "event.serverShutdown", Event)

enum class MessageType {
    Invalid = 0,
#define CJ_X(name, wire, flags) name,
    CJ_MESSAGES(CJ_X)
#undef CJ_X
};

QString messageTypeName(MessageType type);
MessageType messageTypeFromName(const QString &name); // Invalid when unknown
MessageFlags messageFlags(MessageType type);
QList<MessageType> allMessageTypes();

inline bool isWrite(MessageType t) { return messageFlags(t).testFlag(MessageFlag::Write); }
inline bool isPreAuth(MessageType t) { return messageFlags(t).testFlag(MessageFlag::PreAuth); }
inline bool isEvent(MessageType t) { return messageFlags(t).testFlag(MessageFlag::Event); }

} // namespace cj::protocol
