#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cj::server {

// A table read from CSV as spreadsheets write it: ';' or ',' separated (whichever the header line
// uses), fields in double quotes with "" for a quote and line breaks inside, a UTF-8 byte order mark,
// CRLF or LF line ends. Blank lines are skipped.
class CsvTable
{
public:
    struct Row {
        int line = 0; // where the row starts in the text (the header is line 1)
        QStringList cells;
    };

    static CsvTable parse(const QString &text);

    QStringList header;
    QList<Row> rows;
    QChar separator = QLatin1Char(';');
};

} // namespace cj::server
