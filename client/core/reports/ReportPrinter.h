#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

#include "core/reports/Report.h"

class QPagedPaintDevice;
class QPainter;

namespace cj::client::reports {

// Lays reports out on a paged device and paints them: every page gets the running header (school,
// document, class and period) and «стр. N из M» — M is known because everything is laid out before
// the first page is painted. Used for the print preview, the printer and PDF files alike.
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // A PDF file gives every section the orientation it wants. A printer (and the print preview)
    // has one paper orientation: a document mixing both turns its other sections on the sheet.
    enum class Paper { PerSection, Fixed };
    // Called as the work advances; returning false cancels it.
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportPrinter(Paper paper, Progress progress = {});

    // Paints the reports one after another, each numbered on its own. Returns the number of pages,
    // 0 when the device cannot be painted on, -1 when cancelled.
    int print(const QList<Report> &reports, QPagedPaintDevice *device);

    // The reports as one PDF file (A4, fonts embedded). False with a message when it cannot be
    // written or was cancelled.
    static bool writePdf(const QList<Report> &reports, const QString &path, QString *error,
                         const Progress &progress = {});

private:
    struct LaidOut;
    bool layOut(Report &report, QPagedPaintDevice *device, LaidOut &out);
    bool paint(const Report &report, const LaidOut &laidOut, QPagedPaintDevice *device, QPainter &painter,
               bool first);
    bool step();

    Paper m_paper;
    Progress m_progress;
    int m_done = 0;
    int m_total = 0;
};

} // namespace cj::client::reports
