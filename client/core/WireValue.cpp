#include "core/WireValue.h"

namespace cj::client::wire {

QDate date(const QCborValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timestamp(const QCborValue &value)
{
    const QDateTime utc = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return utc.isValid() ? utc.toLocalTime() : QDateTime();
}

QTime time(const QCborValue &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

double number(const QCborValue &value)
{
    return value.isInteger() ? double(value.toInteger()) : value.toDouble();
}

QCborValue idOrNull(qint64 id)
{
    return id > 0 ? QCborValue(id) : QCborValue(QCborValue::Null);
}

} // namespace cj::client::wire
