#pragma once

#include <QString>

namespace cj::server {

class Db;

// The demo school for the README's run command and the generated schools for tests and the benchmark
// (both built by SchoolGenerator).
class DemoSchool
{
public:
    // Fills a demo school into a database without schools; returns the accounts and passwords to print.
    static QString fillIfEmpty(Db &db, QString *error);
    // "small", "large" or "region:N" (N large schools); seeded and reproducible. summary: what was made.
    static bool generate(Db &db, const QString &size, quint32 seed, QString *summary, QString *error);
};

} // namespace cj::server
