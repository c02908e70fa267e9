#pragma once

#include <QString>

namespace cj::server {

class Db;

// SQL fragments for people's names, shared by the stores that list people (students, guardians, staff).
class PersonSql
{
public:
    // "Иванова М. П." from the surname, first_name and patronymic columns of the table alias.
    static QString shortName(const QString &alias);
    // "Иванова Мария Петровна".
    static QString fullName(const QString &alias);
    // ORDER BY terms in Russian alphabetical order (Ё right after Е): ICU's Russian collation when the
    // cluster has it, else a lower-case comparison with ё folded into е.
    static QString orderBy(Db &db, const QString &alias);
};

} // namespace cj::server
