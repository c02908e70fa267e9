// libFuzzer target: arbitrary bytes through the frame reader (in arbitrary chunks), then every decoder
// the server and client run on a payload. Must never crash, hang or read out of bounds.
#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

#include "protocol/ArgReader.h"
#include "protocol/Envelope.h"
#include "protocol/Frame.h"

using namespace cj::protocol;

namespace {
void exerciseArgs(const QCborMap &args)
{
    ArgReader reader(args);
    for (const QCborValue &key : args.keys()) {
        const QString k = key.toString();
        try { reader.integer(k); } catch (const ArgumentError &) {}
        try { reader.string(k); } catch (const ArgumentError &) {}
        try { reader.date(k); } catch (const ArgumentError &) {}
        try { reader.dateTime(k); } catch (const ArgumentError &) {}
        try { reader.idList(k); } catch (const ArgumentError &) {}
        try { reader.stringList(k); } catch (const ArgumentError &) {}
        try { reader.reader(k).has(QStringLiteral("x")); } catch (const ArgumentError &) {}
        try { reader.number(k); } catch (const ArgumentError &) {}
        try { reader.boolean(k); } catch (const ArgumentError &) {}
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the chunk size, so splits are explored too.
    const int chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    FrameReader reader(64 * 1024);
    qsizetype at = 0;
    while (true) {
        QByteArray payload;
        const auto status = reader.next(&payload);
        if (status == FrameReader::Status::Frame) {
            auto request = decodeRequest(payload);
            if (auto *r = std::get_if<Request>(&request))
                exerciseArgs(r->args);
            decodeIncoming(payload);
            continue;
        }
        if (status != FrameReader::Status::NeedMore || at >= bytes.size())
            break;
        const qsizetype n = qMin<qsizetype>(qMin<qsizetype>(chunk, reader.wantedBytes()), bytes.size() - at);
        reader.append(bytes.mid(at, n));
        at += n;
    }
    // And the whole input as one payload, without framing.
    auto request = decodeRequest(bytes);
    if (auto *r = std::get_if<Request>(&request))
        exerciseArgs(r->args);
    decodeIncoming(bytes);
    return 0;
}
