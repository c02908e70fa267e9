#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QLatin1StringView>

namespace cj::protocol {

// The bytes QCborValue::toCbor() writes (no transformation), written straight into a byte array.
// Qt's writer goes through a QIODevice call for every item: encoding answers, events and the
// records kept for resends that way was 15 % of the server's CPU at the open loop
// (docs/benchmarks.md, "Findings"). Tagged and extended values (dates, UUIDs, …) take Qt's way.
class CborBytes
{
public:
    enum Major : quint8 { Unsigned = 0, Negative = 1, Bytes = 2, Text = 3, Array = 4, Map = 5, Simple = 7 };
    static constexpr char kFalse = char(0xf4);
    static constexpr char kTrue = char(0xf5);
    static constexpr char kNull = char(0xf6);
    static constexpr char kUndefined = char(0xf7);

    static QByteArray of(const QCborValue &value);
    // An item's head (RFC 8949, 3.): major type and argument, in the shortest form.
    static void appendHead(QByteArray &out, quint8 major, quint64 argument);
    static void appendText(QByteArray &out, const QString &text);
    static void appendText(QByteArray &out, QLatin1StringView ascii); // keys: no conversion
    static void appendInteger(QByteArray &out, qint64 n);
    static void appendDouble(QByteArray &out, double d);
    static void appendBool(QByteArray &out, bool b) { out += b ? kTrue : kFalse; }

private:
    static void append(QByteArray &out, const QCborValue &value);
};

} // namespace cj::protocol
