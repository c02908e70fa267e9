#pragma once

#include <QList>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "core/reports/Report.h"

namespace cj::client {

// The print preview of one or more rendered reports (a batch: one per class), with «Печать», and
// «Сохранить PDF» and «Сохранить CSV» (tables only) on its toolbar. A batch saves one file per report
// into a folder.
class ReportPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT
public:
    explicit ReportPreviewDialog(QList<reports::Report> reports, QWidget *parent = nullptr);

    const QList<reports::Report> &reports() const { return m_reports; }
    bool isBatch() const { return m_reports.size() > 1; }

    // Writes the PDF (a batch: one PDF per report into the folder). False, after saying why, when
    // it could not or was cancelled.
    bool savePdfTo(const QString &fileOrFolder);
    bool saveCsvTo(const QString &fileOrFolder);
    bool hasTables() const;

private:
    void paint(QPrinter *printer);
    void askAndSavePdf();
    void askAndSaveCsv();
    QString askWhere(const QString &extension, const QString &filter);

    QList<reports::Report> m_reports;
};

} // namespace cj::client
