#pragma once

#include <QCborArray>
#include <QDate>

namespace cj::client {

// The year a screen opens on: the open year containing today, else the newest (years.list order).
qint64 currentYearId(const QCborArray &years, const QDate &today);

} // namespace cj::client
