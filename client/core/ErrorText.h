#pragma once

#include <QCoreApplication>
#include <QString>

#include "protocol/Envelope.h"

namespace cj::client {

// Russian (translated) text for the server's stable error codes. The server's own message is English
// and for logs; people read these.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString forError(const protocol::Error &error);
    // A named school rule (details.rule, e.g. "periods_overlap"); empty when the rule is unknown.
    static QString forRule(const QString &rule, const QCborMap &details = {});
    // A timetable clash (conflict with details.clash = teacher/room/class and details.with).
    static QString forClash(const QCborMap &details);
};

} // namespace cj::client
