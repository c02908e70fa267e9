#pragma once

#include <QCborMap>
#include <QString>

#include <functional>

#include "protocol/MessageType.h"

class QWidget;

namespace cj::client {

class ServerConnection;

// A request made from a screen: on success `done` gets the result; a refusal is shown to the person
// in Russian (feedback::showError) under the title `what`, and `done` is not called. Nothing runs
// if the screen was closed in the meantime.
void runRemote(QWidget *screen, ServerConnection *connection, protocol::MessageType type, const QCborMap &args,
               std::function<void(const QCborMap &)> done, const QString &what = {});

} // namespace cj::client
