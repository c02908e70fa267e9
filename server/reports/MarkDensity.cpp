#include "reports/MarkDensity.h"

namespace cj::server {

int MarkDensity::minimumMarks(double hoursPerWeek)
{
    if (hoursPerWeek <= 1.0)
        return 3;
    return hoursPerWeek <= 2.0 ? 5 : 8;
}

bool MarkDensity::checked(int validAbsences, int lessons)
{
    return lessons > 0 && 2 * validAbsences < lessons;
}

bool MarkDensity::tooFew(int marks, double hoursPerWeek, int validAbsences, int lessons)
{
    return checked(validAbsences, lessons) && marks < minimumMarks(hoursPerWeek);
}

} // namespace cj::server
