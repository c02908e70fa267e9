#pragma once

#include <QByteArray>
#include <QtGlobal>

#include "protocol/ProtocolVersion.h"

namespace cj::protocol {

// A frame is a 4-byte big-endian payload length followed by that many bytes of CBOR.
QByteArray encodeFrame(const QByteArray &payload);

// Incremental frame splitter. The length is checked the moment the 4 header bytes are in, so an
// oversized frame is refused before a single byte of its body is buffered.
class FrameReader
{
public:
    enum class Status {
        NeedMore,  // feed more bytes
        Frame,     // a complete payload was returned
        TooLarge,  // header announced more than the maximum; the stream cannot be resynchronised
        Empty,     // header announced a zero-length frame; same
    };

    explicit FrameReader(quint32 maxPayloadBytes = kDefaultMaxFrameBytes);

    // How many bytes the reader wants next (header remainder or body remainder). Callers read at most
    // this many from the socket, so memory never exceeds one frame.
    qsizetype wantedBytes() const;
    void append(const QByteArray &bytes);
    Status next(QByteArray *payload);

    bool isBroken() const { return m_broken; }
    quint32 announcedLength() const { return m_length; }
    quint32 maxPayloadBytes() const { return m_max; }
    // True when part of a frame has been received but not all of it (a truncated frame at close).
    bool hasPartialFrame() const { return !m_buffer.isEmpty() || m_haveHeader; }

private:
    quint32 m_max;
    QByteArray m_buffer;
    quint32 m_length = 0;
    bool m_haveHeader = false;
    bool m_broken = false;
};

} // namespace cj::protocol
