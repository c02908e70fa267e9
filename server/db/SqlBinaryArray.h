#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace cj::server {

// A parameter in PostgreSQL's binary format, sent with format code 1.
struct SqlBinary {
    QByteArray bytes;
};

// A one-dimensional array in PostgreSQL's binary format (what array_send writes), for the array
// parameters of the statements every mark batch runs: parsing their text literals (array_in and its
// elements' input functions) was 9 % of PostgreSQL's CPU at the open loop (docs/benchmarks.md,
// "Findings"). The element type must be the parameter's: "?::bigint[]" takes BigInt.
class SqlBinaryArray
{
public:
    enum class Element : quint32 { Boolean = 16, Bytea = 17, BigInt = 20, SmallInt = 21, Int = 23, Text = 25, TimestampTz = 1184 };

    explicit SqlBinaryArray(Element element);
    SqlBinaryArray &add(qint64 value); // BigInt, Int, SmallInt
    SqlBinaryArray &add(const std::optional<qint64> &value);
    SqlBinaryArray &add(bool value); // Boolean
    SqlBinaryArray &add(const std::optional<bool> &value);
    SqlBinaryArray &add(const QString &text); // Text
    SqlBinaryArray &addUtf8(const QByteArray &utf8);
    SqlBinaryArray &addBytes(const QByteArray &bytes); // Bytea
    SqlBinaryArray &add(const QDateTime &moment); // TimestampTz; invalid is NULL
    SqlBinaryArray &addNull();
    QVariant param() const;

private:
    void append(const void *bigEndian, qint32 size);

    const Element m_element;
    QByteArray m_items;
    qint32 m_count = 0;
    bool m_hasNull = false;
};

} // namespace cj::server

Q_DECLARE_METATYPE(cj::server::SqlBinary)
