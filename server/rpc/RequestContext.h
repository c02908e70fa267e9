#pragma once

#include <QCborMap>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

#include "protocol/ArgReader.h"
#include "protocol/Envelope.h"
#include "rpc/Caller.h"

namespace cj::server {

class Db;

// The connection a request arrived on.
struct ConnectionInfo {
    quint64 connectionId = 0;
    QString address;
    QString workstation;
};

// A server push addressed to everyone subscribed to a topic (e.g. one journal page).
struct Publication {
    QString topic;
    protocol::Event event;
};

// What a handler asks of the network side beyond its reply. Applied on the network thread, and
// only after the request's transaction has committed.
struct Effects {
    std::optional<Caller> newCaller; // login, resume, logout (an empty Caller logs the connection out)
    QList<qint64> endedSessions;     // disconnect these sessions
    QList<qint64> changedUsers;      // reload these users' roles on their connections
    QStringList subscribe;           // topics this connection now follows
    QStringList unsubscribe;
    QList<Publication> publications;
    QList<std::function<void()>> afterCommit; // run on the worker once the transaction committed

    void merge(const Effects &other);
};

// Everything a handler needs: the request, who sent it, its connection, the thread's database, and a
// place to leave effects. Handlers read arguments through args, which names the field on a type error.
class RequestContext
{
public:
    RequestContext(const protocol::Request &request, const Caller &caller, const ConnectionInfo &connection, Db &db);

    const protocol::Request &request;
    const Caller &caller;
    const ConnectionInfo &connection;
    Db &db;
    protocol::ArgReader args;
    Effects effects;

    // Appends to the audit log inside the request's transaction.
    void audit(const QString &entity, qint64 entityId, const QString &action, const QCborMap &oldValue,
               const QCborMap &newValue, qint64 schoolId = 0);
};

} // namespace cj::server
