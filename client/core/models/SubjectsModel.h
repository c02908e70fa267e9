#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The school's subjects (subjects.list) with how they are graded; archived ones greyed.
class SubjectsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, ShortName, Grading, ExtendedWindow, SortOrder, Count };
    explicit SubjectsModel(QObject *parent = nullptr);
};

} // namespace cj::client
