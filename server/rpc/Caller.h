#pragma once

#include <QList>
#include <QString>

#include "domain/Role.h"

namespace cj::server {

// Who is making a request: the authenticated account of a connection, and where it sits.
struct Caller {
    qint64 userId = 0;
    qint64 schoolId = 0;
    qint64 sessionId = 0;
    QString login;
    QString fullName;
    Roles roles;
    QList<qint64> classTeacherOf; // class ids this person is the class teacher of
    QString workstation;          // host name the client reported
    QString address;              // peer IP address

    bool isAuthenticated() const { return userId > 0; }
    bool has(Role role) const { return roles.testFlag(role); }
    bool hasAny(Roles any) const { return bool(roles & any); }
    bool isClassTeacher() const { return !classTeacherOf.isEmpty(); }
};

} // namespace cj::server
