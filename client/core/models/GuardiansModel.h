#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// A student's legal representatives (законные представители), from the student's card.
class GuardiansModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, Relation, Phone, Email, Account, Count };
    using RemoteListModel::RemoteListModel;

protected:
    int columns() const override { return int(Column::Count); }
    QString header(int column) const override;
    QVariant display(const QCborMap &record, int column) const override;
};

} // namespace cj::client
