#pragma once

#include <QDate>
#include <QDateTime>

namespace cj::server {

// The server's notion of "now". Entry windows and locks depend on the date, so tests (and only
// servers started with --test-clock) may shift it; time keeps flowing from the shifted point.
class Clock
{
public:
    static QDateTime now();  // UTC
    static QDate today();    // the school's local date
    static void shiftTo(const QDateTime &localMoment);
    static void reset();
    static bool isShifted();
    static void allowShifting(bool allowed);
    static bool shiftingAllowed();
};

} // namespace cj::server
