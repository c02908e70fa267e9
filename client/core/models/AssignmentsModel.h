#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Teaching load (assignments.list): who teaches which subject to which class or subgroup, hours a week.
class AssignmentsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Class, Subject, Subgroup, Hours, Teacher, Count };
    using RemoteListModel::RemoteListModel;

    // «5А · Математика (1 группа) — Иванова М. П.», for lists to pick an assignment from.
    static QString title(const QCborMap &assignment);

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
