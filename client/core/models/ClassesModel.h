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
    explicit ClassesModel(QObject *parent = nullptr);
};

} // namespace cj::client
