#pragma once

#include <QtGlobal>

namespace cj::bench {

// One monotonic clock for every thread of the benchmark, in nanoseconds.
qint64 monotonicNs();

// Runs the calling thread's event loop for `ms` without spinning (a timed processEvents() returns as
// soon as nothing is pending, and a loop around it would burn the CPU the server needs).
void runEventsFor(int ms);

} // namespace cj::bench
