#pragma once

#include <QFlags>
#include <QStringList>

namespace cj {

// SPEC §1. The class teacher is not a role of its own: it is a teacher named on a class.
enum class Role {
    Admin = 1 << 0,
    Director = 1 << 1,
    Deputy = 1 << 2,
    Teacher = 1 << 3,
    Secretary = 1 << 4,
    Student = 1 << 5,
    Parent = 1 << 6,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QList<Role> allRoles();
QString roleName(Role role);                       // wire name: "admin", "teacher", ...
bool roleFromName(const QString &name, Role *role); // false when unknown
QStringList roleNames(Roles roles);
Roles rolesFromNames(const QStringList &names, QStringList *unknown = nullptr);

// Staff roles see the school's journals; student and parent see only their own (child's) data.
inline constexpr Roles staffRoles()
{
    return Roles(Role::Admin) | Role::Director | Role::Deputy | Role::Teacher | Role::Secretary;
}

} // namespace cj
