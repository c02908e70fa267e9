#pragma once

#include <QCborMap>
#include <QCoreApplication>

#include "core/reports/Report.h"

namespace cj::client::reports {

// A subject's pages of the printed journal (reports.subjectPages), as on paper: for every school
// period, sheets of as many lessons as fit across A4 landscape; each sheet's left page is the grid of
// pupils × dates with marks and absences (and the period, year, exam and final marks on the last
// sheet), its right page the same lessons' dates, topics, kinds of work, homework and teacher, with
// substitutions marked.
class SubjectPagesRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SubjectPagesRenderer)
public:
    static QString title();
    // The pages alone, as a document of their own (a teacher's print-out).
    static Report render(const QCborMap &result);
    // The pages as one landscape section of the class journal, with its line in the contents.
    static ReportSection section(const QCborMap &result);
    // How many lesson columns fit on a landscape sheet next to the names and finalColumns marks.
    static int lessonsPerSheet(int finalColumns);

private:
    static void appendPages(ReportSection &section, const QCborMap &result);
};

} // namespace cj::client::reports
