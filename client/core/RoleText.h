#pragma once

#include <QCoreApplication>

#include "domain/Role.h"

namespace cj::client {

// Role names as the school says them: «Учитель», «Заместитель директора» ...
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    static QString name(Role role);
    static QString names(Roles roles);
};

} // namespace cj::client
