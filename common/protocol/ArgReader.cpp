#include "protocol/ArgReader.h"

#include <cmath>

namespace cj::protocol {

ArgumentError::ArgumentError(QString field, QString expected)
    : std::runtime_error(QStringLiteral("field '%1': expected %2").arg(field, expected).toStdString())
    , m_field(std::move(field))
    , m_expected(std::move(expected))
{
}

ArgReader::ArgReader(QCborMap map, QString prefix)
    : m_map(std::move(map))
    , m_prefix(std::move(prefix))
{
}

bool ArgReader::has(const QString &key) const
{
    const QCborValue v = m_map.value(key);
    return !v.isUndefined() && !v.isNull();
}

QCborValue ArgReader::value(const QString &key) const
{
    return m_map.value(key);
}

QString ArgReader::path(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void ArgReader::fail(const QString &key, const QString &expected) const
{
    throw ArgumentError(path(key), expected);
}

qint64 ArgReader::integer(const QString &key) const
{
    const QCborValue v = value(key);
    if (!v.isInteger())
        fail(key, QStringLiteral("integer"));
    return v.toInteger();
}

std::optional<qint64> ArgReader::optionalInteger(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    return integer(key);
}

qint64 ArgReader::integer(const QString &key, qint64 min, qint64 max) const
{
    const qint64 v = integer(key);
    if (v < min || v > max)
        fail(key, QStringLiteral("integer in %1..%2").arg(min).arg(max));
    return v;
}

qint64 ArgReader::id(const QString &key) const
{
    return integer(key, 1, std::numeric_limits<qint64>::max());
}

std::optional<qint64> ArgReader::optionalId(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    return id(key);
}

double ArgReader::number(const QString &key) const
{
    const QCborValue v = value(key);
    if (v.isInteger())
        return double(v.toInteger());
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(key, QStringLiteral("number"));
    return v.toDouble();
}

std::optional<double> ArgReader::optionalNumber(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    return number(key);
}

bool ArgReader::boolean(const QString &key) const
{
    const QCborValue v = value(key);
    if (!v.isBool())
        fail(key, QStringLiteral("boolean"));
    return v.toBool();
}

bool ArgReader::boolean(const QString &key, bool fallback) const
{
    return has(key) ? boolean(key) : fallback;
}

QString ArgReader::string(const QString &key, int maxLength) const
{
    const QCborValue v = value(key);
    if (!v.isString())
        fail(key, QStringLiteral("text"));
    QString s = v.toString();
    if (s.size() > maxLength)
        fail(key, QStringLiteral("text of at most %1 characters").arg(maxLength));
    return s;
}

QString ArgReader::string(const QString &key, const QString &fallback, int maxLength) const
{
    return has(key) ? string(key, maxLength) : fallback;
}

std::optional<QString> ArgReader::optionalString(const QString &key, int maxLength) const
{
    if (!has(key))
        return std::nullopt;
    return string(key, maxLength);
}

QString ArgReader::nonEmptyString(const QString &key, int maxLength) const
{
    QString s = string(key, maxLength).trimmed();
    if (s.isEmpty())
        fail(key, QStringLiteral("non-empty text"));
    return s;
}

QDate ArgReader::date(const QString &key) const
{
    const QCborValue v = value(key);
    QDate d;
    if (v.isString() && v.toString().size() == 10)
        d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        fail(key, QStringLiteral("date as \"YYYY-MM-DD\""));
    return d;
}

std::optional<QDate> ArgReader::optionalDate(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    return date(key);
}

QDateTime ArgReader::dateTime(const QString &key) const
{
    const QCborValue v = value(key);
    QDateTime dt;
    if (v.isString())
        dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    else if (v.isDateTime())
        dt = v.toDateTime();
    if (!dt.isValid())
        fail(key, QStringLiteral("timestamp in ISO 8601"));
    return dt;
}

std::optional<QDateTime> ArgReader::optionalDateTime(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    return dateTime(key);
}

QCborMap ArgReader::mapValue(const QString &key) const
{
    const QCborValue v = value(key);
    if (!v.isMap())
        fail(key, QStringLiteral("map"));
    return v.toMap();
}

ArgReader ArgReader::reader(const QString &key) const
{
    return ArgReader(mapValue(key), path(key));
}

QCborArray ArgReader::array(const QString &key, int maxItems) const
{
    const QCborValue v = value(key);
    if (!v.isArray())
        fail(key, QStringLiteral("array"));
    QCborArray a = v.toArray();
    if (a.size() > maxItems)
        fail(key, QStringLiteral("array of at most %1 items").arg(maxItems));
    return a;
}

std::optional<QCborArray> ArgReader::optionalArray(const QString &key, int maxItems) const
{
    if (!has(key))
        return std::nullopt;
    return array(key, maxItems);
}

QList<qint64> ArgReader::idList(const QString &key, int maxItems) const
{
    const QCborArray a = array(key, maxItems);
    QList<qint64> ids;
    ids.reserve(a.size());
    for (const QCborValue &v : a) {
        if (!v.isInteger() || v.toInteger() < 1)
            fail(key, QStringLiteral("array of positive integer ids"));
        ids.append(v.toInteger());
    }
    return ids;
}

QStringList ArgReader::stringList(const QString &key, int maxItems, int maxLength) const
{
    const QCborArray a = array(key, maxItems);
    QStringList list;
    for (const QCborValue &v : a) {
        if (!v.isString() || v.toString().size() > maxLength)
            fail(key, QStringLiteral("array of text"));
        list.append(v.toString());
    }
    return list;
}

ArgReader ArgReader::element(const QCborArray &array, qsizetype index, const QString &arrayField)
{
    const QString where = QStringLiteral("%1[%2]").arg(arrayField).arg(index);
    const QCborValue v = array.at(index);
    if (!v.isMap())
        throw ArgumentError(where, QStringLiteral("map"));
    return ArgReader(v.toMap(), where);
}

QString dateToWire(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString dateTimeToWire(const QDateTime &dateTime)
{
    // What toString(Qt::ISODateWithMs) gives for UTC, written digit by digit: a journal page carries
    // a timestamp per mark, and Qt's formatting (a printf underneath) was a tenth of opening one.
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!d.isValid() || !t.isValid() || d.year() < 1 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int width, int value) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, 4, d.year());
    put(5, 2, d.month());
    put(8, 2, d.day());
    put(11, 2, t.hour());
    put(14, 2, t.minute());
    put(17, 2, t.second());
    put(20, 3, t.msec());
    return QString::fromLatin1(text, sizeof(text) - 1);
}

QCborValue optionalDateToWire(const QDate &date)
{
    return date.isValid() ? QCborValue(dateToWire(date)) : QCborValue(nullptr);
}

} // namespace cj::protocol
