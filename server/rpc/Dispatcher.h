#pragma once

#include <QCborMap>

#include <optional>

#include "domain/Role.h"
#include "protocol/Envelope.h"
#include "rpc/Caller.h"
#include "rpc/RequestContext.h"

namespace cj::server {

class RequestContext;
using Handler = QCborMap (*)(RequestContext &);

// Which handler answers a message and who may send it. Empty roles: any signed-in account (finer
// rules, such as "only their own class", live in the handler's rules). PreAuth comes from the
// message's flags in common/protocol/MessageType.h.
struct Route {
    Handler handler = nullptr;
    Roles roles;
};

// The one place every request is dispatched from: the route table, the session/role gate, the
// transaction and exactly-once wrapper for writes, and error mapping.
class Dispatcher
{
public:
    struct Outcome {
        protocol::Response response;
        Effects effects;
    };

    static const Route *route(protocol::MessageType type);

    // Quick gate on the network thread, before a request is queued: known route, signed in, role.
    static std::optional<protocol::Error> admit(const protocol::Request &request, const Caller &caller);

    // Runs on a worker thread with that thread's database connection. reloadCaller: the account's
    // roles changed since the connection cached them.
    static Outcome execute(const protocol::Request &request, Caller caller, bool reloadCaller,
                           const ConnectionInfo &connection);
};

} // namespace cj::server
