#include "protocol/Envelope.h"

#include "protocol/ArgReader.h"
#include "protocol/CborBytes.h"

#include <QCborStreamReader>
#include <QCborValue>

namespace cj::protocol {

namespace {
const QString kType = QStringLiteral("type");
const QString kId = QStringLiteral("id");
const QString kOpId = QStringLiteral("opId");
const QString kArgs = QStringLiteral("args");
const QString kOk = QStringLiteral("ok");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");
const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");
const QString kDetails = QStringLiteral("details");
const QString kData = QStringLiteral("data");

// Ids are echoed to JSON-minded clients too, so keep them within the exactly representable range.
constexpr qint64 kMaxId = (qint64(1) << 53) - 1;

QCborMap errorToCbor(const Error &error)
{
    QCborMap map{{kCode, errorCodeName(error.code)}, {kMessage, error.message}};
    if (!error.details.isEmpty())
        map.insert(kDetails, error.details);
    return map;
}

// {type, id, ok: true, result} around the result's bytes: what encoding the whole map would give,
// without a map built for the envelope, and without decoding a result the sender holds encoded.
QByteArray encodeOk(const Response &response, const QByteArray &result)
{
    QByteArray out;
    out.reserve(32 + response.type.size() + result.size());
    CborBytes::appendHead(out, CborBytes::Map, 4);
    CborBytes::appendText(out, kType);
    CborBytes::appendText(out, response.type);
    CborBytes::appendText(out, kId);
    if (response.id < 0)
        out += CborBytes::kNull;
    else
        CborBytes::appendInteger(out, response.id);
    CborBytes::appendText(out, kOk);
    out += CborBytes::kTrue;
    CborBytes::appendText(out, kResult);
    out += result;
    return out;
}
} // namespace

bool decodeCborMap(const QByteArray &payload, QCborMap *map, QString *errorMessage)
{
    QCborStreamReader reader(payload);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        *errorMessage = QStringLiteral("invalid CBOR: %1").arg(reader.lastError().toString());
        return false;
    }
    if (reader.currentOffset() != payload.size()) {
        *errorMessage = QStringLiteral("trailing bytes after the CBOR item");
        return false;
    }
    if (!value.isMap()) {
        *errorMessage = QStringLiteral("payload is not a CBOR map");
        return false;
    }
    *map = value.toMap();
    return true;
}

QByteArray encodeRequest(const Request &request)
{
    // Pair by pair, as the answer's envelope: the bytes encoding the map would give, without the map.
    QByteArray out;
    out.reserve(64);
    CborBytes::appendHead(out, CborBytes::Map, 2 + !request.opId.isNull() + !request.args.isEmpty());
    CborBytes::appendText(out, kType);
    CborBytes::appendText(out, messageTypeName(request.type));
    CborBytes::appendText(out, kId);
    CborBytes::appendInteger(out, request.id);
    if (!request.opId.isNull()) {
        CborBytes::appendText(out, kOpId);
        CborBytes::appendText(out, request.opId.toString(QUuid::WithoutBraces));
    }
    if (!request.args.isEmpty()) {
        CborBytes::appendText(out, kArgs);
        out += CborBytes::of(request.args);
    }
    return out;
}

QByteArray encodeResponse(const Response &response)
{
    if (response.ok)
        return encodeOk(response, response.encodedResult.isEmpty() ? CborBytes::of(response.result) : response.encodedResult);
    const QCborMap map{{kType, response.type}, {kId, response.id < 0 ? QCborValue(nullptr) : QCborValue(response.id)},
                       {kOk, false}, {kError, errorToCbor(response.error)}};
    return CborBytes::of(map);
}

QByteArray encodeEvent(const Event &event)
{
    QByteArray out;
    out.reserve(32 + event.encodedData.size());
    CborBytes::appendHead(out, CborBytes::Map, 2);
    CborBytes::appendText(out, kType);
    CborBytes::appendText(out, messageTypeName(event.type));
    CborBytes::appendText(out, kData);
    out += event.encodedData.isEmpty() ? CborBytes::of(event.data) : event.encodedData;
    return out;
}

Response okResponse(const Request &request, const QCborMap &result)
{
    Response response;
    response.id = request.id;
    response.type = messageTypeName(request.type);
    response.result = result;
    return response;
}

Response okResponse(const Request &request, QByteArray encodedResult)
{
    Response response = okResponse(request, QCborMap());
    response.encodedResult = std::move(encodedResult);
    return response;
}

Response errorResponse(qint64 id, const QString &type, const Error &error)
{
    Response response;
    response.id = id;
    response.type = type;
    response.ok = false;
    response.error = error;
    return response;
}

std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &payload)
{
    DecodeFailure failure;
    failure.error.code = ErrorCode::Malformed;
    QCborMap map;
    if (!decodeCborMap(payload, &map, &failure.error.message))
        return failure;

    const QCborValue idValue = map.value(kId);
    if (idValue.isInteger() && idValue.toInteger() >= 0 && idValue.toInteger() <= kMaxId)
        failure.id = idValue.toInteger();
    const QCborValue typeValue = map.value(kType);
    if (typeValue.isString())
        failure.type = typeValue.toString();

    if (failure.id < 0) {
        failure.error.message = QStringLiteral("'id' must be an unsigned integer below 2^53");
        return failure;
    }
    if (!typeValue.isString()) {
        failure.error.message = QStringLiteral("'type' must be a text string");
        return failure;
    }

    Request request;
    request.id = failure.id;
    request.type = messageTypeFromName(failure.type);
    if (request.type == MessageType::Invalid || isEvent(request.type)) {
        failure.error.code = ErrorCode::UnknownType;
        failure.error.message = QStringLiteral("unknown message type '%1'").arg(failure.type.left(100));
        return failure;
    }

    failure.error.code = ErrorCode::InvalidArgument;
    const QCborValue args = map.value(kArgs);
    if (args.isMap()) {
        request.args = args.toMap();
    } else if (!args.isUndefined() && !args.isNull()) {
        failure.error.message = QStringLiteral("'args' must be a map");
        failure.error.details.insert(QStringLiteral("field"), kArgs);
        return failure;
    }

    const QCborValue opId = map.value(kOpId);
    if (opId.isUuid())
        request.opId = opId.toUuid();
    else if (opId.isString())
        request.opId = QUuid::fromString(opId.toString());
    if (isWrite(request.type) && request.opId.isNull()) {
        failure.error.message = QStringLiteral("a write needs a non-nil 'opId' (UUID)");
        failure.error.details.insert(QStringLiteral("field"), kOpId);
        return failure;
    }
    return request;
}

std::variant<Response, Event, DecodeIncomingFailure> decodeIncoming(const QByteArray &payload)
{
    QCborMap map;
    DecodeIncomingFailure failure;
    if (!decodeCborMap(payload, &map, &failure.message))
        return failure;
    const QString type = map.value(kType).toString();
    if (map.contains(kData) && !map.contains(kId)) {
        Event event;
        event.type = messageTypeFromName(type);
        event.data = map.value(kData).toMap();
        return event;
    }
    Response response;
    response.type = type;
    response.id = intOr(map.value(kId), -1);
    response.ok = map.value(kOk).toBool(false);
    if (response.ok) {
        response.result = map.value(kResult).toMap();
    } else {
        const QCborMap error = map.value(kError).toMap();
        response.error.code = errorCodeFromName(error.value(kCode).toString());
        response.error.message = error.value(kMessage).toString();
        response.error.details = error.value(kDetails).toMap();
    }
    return response;
}

} // namespace cj::protocol
