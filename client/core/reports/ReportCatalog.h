#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/reports/Report.h"
#include "core/reports/ReportParameters.h"
#include "protocol/MessageType.h"

namespace cj::client {
struct UserInfo;
}

namespace cj::client::reports {

// Every printable document of SPEC §4.
enum class ReportKind {
    ClassJournal,
    SubjectPages,
    ProgressStatement,
    AttendanceStatement,
    AttendanceMonth,
    MovementStatement,
    PeriodResults,
    SubjectResults,
    Forecast,
    SubjectForecast,
    ClassTeacherReport,
    ParentLetters,
    SchoolEnrolment,
    SchoolMovement,
    SchoolResults,
    JournalControl,
    CorrectionsRegister,
    SubstitutionsRegister,
};

// The list of reports in one place: for each, its name on the command line, the message that
// computes it, what it must be asked with, who may print it, how its result is rendered.
class ReportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalog)
public:
    // What the report is about.
    enum class Subject { Class, Assignment, School };
    // Which time it covers.
    enum class Time {
        None,
        OptionalPeriod,   // a period, else the year
        Period,           // a period (required)
        PeriodOrYear,     // a period or the whole year
        PeriodNumberOrYear, // the school: the periods with one number, or the year
        OptionalRange,    // from/to, else the year
        Range,            // from/to (required)
        Month,
        Day,              // a date, else today
    };

    static QList<ReportKind> all();
    static QString name(ReportKind kind); // command-line name, e.g. "progress-statement"
    static std::optional<ReportKind> fromName(const QString &name);
    static QString title(ReportKind kind);
    static Subject subject(ReportKind kind);
    static Time time(ReportKind kind);
    // The message that computes it (the class journal also needs more; see ReportJob).
    static protocol::MessageType message(ReportKind kind);
    // May be run for every class of the school at once.
    static bool batchable(ReportKind kind) { return subject(kind) == Subject::Class && kind != ReportKind::MovementStatement; }
    // The results of these messages carry no report header; ReportJob adds the school's.
    static bool needsSchoolHeader(ReportKind kind);
    // Offered to this person (the server decides in the end).
    static bool availableTo(ReportKind kind, const UserInfo &user);
    // Admin, director or deputy: every class's reports and the school's.
    static bool managesSchool(const UserInfo &user);

    static QCborMap arguments(ReportKind kind, const ReportParameters &parameters);
    static Report render(ReportKind kind, const QCborMap &result);
};

} // namespace cj::client::reports
