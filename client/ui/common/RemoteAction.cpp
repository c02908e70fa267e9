#include "ui/common/RemoteAction.h"

#include <QPointer>
#include <QWidget>

#include "core/ServerConnection.h"
#include "ui/Feedback.h"

namespace cj::client {

void runRemote(QWidget *screen, ServerConnection *connection, protocol::MessageType type, const QCborMap &args,
               std::function<void(const QCborMap &)> done, const QString &what)
{
    connection->call(type, args, screen, [screen = QPointer<QWidget>(screen), done, what](const protocol::Response &r) {
        if (!r.ok) {
            feedback::showError(screen, r.error, what);
            return;
        }
        if (done)
            done(r.result);
    });
}

} // namespace cj::client
