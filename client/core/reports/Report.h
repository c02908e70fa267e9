#pragma once

#include <QList>
#include <QString>

#include <functional>

#include "core/reports/ReportHeader.h"
#include "core/reports/ReportSection.h"

namespace cj::client::reports {

// Where each section landed once laid out on a device: what a table of contents and a closing
// sheet («пронумеровано … N листов») need.
struct Pagination {
    QList<int> firstPage; // per section, counting from 1
    QList<int> pageCount; // per section
    int totalPages = 0;
};

// A rendered report: what is printed, in which sections, and how its pages are headed. It knows
// nothing of printers; ReportPrinter lays it out and paints it, CsvWriter writes its tables.
struct Report {
    QString title;    // the document's name as schools call it
    ReportHeader header;
    QString fileName; // suggested file name, without extension
    bool tabular = true; // offer CSV
    QList<ReportSection> sections;
    // Content that depends on page numbers (contents, sheet count): called after each layout with
    // where the sections fell, until the page numbers stop changing. Returns the sections it
    // rewrote, which are laid out again.
    std::function<QList<int>(Report &, const Pagination &)> paginate;

    // The page header: school and document on the left; class, year and period — or the section's
    // own title after the class — on the right.
    QString runningHeader() const;
    QString runningRight(const ReportSection &section) const;
};

} // namespace cj::client::reports
