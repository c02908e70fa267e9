#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The classes of a year (classes.list), by grade and letter. Bell schedules are named through
// setNames("bellScheduleId", …).
class ClassesModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, Students, ClassTeacher, Room, Scheme, Bells, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
