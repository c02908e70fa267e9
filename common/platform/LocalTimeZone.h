#pragma once

namespace cj {

// Call first thing in main(). Without TZ, glibc re-reads /etc/localtime at every local-time
// conversion, and Qt converts at every timestamp read from the database or the wire (8 % of the
// server's CPU at the morning peak); naming the same zone explicitly lets glibc keep what it read.
void pinLocalTimeZone();

} // namespace cj
