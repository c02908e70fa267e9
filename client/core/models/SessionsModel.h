#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Open sessions of the school (sessions.list): who, from which computer, since when.
class SessionsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { User, Login, Workstation, Address, Since, LastSeen, Expires, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
};

} // namespace cj::client
