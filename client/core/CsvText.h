#pragma once

#include <QByteArray>
#include <QString>

namespace cj::client {

// The text of a CSV file as schools have them: UTF-8 (with or without a byte order mark) or, as
// Excel on Russian Windows saves them, Windows-1251.
QString decodeCsv(const QByteArray &bytes);

} // namespace cj::client
