#pragma once

#include <QStringList>

namespace cj::server {

// Splits a migration file into single statements, so each runs (and fails) on its own and a failure
// names the statement that failed. Knows quotes, dollar quotes and comments.
QStringList splitSqlScript(const QString &script);

} // namespace cj::server
