#include "rules/CurriculumLimits.h"

#include <cmath>

namespace cj::server {

double CurriculumLimits::maximumWeeklyHours(int grade, int weekDays)
{
    struct Limit {
        int fromGrade;
        int fiveDays;
        int sixDays;
    };
    // Grade 1 learns only in a 5-day week, so its maximum is the same for both.
    static constexpr Limit kLimits[] = {{1, 21, 21}, {2, 23, 26}, {5, 29, 32}, {6, 30, 33},
                                        {7, 32, 35}, {8, 33, 36}, {10, 34, 37}};
    const Limit *found = &kLimits[0];
    for (const Limit &l : kLimits) {
        if (grade >= l.fromGrade)
            found = &l;
    }
    return weekDays == 6 ? found->sixDays : found->fiveDays;
}

bool CurriculumLimits::isValidHours(double hoursPerWeek)
{
    return hoursPerWeek >= 0 && hoursPerWeek <= 20 && std::fmod(hoursPerWeek * 2, 1.0) == 0.0;
}

} // namespace cj::server
