#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Students (students.list) in Russian alphabetical order. Leavers are greyed with the date they
// left; personal columns stay empty where the server did not send them to this person.
class StudentsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, Class, BirthDate, LeftOn, Account, Count };
    explicit StudentsModel(QObject *parent = nullptr);
};

} // namespace cj::client
