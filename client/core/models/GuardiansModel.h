#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// A student's legal representatives (законные представители), from the student's card.
class GuardiansModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, Relation, Phone, Email, Account, Count };
    explicit GuardiansModel(QObject *parent = nullptr);
};

} // namespace cj::client
