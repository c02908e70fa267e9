#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

namespace cj::protocol {

// Thrown when a field is missing or has the wrong type; the server answers invalid_argument with
// details {field, expected}.
class ArgumentError : public std::runtime_error
{
public:
    ArgumentError(QString field, QString expected);
    const QString &field() const { return m_field; }
    const QString &expected() const { return m_expected; }

private:
    QString m_field;
    QString m_expected;
};

// Typed, strict reading of a CBOR map (request args or response results). Every accessor names
// the field, so a wrong type gets an error that says exactly which field and what was expected.
class ArgReader
{
public:
    explicit ArgReader(QCborMap map, QString prefix = {});

    bool has(const QString &key) const;
    const QCborMap &map() const { return m_map; }

    qint64 integer(const QString &key) const;
    std::optional<qint64> optionalInteger(const QString &key) const;
    qint64 integer(const QString &key, qint64 min, qint64 max) const;
    qint64 id(const QString &key) const; // a positive database id
    std::optional<qint64> optionalId(const QString &key) const;

    double number(const QString &key) const;
    std::optional<double> optionalNumber(const QString &key) const;

    bool boolean(const QString &key) const;
    bool boolean(const QString &key, bool fallback) const;

    // Text is trimmed of nothing; maxLength guards memory and the database.
    QString string(const QString &key, int maxLength = 4000) const;
    QString string(const QString &key, const QString &fallback, int maxLength = 4000) const;
    std::optional<QString> optionalString(const QString &key, int maxLength = 4000) const;
    QString nonEmptyString(const QString &key, int maxLength = 4000) const;

    QDate date(const QString &key) const; // "YYYY-MM-DD"
    std::optional<QDate> optionalDate(const QString &key) const;
    QDateTime dateTime(const QString &key) const; // ISO 8601 with offset
    std::optional<QDateTime> optionalDateTime(const QString &key) const;

    QCborMap mapValue(const QString &key) const;
    ArgReader reader(const QString &key) const;
    QCborArray array(const QString &key, int maxItems = 100000) const;
    std::optional<QCborArray> optionalArray(const QString &key, int maxItems = 100000) const;
    QList<qint64> idList(const QString &key, int maxItems = 100000) const;
    QStringList stringList(const QString &key, int maxItems = 1000, int maxLength = 4000) const;

    // For reading arrays of maps: a reader for element i, with a field path like "rows[3]".
    static ArgReader element(const QCborArray &array, qsizetype index, const QString &arrayField);

    [[noreturn]] void fail(const QString &key, const QString &expected) const;

private:
    QCborValue value(const QString &key) const;
    QString path(const QString &key) const;

    QCborMap m_map;
    QString m_prefix;
};

// An integer from a CBOR value, or the fallback when it is not an integer. (QCborValue::toInteger
// converts doubles unchecked, which is undefined for huge values.)
inline qint64 intOr(const QCborValue &value, qint64 fallback = 0)
{
    return value.isInteger() ? value.toInteger() : fallback;
}

// Dates travel as "YYYY-MM-DD" text, timestamps as ISO 8601 UTC text.
QString dateToWire(const QDate &date);
QString dateTimeToWire(const QDateTime &dateTime);
QCborValue optionalDateToWire(const QDate &date); // null when invalid

} // namespace cj::protocol
