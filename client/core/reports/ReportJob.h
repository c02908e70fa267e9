#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QObject>

#include <functional>

#include "core/reports/ClassJournalRenderer.h"
#include "core/reports/Report.h"
#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportParameters.h"
#include "protocol/Envelope.h"

namespace cj::client {
class ServerConnection;
}

namespace cj::client::reports {

// Fetches a report from the server and renders it — once, or for each set of parameters (every class
// of the school). The printed class journal takes several requests (reports.classJournal, the subject
// pages of each assignment, the three statements); they go one after another so the work reports its
// progress and can be cancelled between any two.
class ReportJob : public QObject
{
    Q_OBJECT
public:
    ReportJob(ServerConnection *connection, ReportKind kind, QList<ReportParameters> runs, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    // total may grow as the work learns how much there is (the subjects of a journal).
    void progress(int done, int total, const QString &step);
    void finished(const QList<cj::client::reports::Report> &reports);
    void failed(const cj::protocol::Error &error);

private:
    using Next = std::function<void(const QCborMap &)>;

    void fetch(protocol::MessageType type, const QCborMap &args, const QString &step, Next next);
    void runNext();
    void runJournal(const ReportParameters &parameters);
    void fetchSubjectPages(int index);
    void done(Report report);
    QCborMap withSchoolHeader(QCborMap result, const ReportParameters &parameters) const;

    ServerConnection *m_connection;
    ReportKind m_kind;
    QList<ReportParameters> m_runs;
    int m_next = 0;
    QList<Report> m_reports;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
    bool m_failed = false;
    QCborMap m_school; // school.get, for the registers
    ClassJournalData m_journal;
    QCborArray m_assignments;
    ReportParameters m_current;
};

} // namespace cj::client::reports
