#include "protocol/ErrorCode.h"

#include <QHash>

namespace cj::protocol {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
#define CJ_X(name, wire) \
    case ErrorCode::name: \
        return QStringLiteral(wire);
        CJ_ERROR_CODES(CJ_X)
#undef CJ_X
    }
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(const QString &name, bool *known)
{
    static const QHash<QString, ErrorCode> byName = [] {
        QHash<QString, ErrorCode> map;
#define CJ_X(n, wire) map.insert(QStringLiteral(wire), ErrorCode::n);
        CJ_ERROR_CODES(CJ_X)
#undef CJ_X
        return map;
    }();
    const auto it = byName.constFind(name);
    if (known)
        *known = it != byName.constEnd();
    return it != byName.constEnd() ? *it : ErrorCode::Internal;
}

} // namespace cj::protocol
