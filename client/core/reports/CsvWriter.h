#pragma once

#include <QByteArray>

#include "core/reports/Report.h"

namespace cj::client::reports {

// A report's tables as CSV the way Russian Excel opens it without asking: UTF-8 with a byte order
// mark, «;» between fields, CRLF line ends, fields quoted when they hold «;», quotes or line
// breaks. Several tables follow one another, each under its heading, separated by an empty line.
class CsvWriter
{
public:
    static QByteArray write(const Report &report);
    static QString field(const QString &text);
};

} // namespace cj::client::reports
