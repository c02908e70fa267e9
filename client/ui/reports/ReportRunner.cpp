#include "ui/reports/ReportRunner.h"

#include <QEventLoop>
#include <QProgressDialog>

#include "core/Session.h"
#include "core/reports/ReportJob.h"
#include "ui/Feedback.h"
#include "ui/reports/ReportParametersDialog.h"
#include "ui/reports/ReportPreviewDialog.h"

namespace cj::client {

using reports::Report;
using reports::ReportJob;

void ReportRunner::askAndShow(Session *session, reports::ReportKind kind, QWidget *parent)
{
    ReportParametersDialog parameters(session, kind, parent);
    if (parameters.exec() != QDialog::Accepted)
        return;
    const QList<Report> reports = fetch(session, kind, parameters.runs(), parent);
    if (reports.isEmpty())
        return;
    ReportPreviewDialog preview(reports, parent);
    preview.exec();
}

QList<Report> ReportRunner::fetch(Session *session, reports::ReportKind kind, const QList<reports::ReportParameters> &runs,
                                  QWidget *parent)
{
    QProgressDialog progress(tr("Asking the server for the report…"), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(reports::ReportCatalog::title(kind));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    ReportJob job(session->connection(), kind, runs);
    QEventLoop loop;
    QList<Report> result;
    QObject::connect(&job, &ReportJob::progress, &progress, [&progress](int done, int total, const QString &step) {
        progress.setMaximum(total);
        progress.setValue(done);
        if (!step.isEmpty())
            progress.setLabelText(step);
    });
    QObject::connect(&job, &ReportJob::finished, &loop, [&](const QList<Report> &reports) {
        result = reports;
        loop.quit();
    });
    QObject::connect(&job, &ReportJob::failed, &loop, [&](const protocol::Error &error) {
        progress.hide();
        feedback::showError(parent, error, reports::ReportCatalog::title(kind));
        loop.quit();
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        job.cancel();
        loop.quit();
    });
    job.start();
    loop.exec();
    return job.isCancelled() ? QList<Report>() : result;
}

} // namespace cj::client
