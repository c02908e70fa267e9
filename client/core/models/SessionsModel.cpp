#include "core/models/SessionsModel.h"

namespace cj::client {

SessionsModel::SessionsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Name"), text("userName")},
        {tr("Login"), text("login")},
        {tr("Computer"), text("workstation")},
        {tr("Address"), text("address")},
        {tr("Signed in"), timestamp("createdAt")},
        {tr("Last active"), timestamp("lastSeenAt")},
        {tr("Expires"), timestamp("expiresAt")},
    });
}

} // namespace cj::client
