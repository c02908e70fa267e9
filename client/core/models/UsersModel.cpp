#include "core/models/UsersModel.h"

#include <QCborArray>

#include "core/AccountText.h"
#include "core/RoleText.h"
#include "core/WireValue.h"
#include "core/models/ModelColors.h"

namespace cj::client {

QString UsersModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Name");
    case Column::Login: return tr("Login");
    case Column::Roles: return tr("Roles");
    case Column::Position: return tr("Position");
    case Column::Status: return tr("State");
    case Column::LastLogin: return tr("Last sign-in");
    case Column::Count: break;
    }
    return {};
}

QVariant UsersModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Name: return r.value(QStringLiteral("fullName")).toString();
    case Column::Login: return r.value(QStringLiteral("login")).toString();
    case Column::Roles: {
        QStringList names;
        for (const QCborValue &v : r.value(QStringLiteral("roles")).toArray())
            names.append(v.toString());
        return RoleText::names(rolesFromNames(names));
    }
    case Column::Position: return r.value(QStringLiteral("position")).toString();
    case Column::Status: return AccountText::status(r);
    case Column::LastLogin: return wire::timestamp(r.value(QStringLiteral("lastLoginAt")));
    case Column::Count: break;
    }
    return {};
}

QVariant UsersModel::extra(const QCborMap &r, int column, int role) const
{
    if (role != Qt::ForegroundRole)
        return {};
    if (r.value(QStringLiteral("archived")).toBool())
        return colors::muted();
    if (column == int(Column::Status) && r.value(QStringLiteral("locked")).toBool())
        return colors::problemText();
    return {};
}

} // namespace cj::client
