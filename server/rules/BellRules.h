#pragma once

#include <QList>

#include "storage/BellStore.h"

namespace cj::server {

// Bells (SPEC §7): lessons start no earlier than 8:00, follow each other in lesson-number order
// without overlapping, with breaks of at least 10 minutes. Throws validation_failed with the rule.
class BellRules
{
public:
    static constexpr int kMinimumBreakMinutes = 10;
    static void check(const QList<Bell> &bells); // sorted by lesson number
};

} // namespace cj::server
