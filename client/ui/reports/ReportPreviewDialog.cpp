#include "ui/reports/ReportPreviewDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QToolBar>

#include "core/reports/CsvWriter.h"
#include "core/reports/PageGeometry.h"
#include "core/reports/ReportPrinter.h"

namespace cj::client {

using reports::Report;
using reports::ReportPrinter;

namespace {

// The printer set up for the first report: A4, its first section's orientation and margins.
void setUp(QPrinter *printer, const QList<Report> &list)
{
    const QPageLayout::Orientation orientation =
        list.isEmpty() || list.first().sections.isEmpty() ? QPageLayout::Portrait : list.first().sections.first().orientation;
    printer->setPageLayout(reports::PageGeometry::layout(orientation));
    if (!list.isEmpty())
        printer->setDocName(list.first().title);
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(QList<Report> list, QWidget *parent)
    : QPrintPreviewDialog(parent)
    , m_reports(std::move(list))
{
    setObjectName(QStringLiteral("reportPreview"));
    setUp(printer(), m_reports);
    setWindowTitle(m_reports.size() == 1 ? m_reports.first().title
                                         : tr("%1 — %n document(s)", nullptr, int(m_reports.size()))
                                               .arg(m_reports.isEmpty() ? QString() : m_reports.first().title));
    connect(this, &QPrintPreviewDialog::paintRequested, this, &ReportPreviewDialog::paint);
    if (auto *toolbar = findChild<QToolBar *>()) {
        toolbar->addSeparator();
        QAction *pdf = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save PDF…"), this,
                                          &ReportPreviewDialog::askAndSavePdf);
        pdf->setObjectName(QStringLiteral("savePdfAction"));
        QAction *csv = toolbar->addAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), tr("Save CSV…"), this,
                                          &ReportPreviewDialog::askAndSaveCsv);
        csv->setObjectName(QStringLiteral("saveCsvAction"));
        csv->setEnabled(hasTables());
        for (QAction *a : {pdf, csv})
            a->setToolTip(a->text());
    }
    resize(1000, 800);
}

bool ReportPreviewDialog::hasTables() const
{
    return std::any_of(m_reports.begin(), m_reports.end(), [](const Report &r) { return r.tabular; });
}

void ReportPreviewDialog::paint(QPrinter *printer)
{
    // A year's journal takes seconds to lay out: show it, and let it be cancelled.
    QProgressDialog progress(tr("Laying out the pages…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ReportPrinter(ReportPrinter::Paper::Fixed, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    }).print(m_reports, printer);
}

QString ReportPreviewDialog::askWhere(const QString &extension, const QString &filter)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (isBatch())
        return QFileDialog::getExistingDirectory(this, tr("Folder for the files"), documents);
    return QFileDialog::getSaveFileName(this, tr("Save as"),
                                        QDir(documents).filePath(m_reports.first().fileName + extension), filter);
}

void ReportPreviewDialog::askAndSavePdf()
{
    const QString where = askWhere(QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!where.isEmpty())
        savePdfTo(where);
}

void ReportPreviewDialog::askAndSaveCsv()
{
    const QString where = askWhere(QStringLiteral(".csv"), tr("Tables for Excel (*.csv)"));
    if (!where.isEmpty())
        saveCsvTo(where);
}

bool ReportPreviewDialog::savePdfTo(const QString &fileOrFolder)
{
    QProgressDialog progress(tr("Saving PDF…"), tr("Cancel"), 0, int(m_reports.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int i = 0; i < m_reports.size(); ++i) {
        const Report &report = m_reports[i];
        const QString path = isBatch() ? QDir(fileOrFolder).filePath(report.fileName + QStringLiteral(".pdf")) : fileOrFolder;
        QString error;
        const bool written = ReportPrinter::writePdf({report}, path, &error, [&progress](int, int) {
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        if (!written) {
            if (!progress.wasCanceled())
                QMessageBox::warning(this, windowTitle(), error);
            return false;
        }
        progress.setValue(i + 1);
    }
    return true;
}

bool ReportPreviewDialog::saveCsvTo(const QString &fileOrFolder)
{
    for (const Report &report : std::as_const(m_reports)) {
        if (!report.tabular)
            continue;
        const QString path = isBatch() ? QDir(fileOrFolder).filePath(report.fileName + QStringLiteral(".csv")) : fileOrFolder;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reports::CsvWriter::write(report)) < 0) {
            QMessageBox::warning(this, windowTitle(), tr("Could not write %1.").arg(path));
            return false;
        }
    }
    return true;
}

} // namespace cj::client
