#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Журнал замещения уроков (substitutions.list): who gave whose lesson, why, and who recorded it.
class SubstitutionsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Date, Number, Class, Subject, Teacher, Substitute, Reason, RecordedAt, RecordedBy, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
};

} // namespace cj::client
