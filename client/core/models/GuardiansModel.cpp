#include "core/models/GuardiansModel.h"

namespace cj::client {

QString GuardiansModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Legal representative");
    case Column::Relation: return tr("Who");
    case Column::Phone: return tr("Phone");
    case Column::Email: return tr("E-mail");
    case Column::Account: return tr("Parent account");
    case Column::Count: break;
    }
    return {};
}

QVariant GuardiansModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Name: return r.value(QStringLiteral("fullName")).toString();
    case Column::Relation: return r.value(QStringLiteral("relation")).toString();
    case Column::Phone: return r.value(QStringLiteral("phone")).toString();
    case Column::Email: return r.value(QStringLiteral("email")).toString();
    case Column::Account: return r.value(QStringLiteral("userId")).isInteger() ? tr("yes") : tr("no");
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
