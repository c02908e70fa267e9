#pragma once

#include <QCborMap>
#include <QDate>
#include <QString>

#include "protocol/ArgReader.h"
#include "protocol/MessageType.h"
#include "rpc/Caller.h"
#include "rules/SchoolSettings.h"

namespace cj::server {

class RequestContext;
struct AssignmentContext;
struct LessonContext;
class Deadlines;

// Every change to a journal page goes through here: marks, attendance, absence reasons, topics and
// homework, final marks. It checks the rules (rights, membership, grade 1, allowed marks, entry
// windows) before writing, audits each change and tells the open pages. Used by the journal.*
// handlers, and by correction requests: a dry run when one is filed, and with the windows waived
// (for the requester's rights) when the administrator approves it.
class JournalWriter
{
public:
    struct Options {
        bool dryRun = false;        // check only; nothing is written
        bool waiveWindows = false;  // an approved correction: the entry window does not apply
        qint64 correctionId = 0;    // recorded in the audit log
    };

    // What the change is about: a correction request records it.
    struct Target {
        qint64 assignmentId = 0;
        qint64 classId = 0;
        qint64 subjectId = 0;
        qint64 lessonId = 0;
        qint64 studentId = 0;
        QDate date;
        QString description; // the change in words, for people and the printed register
    };

    JournalWriter(RequestContext &ctx, const Caller &author, Options options);

    QCborMap setMarks(const protocol::ArgReader &args);
    QCborMap setAttendance(const protocol::ArgReader &args);
    QCborMap setAbsenceReason(const protocol::ArgReader &args);
    QCborMap setLesson(const protocol::ArgReader &args);
    QCborMap setFinalMark(const protocol::ArgReader &args);
    // One of the above by message type (what a correction request holds).
    QCborMap apply(protocol::MessageType type, const QCborMap &args);
    static bool isJournalWrite(protocol::MessageType type);

    const Target &target() const { return m_target; }

private:
    LessonContext loadLesson(qint64 lessonId);
    AssignmentContext loadAssignment(qint64 assignmentId);
    Deadlines deadlinesFor(const AssignmentContext &a);
    void requireOpenYear(const AssignmentContext &a) const;
    void requireMember(const AssignmentContext &a, qint64 studentId, const QDate &date);
    void checkDeadline(const QString &window, const QDate &deadline) const;
    void checkNotFuture(const QString &window, const QDate &date) const;
    void setTarget(const AssignmentContext &a, qint64 lessonId, qint64 studentId, const QDate &date);
    void publish(qint64 assignmentId, const QCborMap &change);
    void audit(const QString &entity, qint64 entityId, const QString &action, QCborMap before, QCborMap after);
    QCborMap reasonForOne(qint64 lessonId, qint64 studentId, const QString &reason);

    RequestContext &m_ctx;
    const Caller &m_author;
    Options m_options;
    SchoolSettings m_settings;
    QDate m_today;
    Target m_target;
};

} // namespace cj::server
