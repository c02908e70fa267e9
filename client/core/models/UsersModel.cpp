#include "core/models/UsersModel.h"

#include <QCborArray>

#include "core/AccountText.h"
#include "core/RoleText.h"
#include "core/models/ModelColors.h"

namespace cj::client {

UsersModel::UsersModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Name"), text("fullName")},
        {tr("Login"), text("login")},
        {tr("Roles"), [](const QCborMap &r) -> QVariant {
             QStringList names;
             for (const QCborValue &v : r.value(QStringLiteral("roles")).toArray())
                 names.append(v.toString());
             return RoleText::names(rolesFromNames(names));
         }},
        {tr("Position"), text("position")},
        {tr("State"), [](const QCborMap &r) -> QVariant { return AccountText::status(r); }},
        {tr("Last sign-in"), timestamp("lastLoginAt")},
    });
    setStyle([](const QCborMap &r, int column, int role) -> QVariant {
        if (role != Qt::ForegroundRole)
            return {};
        if (r.value(QStringLiteral("archived")).toBool())
            return colors::muted();
        if (column == int(Column::Status) && r.value(QStringLiteral("locked")).toBool())
            return colors::problemText();
        return {};
    });
}

} // namespace cj::client
