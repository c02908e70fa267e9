#pragma once

#include "storage/YearStore.h"

namespace cj::server {

// The customary shape of a Russian school year, filled in from its dates for the administrator to
// adjust: autumn holidays from the last Saturday before 29 October (9 days), winter holidays from the
// last Saturday of December to the Sunday after 7 January, spring holidays from the last Saturday
// before 25 March (9 days), the extra February week of grade 1; quarters and halves between them.
class YearTemplate
{
public:
    // Sets year.periods and year.holidays; leaves them empty when the dates do not fit the pattern.
    static void fill(YearRecord &year);
};

} // namespace cj::server
