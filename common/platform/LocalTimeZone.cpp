#include "platform/LocalTimeZone.h"

#include <QByteArray>
#include <QtGlobal>

namespace cj {

void pinLocalTimeZone()
{
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
}

} // namespace cj
