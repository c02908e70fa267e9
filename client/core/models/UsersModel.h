#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Accounts of the school (users.list): login, name, roles, state; locked ones in red, archived greyed.
class UsersModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, Login, Roles, Position, Status, LastLogin, Count };
    explicit UsersModel(QObject *parent = nullptr);
};

} // namespace cj::client
