#include "domain/Role.h"

namespace cj {

namespace {
struct RoleInfo {
    Role role;
    const char *name;
};
constexpr RoleInfo kRoles[] = {
    {Role::Admin, "admin"},         {Role::Director, "director"}, {Role::Deputy, "deputy"},
    {Role::Teacher, "teacher"},     {Role::Secretary, "secretary"}, {Role::Student, "student"},
    {Role::Parent, "parent"},
};
} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleInfo &info : kRoles)
        roles.append(info.role);
    return roles;
}

QString roleName(Role role)
{
    for (const RoleInfo &info : kRoles) {
        if (info.role == role)
            return QString::fromLatin1(info.name);
    }
    return {};
}

bool roleFromName(const QString &name, Role *role)
{
    for (const RoleInfo &info : kRoles) {
        if (name == QLatin1String(info.name)) {
            *role = info.role;
            return true;
        }
    }
    return false;
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (const RoleInfo &info : kRoles) {
        if (roles.testFlag(info.role))
            names.append(QString::fromLatin1(info.name));
    }
    return names;
}

Roles rolesFromNames(const QStringList &names, QStringList *unknown)
{
    Roles roles;
    for (const QString &name : names) {
        Role role;
        if (roleFromName(name, &role))
            roles |= role;
        else if (unknown)
            unknown->append(name);
    }
    return roles;
}

} // namespace cj
