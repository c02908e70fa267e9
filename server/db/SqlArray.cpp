#include "db/SqlArray.h"

#include <charconv>

#include "protocol/ArgReader.h"

namespace cj::server {

void SqlArray::separate()
{
    if (m_count++)
        m_items += ',';
}

SqlArray &SqlArray::add(qint64 value)
{
    separate();
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    m_items.append(digits, end - digits);
    return *this;
}

SqlArray &SqlArray::add(const std::optional<qint64> &value)
{
    return value ? add(*value) : addNull();
}

SqlArray &SqlArray::add(bool value)
{
    separate();
    m_items += value ? 't' : 'f';
    return *this;
}

SqlArray &SqlArray::add(const std::optional<bool> &value)
{
    return value ? add(*value) : addNull();
}

SqlArray &SqlArray::add(const QString &text)
{
    separate();
    m_items += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '\\' || c == '"')
            m_items += '\\';
        m_items += c;
    }
    m_items += '"';
    return *this;
}

SqlArray &SqlArray::add(const QDate &date)
{
    if (!date.isValid())
        return addNull();
    separate();
    m_items += protocol::dateToWire(date).toLatin1();
    return *this;
}

SqlArray &SqlArray::add(const QDateTime &moment)
{
    if (!moment.isValid())
        return addNull();
    const qint64 ms = moment.toMSecsSinceEpoch();
    if (ms != m_lastMomentMs) {
        m_lastMoment = protocol::dateTimeToWire(moment).toLatin1(); // ISO 8601 in UTC, with milliseconds
        m_lastMomentMs = ms;
    }
    separate();
    m_items += m_lastMoment;
    return *this;
}

SqlArray &SqlArray::addNull()
{
    separate();
    m_items += "NULL";
    return *this;
}

QVariant SqlArray::literal() const
{
    return QVariant::fromValue(SqlText{'{' + m_items + '}'});
}

} // namespace cj::server
