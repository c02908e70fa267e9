#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QUuid>

#include <variant>

#include "protocol/ErrorCode.h"
#include "protocol/MessageType.h"

namespace cj::protocol {

// The three shapes a payload takes on the wire (docs/protocol.md, "Envelopes"):
//   request  {type, id, opId?, args?}              client -> server
//   response {type, id, ok: true,  result}         server -> client, echoing the request's id
//            {type, id, ok: false, error: {code, message, details?}}
//   event    {type, data}                          server -> client push, no id

struct Request {
    qint64 id = -1;
    MessageType type = MessageType::Invalid;
    QUuid opId; // writes only: a resend with the same id is applied once
    QCborMap args;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // English, for logs; clients show their own text chosen by code
    QCborMap details;
};

struct Response {
    qint64 id = -1;
    QString type; // wire name; may be unknown to the server, so kept as text
    bool ok = true;
    QCborMap result;
    // The result already encoded as a CBOR map, where the sender holds it encoded anyway (the bytes
    // recorded for resends): sent as is, in place of `result`.
    QByteArray encodedResult;
    Error error;
};

struct Event {
    MessageType type = MessageType::Invalid;
    QCborMap data;
    // The data already encoded as a CBOR map (a mark save's change, written with its answer's
    // bytes): sent as is, in place of `data`.
    QByteArray encodedData;
};

QByteArray encodeRequest(const Request &request);
QByteArray encodeResponse(const Response &response);
QByteArray encodeEvent(const Event &event);

Response okResponse(const Request &request, const QCborMap &result);
Response okResponse(const Request &request, QByteArray encodedResult);
Response errorResponse(qint64 id, const QString &type, const Error &error);

// A request that cannot be accepted, with whatever of its id and type could be read so the error
// reply can still be matched by the client.
struct DecodeFailure {
    qint64 id = -1;
    QString type;
    Error error;
};
std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &payload);

// Client side: a payload is either a response or an event.
struct DecodeIncomingFailure {
    QString message;
};
std::variant<Response, Event, DecodeIncomingFailure> decodeIncoming(const QByteArray &payload);

// Strict CBOR decoding of one payload: exactly one item, nothing after it.
bool decodeCborMap(const QByteArray &payload, QCborMap *map, QString *errorMessage);

} // namespace cj::protocol
