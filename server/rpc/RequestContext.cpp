#include "rpc/RequestContext.h"

#include "app/Clock.h"
#include "storage/AuditStore.h"

namespace cj::server {

void Effects::merge(const Effects &other)
{
    if (other.newCaller)
        newCaller = other.newCaller;
    endedSessions += other.endedSessions;
    changedUsers += other.changedUsers;
    subscribe += other.subscribe;
    unsubscribe += other.unsubscribe;
    publications += other.publications;
    afterCommit += other.afterCommit;
}

RequestContext::RequestContext(const protocol::Request &request, const Caller &caller,
                               const ConnectionInfo &connection, Db &db)
    : request(request)
    , caller(caller)
    , connection(connection)
    , db(db)
    , args(request.args)
{
}

void RequestContext::audit(const QString &entity, qint64 entityId, const QString &action, const QCborMap &oldValue,
                           const QCborMap &newValue, qint64 schoolId)
{
    AuditEntry entry;
    entry.schoolId = schoolId > 0 ? schoolId : caller.schoolId;
    entry.userId = caller.userId;
    entry.sessionId = caller.sessionId;
    entry.workstation = connection.workstation;
    entry.address = connection.address;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.action = action;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.opId = request.opId;
    entry.at = Clock::now();
    AuditStore::append(db, entry);
}

} // namespace cj::server
