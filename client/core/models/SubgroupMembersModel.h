#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The members of one subgroup with the dates their membership runs; those who moved out greyed.
class SubgroupMembersModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Student, StartsOn, LeftOn, Count };
    explicit SubgroupMembersModel(QObject *parent = nullptr);
};

} // namespace cj::client
