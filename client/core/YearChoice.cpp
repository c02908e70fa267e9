#include "core/YearChoice.h"

#include "core/WireValue.h"
#include "protocol/ArgReader.h"

namespace cj::client {

qint64 currentYearId(const QCborArray &years, const QDate &today)
{
    qint64 pick = years.isEmpty() ? 0 : protocol::intOr(years.first().toMap().value(QStringLiteral("id")));
    for (const QCborValue &v : years) {
        const QCborMap y = v.toMap();
        if (!y.value(QStringLiteral("closed")).toBool() && wire::date(y.value(QStringLiteral("startsOn"))) <= today
            && today <= wire::date(y.value(QStringLiteral("endsOn"))))
            return protocol::intOr(y.value(QStringLiteral("id")));
    }
    return pick;
}

} // namespace cj::client
