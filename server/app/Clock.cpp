#include "app/Clock.h"

#include <atomic>

namespace cj::server {

namespace {
std::atomic<qint64> g_offsetMs{0};
std::atomic<bool> g_allowed{false};
} // namespace

QDateTime Clock::now()
{
    return QDateTime::currentDateTimeUtc().addMSecs(g_offsetMs.load());
}

QDate Clock::today()
{
    return now().toLocalTime().date();
}

void Clock::shiftTo(const QDateTime &localMoment)
{
    g_offsetMs.store(QDateTime::currentDateTimeUtc().msecsTo(localMoment.toUTC()));
}

void Clock::reset()
{
    g_offsetMs.store(0);
}

bool Clock::isShifted()
{
    return g_offsetMs.load() != 0;
}

void Clock::allowShifting(bool allowed)
{
    g_allowed.store(allowed);
}

bool Clock::shiftingAllowed()
{
    return g_allowed.load();
}

} // namespace cj::server
