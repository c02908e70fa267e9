#pragma once

namespace cj::server {

// Накопляемость отметок (003 §2.3.1–2.3.2): how many current marks a pupil should have in a period.
class MarkDensity
{
public:
    // 3 at up to 1 hour a week, 5 at up to 2 hours, 8 above 2 hours.
    static int minimumMarks(double hoursPerWeek);
    // Whether a pupil's marks are checked at all: not before they had a lesson, nor when they missed
    // at least half of the subject's lessons for a valid reason (ill or excused).
    static bool checked(int validAbsences, int lessons);
    static bool tooFew(int marks, double hoursPerWeek, int validAbsences, int lessons);
};

} // namespace cj::server
