#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The subgroups of one class (subgroups.list): subject, name and how many are in it on the date.
class SubgroupsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Subject, Name, Members, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
};

} // namespace cj::client
