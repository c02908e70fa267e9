#pragma once

#include <QString>

namespace cj::server {

class Db;

// First-start chores run from the command line, before or instead of serving.
class Bootstrap
{
public:
    // Creates the school when there is none, then the administrator (or re-issues their code).
    // Returns the one-time activation code.
    static QString createAdmin(Db &db, const QString &login, const QString &schoolName, QString *error);
};

} // namespace cj::server
