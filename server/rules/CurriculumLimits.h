#pragma once

namespace cj::server {

// The weekly hours a curriculum may load on a class (SPEC §7, the sanitary maximums by grade for a
// 5- or 6-day week), and the granularity of hours (half an hour: a subject taught every other week).
class CurriculumLimits
{
public:
    static double maximumWeeklyHours(int grade, int weekDays);
    static bool isValidHours(double hoursPerWeek); // 0..20 in steps of 0.5
};

} // namespace cj::server
