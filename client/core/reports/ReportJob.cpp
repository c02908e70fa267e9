#include "core/reports/ReportJob.h"

#include <QDateTime>

#include "core/ServerConnection.h"
#include "core/reports/CborFields.h"
#include "core/reports/ReportHeader.h"
#include "protocol/ArgReader.h"

namespace cj::client::reports {

using protocol::MessageType;
using namespace cbor;

namespace {
constexpr int kReportTimeoutMs = 180000; // a whole year of a big subject is a large answer
constexpr int kJournalStatements = 3;
} // namespace

ReportJob::ReportJob(ServerConnection *connection, ReportKind kind, QList<ReportParameters> runs, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_kind(kind)
    , m_runs(std::move(runs))
{
}

void ReportJob::start()
{
    m_total = int(m_runs.size()) * (m_kind == ReportKind::ClassJournal ? 1 + kJournalStatements : 1);
    if (ReportCatalog::needsSchoolHeader(m_kind)) {
        ++m_total;
        fetch(MessageType::SchoolGet, {}, ReportCatalog::title(m_kind), [this](const QCborMap &school) {
            m_school = school;
            runNext();
        });
        return;
    }
    runNext();
}

void ReportJob::cancel()
{
    m_cancelled = true;
}

void ReportJob::fetch(MessageType type, const QCborMap &args, const QString &step, Next next)
{
    Q_EMIT progress(m_done, m_total, step);
    m_connection->call(
        type, args, this,
        [this, next = std::move(next)](const protocol::Response &response) {
            if (m_cancelled || m_failed)
                return;
            if (!response.ok) {
                m_failed = true;
                Q_EMIT failed(response.error);
                return;
            }
            ++m_done;
            next(response.result);
        },
        kReportTimeoutMs);
}

void ReportJob::runNext()
{
    if (m_cancelled || m_failed)
        return;
    if (m_next >= m_runs.size()) {
        Q_EMIT progress(m_total, m_total, QString());
        Q_EMIT finished(m_reports);
        return;
    }
    m_current = m_runs[m_next++];
    if (m_kind == ReportKind::ClassJournal) {
        runJournal(m_current);
        return;
    }
    fetch(ReportCatalog::message(m_kind), ReportCatalog::arguments(m_kind, m_current), ReportCatalog::title(m_kind),
          [this](const QCborMap &result) {
              done(ReportCatalog::render(m_kind, ReportCatalog::needsSchoolHeader(m_kind) ? withSchoolHeader(result, m_current) : result));
          });
}

void ReportJob::done(Report report)
{
    m_reports.append(std::move(report));
    runNext();
}

QCborMap ReportJob::withSchoolHeader(QCborMap result, const ReportParameters &parameters) const
{
    result.insert(QStringLiteral("header"),
                  QCborMap{{QStringLiteral("school"), m_school},
                           {QStringLiteral("from"), protocol::optionalDateToWire(parameters.from)},
                           {QStringLiteral("to"), protocol::optionalDateToWire(parameters.to)},
                           {QStringLiteral("generatedAt"), protocol::dateTimeToWire(QDateTime::currentDateTimeUtc())}});
    return result;
}

void ReportJob::runJournal(const ReportParameters &parameters)
{
    m_journal = ClassJournalData{};
    fetch(MessageType::ReportsClassJournal, ReportCatalog::arguments(ReportKind::ClassJournal, parameters),
          ReportCatalog::title(ReportKind::ClassJournal), [this](const QCborMap &journal) {
              m_journal.journal = journal;
              m_assignments = list(journal, "assignments");
              m_total += int(m_assignments.size());
              fetchSubjectPages(0);
          });
}

void ReportJob::fetchSubjectPages(int index)
{
    const ReportHeader header = ReportHeader::fromCbor(m_journal.journal);
    if (index < m_assignments.size()) {
        const QCborMap a = m_assignments.at(index).toMap();
        QCborMap args{{QStringLiteral("assignmentId"), integer(a, "id")}};
        if (header.periodId > 0) {
            args.insert(QStringLiteral("from"), protocol::optionalDateToWire(header.from));
            args.insert(QStringLiteral("to"), protocol::optionalDateToWire(header.to));
        }
        fetch(MessageType::ReportsSubjectPages, args,
              tr("%1: %2 (%3 of %4)").arg(header.className, text(a, "subjectName")).arg(index + 1).arg(m_assignments.size()),
              [this, index](const QCborMap &pages) {
                  m_journal.subjectPages.append(pages);
                  fetchSubjectPages(index + 1);
              });
        return;
    }
    const QCborMap byClass{{QStringLiteral("classId"), header.classId}};
    QCborMap range = byClass;
    if (header.periodId > 0) {
        range.insert(QStringLiteral("from"), protocol::optionalDateToWire(header.from));
        range.insert(QStringLiteral("to"), protocol::optionalDateToWire(header.to));
    }
    QCborMap movementArgs = byClass;
    if (header.yearId > 0)
        movementArgs.insert(QStringLiteral("yearId"), header.yearId);
    const QString step = tr("%1: summary statements").arg(header.className);
    fetch(MessageType::ReportsProgressStatement, byClass, step, [=, this](const QCborMap &progress) {
        m_journal.progress = progress;
        fetch(MessageType::ReportsAttendanceStatement, range, step, [=, this](const QCborMap &attendance) {
            m_journal.attendance = attendance;
            fetch(MessageType::ReportsMovementStatement, movementArgs, step, [this](const QCborMap &movement) {
                m_journal.movement = movement;
                done(ClassJournalRenderer::render(m_journal));
            });
        });
    });
}

} // namespace cj::client::reports
