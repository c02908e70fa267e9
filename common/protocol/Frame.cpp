#include "protocol/Frame.h"

#include <QtEndian>

namespace cj::protocol {

QByteArray encodeFrame(const QByteArray &payload)
{
    QByteArray frame(kFrameHeaderBytes, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

FrameReader::FrameReader(quint32 maxPayloadBytes)
    : m_max(maxPayloadBytes)
{
}

qsizetype FrameReader::wantedBytes() const
{
    if (m_broken)
        return 0;
    if (!m_haveHeader)
        return kFrameHeaderBytes - m_buffer.size();
    return qsizetype(m_length) - m_buffer.size();
}

void FrameReader::append(const QByteArray &bytes)
{
    if (!m_broken)
        m_buffer.append(bytes);
}

FrameReader::Status FrameReader::next(QByteArray *payload)
{
    if (m_broken)
        return m_length == 0 ? Status::Empty : Status::TooLarge;
    if (!m_haveHeader) {
        if (m_buffer.size() < kFrameHeaderBytes)
            return Status::NeedMore;
        m_length = qFromBigEndian<quint32>(m_buffer.constData());
        m_buffer.remove(0, kFrameHeaderBytes);
        m_haveHeader = true;
        if (m_length == 0) {
            m_broken = true;
            m_buffer.clear();
            return Status::Empty;
        }
        if (m_length > m_max) {
            m_broken = true;
            m_buffer.clear();
            return Status::TooLarge;
        }
        m_buffer.reserve(m_length);
    }
    if (m_buffer.size() < qsizetype(m_length))
        return Status::NeedMore;
    *payload = m_buffer.left(m_length);
    m_buffer.remove(0, m_length);
    m_haveHeader = false;
    m_length = 0;
    return Status::Frame;
}

} // namespace cj::protocol
