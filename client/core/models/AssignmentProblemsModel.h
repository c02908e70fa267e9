#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The answer of assignments.check: curriculum hours nobody teaches, or taught more or less than
// planned. Subgroup names come through setNames("subgroupId", …).
class AssignmentProblemsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Class, Subject, Subgroup, CurriculumHours, AssignedHours, Problem, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
