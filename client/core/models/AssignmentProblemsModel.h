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
    explicit AssignmentProblemsModel(QObject *parent = nullptr);
};

} // namespace cj::client
