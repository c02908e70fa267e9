#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Движение учащихся (movements.list): enrolments, transfers and leavings by date with their orders.
class MovementsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Date, Kind, Student, FromClass, ToClass, OrderNumber, OrderDate, Counterpart, Reason, Count };
    explicit MovementsModel(QObject *parent = nullptr);
};

} // namespace cj::client
