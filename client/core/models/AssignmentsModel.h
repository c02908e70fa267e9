#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Teaching load (assignments.list): who teaches which subject to which class or subgroup, hours a week.
class AssignmentsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Class, Subject, Subgroup, Hours, Teacher, Count };
    explicit AssignmentsModel(QObject *parent = nullptr);

    // «5А · Математика (1 группа) — Иванова М. П.», for lists to pick an assignment from.
    static QString title(const QCborMap &assignment);
};

} // namespace cj::client
