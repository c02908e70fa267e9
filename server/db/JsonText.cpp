#include "db/JsonText.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace cj::server {

namespace {
void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    // UTF-8's bytes of characters above ASCII are all ≥ 0x80: only ASCII needs escaping.
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

bool appendValue(QByteArray &out, const QCborValue &value);

bool appendMap(QByteArray &out, const QCborMap &map)
{
    out += '{';
    bool first = true;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString())
            return false;
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key().toString());
        out += ':';
        if (!appendValue(out, it.value()))
            return false;
    }
    out += '}';
    return true;
}

bool appendValue(QByteArray &out, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer: {
        char digits[24];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value.toInteger());
        out.append(digits, end - digits);
        return true;
    }
    case QCborValue::Double: {
        const double d = value.toDouble();
        out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArrayLiteral("null");
        return true;
    }
    case QCborValue::String: appendString(out, value.toString()); return true;
    case QCborValue::True: out += "true"; return true;
    case QCborValue::False: out += "false"; return true;
    case QCborValue::Null: out += "null"; return true;
    case QCborValue::Map: return appendMap(out, value.toMap());
    case QCborValue::Array: {
        out += '[';
        const QCborArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            if (!appendValue(out, array.at(i)))
                return false;
        }
        out += ']';
        return true;
    }
    default: return false;
    }
}
} // namespace

QByteArray JsonText::of(const QCborMap &map)
{
    QByteArray out;
    out.reserve(256);
    if (appendMap(out, map))
        return out;
    return QJsonDocument(map.toJsonObject()).toJson(QJsonDocument::Compact);
}

} // namespace cj::server
