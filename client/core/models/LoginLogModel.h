#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Журнал входов (loginLog.list), newest first; failed attempts in red.
class LoginLogModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { At, Login, User, Method, Outcome, Workstation, Address, Count };
    explicit LoginLogModel(QObject *parent = nullptr);
};

} // namespace cj::client
