#pragma once

#include <QString>

namespace cj::server {

// Log lines to stderr: "2026-09-01 08:00:00.123 info  cj.net: ...". Level: debug, info, warning, error.
bool installLogging(const QString &level);

} // namespace cj::server
