#include "core/models/SessionsModel.h"

#include "core/WireValue.h"

namespace cj::client {

QString SessionsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::User: return tr("Name");
    case Column::Login: return tr("Login");
    case Column::Workstation: return tr("Computer");
    case Column::Address: return tr("Address");
    case Column::Since: return tr("Signed in");
    case Column::LastSeen: return tr("Last active");
    case Column::Expires: return tr("Expires");
    case Column::Count: break;
    }
    return {};
}

QVariant SessionsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::User: return r.value(QStringLiteral("userName")).toString();
    case Column::Login: return r.value(QStringLiteral("login")).toString();
    case Column::Workstation: return r.value(QStringLiteral("workstation")).toString();
    case Column::Address: return r.value(QStringLiteral("address")).toString();
    case Column::Since: return wire::timestamp(r.value(QStringLiteral("createdAt")));
    case Column::LastSeen: return wire::timestamp(r.value(QStringLiteral("lastSeenAt")));
    case Column::Expires: return wire::timestamp(r.value(QStringLiteral("expiresAt")));
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
