#include "protocol/CborBytes.h"

#include <QCborArray>
#include <QCborMap>
#include <QtEndian>

#include <algorithm>
#include <bit>

namespace cj::protocol {

namespace {
constexpr char kDouble = char(0xfb); // a double, eight bytes follow
} // namespace

QByteArray CborBytes::of(const QCborValue &value)
{
    QByteArray out;
    out.reserve(256);
    append(out, value);
    return out;
}

void CborBytes::appendHead(QByteArray &out, quint8 major, quint64 argument)
{
    const char type = char(major << 5);
    if (argument < 24) {
        out += char(type | char(argument));
        return;
    }
    int bytes = argument <= 0xff ? 1 : argument <= 0xffff ? 2 : argument <= 0xffffffffu ? 4 : 8;
    out += char(type | char(24 + qCountTrailingZeroBits(unsigned(bytes))));
    while (bytes-- > 0)
        out += char(argument >> (8 * bytes));
}

void CborBytes::appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendHead(out, Text, quint64(utf8.size()));
    out += utf8;
}

void CborBytes::appendText(QByteArray &out, QLatin1StringView ascii)
{
    Q_ASSERT(std::all_of(ascii.begin(), ascii.end(), [](char c) { return uchar(c) < 0x80; }));
    appendHead(out, Text, quint64(ascii.size()));
    out.append(ascii.data(), ascii.size());
}

void CborBytes::appendDouble(QByteArray &out, double d)
{
    const quint64 bits = qToBigEndian(std::bit_cast<quint64>(d));
    out += kDouble;
    out.append(reinterpret_cast<const char *>(&bits), sizeof bits);
}

void CborBytes::appendInteger(QByteArray &out, qint64 n)
{
    // -1 - n, as CBOR stores a negative number, cannot overflow for any qint64.
    n >= 0 ? appendHead(out, Unsigned, quint64(n)) : appendHead(out, Negative, quint64(-(n + 1)));
}

void CborBytes::append(QByteArray &out, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        appendInteger(out, value.toInteger());
        return;
    case QCborValue::String:
        appendText(out, value.toString());
        return;
    case QCborValue::ByteArray: {
        const QByteArray bytes = value.toByteArray();
        appendHead(out, Bytes, quint64(bytes.size()));
        out += bytes;
        return;
    }
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        appendHead(out, Array, quint64(array.size()));
        for (const QCborValue &item : array)
            append(out, item);
        return;
    }
    case QCborValue::Map: {
        const QCborMap map = value.toMap();
        appendHead(out, Map, quint64(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            append(out, it.key());
            append(out, it.value());
        }
        return;
    }
    case QCborValue::False: out += kFalse; return;
    case QCborValue::True: out += kTrue; return;
    case QCborValue::Null: out += kNull; return;
    case QCborValue::Undefined: out += kUndefined; return;
    case QCborValue::Double:
        appendDouble(out, value.toDouble());
        return;
    default:
        if (value.isSimpleType()) {
            appendHead(out, Simple, quint64(value.toSimpleType()));
            return;
        }
        out += value.toCbor();
    }
}

} // namespace cj::protocol
