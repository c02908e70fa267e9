#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Accounts of the school (users.list): login, name, roles, state; locked ones in red, archived greyed.
class UsersModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, Login, Roles, Position, Status, LastLogin, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
