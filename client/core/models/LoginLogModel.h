#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Журнал входов (loginLog.list), newest first; failed attempts in red.
class LoginLogModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { At, Login, User, Method, Outcome, Workstation, Address, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
