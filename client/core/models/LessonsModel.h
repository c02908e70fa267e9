#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Lessons on the calendar (lessons.list): generated, extra or moved, and who substitutes.
class LessonsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Date, Number, Time, Class, Subject, Teacher, Room, Origin, Substitute, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
