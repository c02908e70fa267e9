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
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
    QVariant extra(const QCborMap &record, int column, int role) const override;
};

} // namespace cj::client
