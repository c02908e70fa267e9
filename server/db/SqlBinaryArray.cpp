#include "db/SqlBinaryArray.h"

#include <QtEndian>

namespace cj::server {

namespace {
// PostgreSQL's timestamps count microseconds from 2000-01-01 00:00 UTC.
constexpr qint64 kPostgresEpochMs = 946684800000;

void appendInt32(QByteArray &out, qint32 value)
{
    const qint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
}
} // namespace

SqlBinaryArray::SqlBinaryArray(Element element)
    : m_element(element)
{
}

void SqlBinaryArray::append(const void *bigEndian, qint32 size)
{
    appendInt32(m_items, size);
    m_items.append(static_cast<const char *>(bigEndian), size);
    ++m_count;
}

SqlBinaryArray &SqlBinaryArray::add(qint64 value)
{
    switch (m_element) {
    case Element::BigInt: {
        const qint64 big = qToBigEndian(value);
        append(&big, sizeof big);
        break;
    }
    case Element::Int: {
        const qint32 big = qToBigEndian(qint32(value));
        append(&big, sizeof big);
        break;
    }
    case Element::SmallInt: {
        const qint16 big = qToBigEndian(qint16(value));
        append(&big, sizeof big);
        break;
    }
    default:
        qFatal("SqlBinaryArray: an integer added to an array of another type");
    }
    return *this;
}

SqlBinaryArray &SqlBinaryArray::add(const std::optional<qint64> &value)
{
    return value ? add(*value) : addNull();
}

SqlBinaryArray &SqlBinaryArray::add(bool value)
{
    if (m_element != Element::Boolean)
        qFatal("SqlBinaryArray: a boolean added to an array of another type");
    const char byte = value ? 1 : 0;
    append(&byte, 1);
    return *this;
}

SqlBinaryArray &SqlBinaryArray::add(const std::optional<bool> &value)
{
    return value ? add(*value) : addNull();
}

SqlBinaryArray &SqlBinaryArray::add(const QString &text)
{
    return addUtf8(text.toUtf8());
}

SqlBinaryArray &SqlBinaryArray::addUtf8(const QByteArray &utf8)
{
    if (m_element != Element::Text)
        qFatal("SqlBinaryArray: text added to an array of another type");
    append(utf8.constData(), qint32(utf8.size()));
    return *this;
}

SqlBinaryArray &SqlBinaryArray::addBytes(const QByteArray &bytes)
{
    if (m_element != Element::Bytea)
        qFatal("SqlBinaryArray: bytes added to an array of another type");
    append(bytes.constData(), qint32(bytes.size()));
    return *this;
}

SqlBinaryArray &SqlBinaryArray::add(const QDateTime &moment)
{
    if (m_element != Element::TimestampTz)
        qFatal("SqlBinaryArray: a moment added to an array of another type");
    if (!moment.isValid())
        return addNull();
    const qint64 big = qToBigEndian((moment.toMSecsSinceEpoch() - kPostgresEpochMs) * 1000);
    append(&big, sizeof big);
    return *this;
}

SqlBinaryArray &SqlBinaryArray::addNull()
{
    appendInt32(m_items, -1);
    ++m_count;
    m_hasNull = true;
    return *this;
}

QVariant SqlBinaryArray::param() const
{
    // Dimensions, whether any element is NULL, the element type, then each dimension's length and
    // lower bound: an empty array has no dimension.
    QByteArray bytes;
    bytes.reserve(20 + m_items.size());
    appendInt32(bytes, m_count > 0 ? 1 : 0);
    appendInt32(bytes, m_hasNull ? 1 : 0);
    appendInt32(bytes, qint32(m_element));
    if (m_count > 0) {
        appendInt32(bytes, m_count);
        appendInt32(bytes, 1);
    }
    bytes += m_items;
    return QVariant::fromValue(SqlBinary{bytes});
}

} // namespace cj::server
