#include "db/SqlArray.h"

namespace cj::server {

void SqlArray::append(const QString &item)
{
    if (m_count++)
        m_items += QLatin1Char(',');
    m_items += item;
}

SqlArray &SqlArray::add(qint64 value)
{
    append(QString::number(value));
    return *this;
}

SqlArray &SqlArray::add(const std::optional<qint64> &value)
{
    return value ? add(*value) : addNull();
}

SqlArray &SqlArray::add(bool value)
{
    append(value ? QStringLiteral("t") : QStringLiteral("f"));
    return *this;
}

SqlArray &SqlArray::add(const std::optional<bool> &value)
{
    return value ? add(*value) : addNull();
}

SqlArray &SqlArray::add(const QString &text)
{
    QString v = text;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    append(QLatin1Char('"') + v + QLatin1Char('"'));
    return *this;
}

SqlArray &SqlArray::add(const QDate &date)
{
    return date.isValid() ? add(date.toString(Qt::ISODate)) : addNull();
}

SqlArray &SqlArray::add(const QDateTime &moment)
{
    return moment.isValid() ? add(moment.toUTC().toString(Qt::ISODateWithMs)) : addNull();
}

SqlArray &SqlArray::addNull()
{
    append(QStringLiteral("NULL"));
    return *this;
}

} // namespace cj::server
