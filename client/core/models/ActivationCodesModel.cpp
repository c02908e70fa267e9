#include "core/models/ActivationCodesModel.h"

#include <QFontDatabase>

#include "core/WireValue.h"

namespace cj::client {

QString ActivationCodesModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Name");
    case Column::Note: return tr("Who");
    case Column::Login: return tr("Login");
    case Column::Code: return tr("Activation code");
    case Column::ValidUntil: return tr("Valid until");
    case Column::Count: break;
    }
    return {};
}

QVariant ActivationCodesModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Name: return r.value(QStringLiteral("fullName")).toString();
    case Column::Note: return r.value(QStringLiteral("note")).toString();
    case Column::Login: return r.value(QStringLiteral("login")).toString();
    case Column::Code: return r.value(QStringLiteral("activationCode")).toString();
    case Column::ValidUntil: return wire::timestamp(r.value(QStringLiteral("activationExpiresAt"))).date();
    case Column::Count: break;
    }
    return {};
}

QVariant ActivationCodesModel::extra(const QCborMap &, int column, int role) const
{
    if (role == Qt::FontRole && (column == int(Column::Code) || column == int(Column::Login)))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

} // namespace cj::client
