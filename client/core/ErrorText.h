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
    // The text for a named rule (details.rule of rule_violation / validation_failed); empty if unknown.
    static QString forRule(const QString &rule);
};

} // namespace cj::client
