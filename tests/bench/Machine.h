#pragma once

#include <QString>

namespace cj::bench {

// The machine the figures were taken on, as the results must say (figures are only comparable on
// the same machine; ratios travel better).
class Machine
{
public:
    static QString describe();    // "2 CPUs (AMD EPYC), 23.5 GiB RAM, Debian GNU/Linux 12 (bookworm)"
    static double loadAverage();  // the 1-minute load average
    static int cpus();
    // 1,000 idle connections need more descriptors than the usual soft limit of 1,024 (the server,
    // started by us, inherits the raised limit).
    static void raiseFileLimit();
};

} // namespace cj::bench
