#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Lessons on the calendar (lessons.list): generated, extra or moved, and who substitutes.
class LessonsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Date, Number, Time, Class, Subject, Teacher, Room, Origin, Substitute, Count };
    explicit LessonsModel(QObject *parent = nullptr);
};

} // namespace cj::client
