#pragma once

#include <QStringList>

namespace cj::server {

// Splits a migration file into single statements, so each runs (and fails) on its own: QPSQL checks
// only the first result of a multi-statement string. Knows quotes, dollar quotes and comments.
QStringList splitSqlScript(const QString &script);

} // namespace cj::server
