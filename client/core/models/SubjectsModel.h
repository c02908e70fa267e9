#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The school's subjects (subjects.list) with how they are graded; archived ones greyed.
class SubjectsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, ShortName, Grading, ExtendedWindow, SortOrder, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
