#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Open sessions of the school (sessions.list): who, from which computer, since when.
class SessionsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { User, Login, Workstation, Address, Since, LastSeen, Expires, Count };
    explicit SessionsModel(QObject *parent = nullptr);
};

} // namespace cj::client
