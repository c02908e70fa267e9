#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The subgroups of one class (subgroups.list): subject, name and how many are in it on the date.
class SubgroupsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Subject, Name, Members, Count };
    explicit SubgroupsModel(QObject *parent = nullptr);
};

} // namespace cj::client
