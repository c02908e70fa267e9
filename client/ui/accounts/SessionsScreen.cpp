#include "ui/accounts/SessionsScreen.h"

#include <QAction>

#include "core/Session.h"
#include "core/models/SessionsModel.h"
#include "ui/Feedback.h"
#include "ui/common/RecordTable.h"

namespace cj::client {

using protocol::MessageType;

SessionsScreen::SessionsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new SessionsModel, MessageType::SessionsList, QStringLiteral("sessions"), parent)
{
    addAction(tr("End session"), QStringLiteral("endSessionAction"), Needs::SomeRecords, [this] {
        const QList<QCborMap> chosen = table()->selectedRecords();
        if (!feedback::confirm(this, tr("End sessions"),
                               tr("End %n session(s)? Unsaved work on those computers is sent when they sign in again.",
                                  nullptr, int(chosen.size()))))
            return;
        for (const QCborMap &s : chosen)
            change(MessageType::SessionsEnd, QCborMap{{QStringLiteral("sessionId"), s.value(QStringLiteral("id"))}}, {},
                   tr("End session"));
    })->setVisible(permissions().manageAccounts());
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });
    addSearch(tr("Find a person or computer"));
    reload();
}

} // namespace cj::client
