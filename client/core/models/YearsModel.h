#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Academic years (years.list), newest first; closed years greyed.
class YearsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, StartsOn, EndsOn, WeekDays, Status, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
