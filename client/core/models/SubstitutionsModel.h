#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Журнал замещения уроков (substitutions.list): who gave whose lesson, why, and who recorded it.
class SubstitutionsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Date, Number, Class, Subject, Teacher, Substitute, Reason, RecordedAt, RecordedBy, Count };
    explicit SubstitutionsModel(QObject *parent = nullptr);
};

} // namespace cj::client
