#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Academic years (years.list), newest first; closed years greyed.
class YearsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, StartsOn, EndsOn, WeekDays, Status, Count };
    explicit YearsModel(QObject *parent = nullptr);
};

} // namespace cj::client
