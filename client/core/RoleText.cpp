#include "core/RoleText.h"

#include <QStringList>

namespace cj::client {

QString RoleText::name(Role role)
{
    switch (role) {
    case Role::Admin: return tr("Administrator");
    case Role::Director: return tr("Director");
    case Role::Deputy: return tr("Deputy director");
    case Role::Teacher: return tr("Teacher");
    case Role::Secretary: return tr("Secretary");
    case Role::Student: return tr("Student");
    case Role::Parent: return tr("Parent");
    }
    return {};
}

QString RoleText::names(Roles roles)
{
    QStringList list;
    for (Role role : allRoles()) {
        if (roles.testFlag(role))
            list.append(name(role));
    }
    return list.join(QStringLiteral(", "));
}

} // namespace cj::client
