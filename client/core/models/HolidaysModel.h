#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The holidays (каникулы) of a year, from the Year record; a holiday may concern only some grades.
class HolidaysModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, StartsOn, EndsOn, Days, Grades, Count };
    explicit HolidaysModel(QObject *parent = nullptr);
};

} // namespace cj::client
