#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The members of one subgroup with the dates their membership runs; those who moved out greyed.
class SubgroupMembersModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Student, StartsOn, LeftOn, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
