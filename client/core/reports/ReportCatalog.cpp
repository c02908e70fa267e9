#include "core/reports/ReportCatalog.h"

#include "core/Session.h"
#include "core/reports/AttendanceMonthRenderer.h"
#include "core/reports/AttendanceStatementRenderer.h"
#include "core/reports/ClassJournalRenderer.h"
#include "core/reports/ClassTeacherReportRenderer.h"
#include "core/reports/CorrectionsRegisterRenderer.h"
#include "core/reports/ForecastRenderer.h"
#include "core/reports/JournalControlRenderer.h"
#include "core/reports/MovementStatementRenderer.h"
#include "core/reports/ParentLettersRenderer.h"
#include "core/reports/PeriodResultsRenderer.h"
#include "core/reports/ProgressStatementRenderer.h"
#include "core/reports/SchoolEnrolmentRenderer.h"
#include "core/reports/SchoolMovementRenderer.h"
#include "core/reports/SchoolResultsRenderer.h"
#include "core/reports/SubjectPagesRenderer.h"
#include "core/reports/SubstitutionsRegisterRenderer.h"
#include "protocol/ArgReader.h"

namespace cj::client::reports {

using protocol::MessageType;

namespace {

struct Entry {
    ReportKind kind;
    const char *name;
    MessageType message;
    ReportCatalog::Subject subject;
    ReportCatalog::Time time;
};

using S = ReportCatalog::Subject;
using T = ReportCatalog::Time;

const Entry kEntries[] = {
    {ReportKind::ClassJournal, "class-journal", MessageType::ReportsClassJournal, S::Class, T::OptionalPeriod},
    {ReportKind::SubjectPages, "subject-pages", MessageType::ReportsSubjectPages, S::Assignment, T::OptionalRange},
    {ReportKind::ProgressStatement, "progress-statement", MessageType::ReportsProgressStatement, S::Class, T::None},
    {ReportKind::AttendanceStatement, "attendance-statement", MessageType::ReportsAttendanceStatement, S::Class, T::OptionalRange},
    {ReportKind::AttendanceMonth, "attendance-month", MessageType::ReportsAttendanceMonth, S::Class, T::Month},
    {ReportKind::MovementStatement, "movement-statement", MessageType::ReportsMovementStatement, S::Class, T::None},
    {ReportKind::PeriodResults, "period-results", MessageType::ReportsPeriodResults, S::Class, T::PeriodOrYear},
    {ReportKind::SubjectResults, "subject-results", MessageType::ReportsPeriodResults, S::Assignment, T::PeriodOrYear},
    {ReportKind::Forecast, "forecast", MessageType::ReportsForecast, S::Class, T::Period},
    {ReportKind::SubjectForecast, "subject-forecast", MessageType::ReportsForecast, S::Assignment, T::Period},
    {ReportKind::ClassTeacherReport, "class-teacher-report", MessageType::ReportsClassTeacherReport, S::Class, T::Period},
    {ReportKind::ParentLetters, "parent-letters", MessageType::ReportsParentLetters, S::Class, T::Range},
    {ReportKind::SchoolEnrolment, "school-enrolment", MessageType::ReportsSchoolEnrolment, S::School, T::Day},
    {ReportKind::SchoolMovement, "school-movement", MessageType::ReportsSchoolMovement, S::School, T::None},
    {ReportKind::SchoolResults, "school-results", MessageType::ReportsSchoolResults, S::School, T::PeriodNumberOrYear},
    {ReportKind::JournalControl, "journal-control", MessageType::ReportsJournalControl, S::School, T::Range},
    {ReportKind::CorrectionsRegister, "corrections", MessageType::CorrectionsList, S::School, T::OptionalRange},
    {ReportKind::SubstitutionsRegister, "substitutions", MessageType::SubstitutionsList, S::School, T::Range},
};

const Entry &entry(ReportKind kind)
{
    for (const Entry &e : kEntries) {
        if (e.kind == kind)
            return e;
    }
    Q_UNREACHABLE();
}

QString wire(const QDate &date)
{
    return protocol::dateToWire(date);
}

} // namespace

QList<ReportKind> ReportCatalog::all()
{
    QList<ReportKind> list;
    for (const Entry &e : kEntries)
        list.append(e.kind);
    return list;
}

QString ReportCatalog::name(ReportKind kind)
{
    return QString::fromLatin1(entry(kind).name);
}

std::optional<ReportKind> ReportCatalog::fromName(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.name))
            return e.kind;
    }
    return std::nullopt;
}

ReportCatalog::Subject ReportCatalog::subject(ReportKind kind)
{
    return entry(kind).subject;
}

ReportCatalog::Time ReportCatalog::time(ReportKind kind)
{
    return entry(kind).time;
}

protocol::MessageType ReportCatalog::message(ReportKind kind)
{
    return entry(kind).message;
}

bool ReportCatalog::needsSchoolHeader(ReportKind kind)
{
    return kind == ReportKind::CorrectionsRegister || kind == ReportKind::SubstitutionsRegister;
}

QString ReportCatalog::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ClassJournal:
        return ClassJournalRenderer::title();
    case ReportKind::SubjectPages:
        return SubjectPagesRenderer::title();
    case ReportKind::ProgressStatement:
        return ProgressStatementRenderer::title();
    case ReportKind::AttendanceStatement:
        return AttendanceStatementRenderer::title();
    case ReportKind::AttendanceMonth:
        return AttendanceMonthRenderer::title();
    case ReportKind::MovementStatement:
        return MovementStatementRenderer::title();
    case ReportKind::PeriodResults:
        return PeriodResultsRenderer::title();
    case ReportKind::SubjectResults:
        return PeriodResultsRenderer::subjectTitle();
    case ReportKind::Forecast:
        return ForecastRenderer::title();
    case ReportKind::SubjectForecast:
        return tr("Preliminary report (forecast) for a subject");
    case ReportKind::ClassTeacherReport:
        return ClassTeacherReportRenderer::title();
    case ReportKind::ParentLetters:
        return ParentLettersRenderer::title();
    case ReportKind::SchoolEnrolment:
        return SchoolEnrolmentRenderer::title();
    case ReportKind::SchoolMovement:
        return SchoolMovementRenderer::title();
    case ReportKind::SchoolResults:
        return SchoolResultsRenderer::title();
    case ReportKind::JournalControl:
        return JournalControlRenderer::title();
    case ReportKind::CorrectionsRegister:
        return CorrectionsRegisterRenderer::title();
    case ReportKind::SubstitutionsRegister:
        return SubstitutionsRegisterRenderer::title();
    }
    return {};
}

bool ReportCatalog::managesSchool(const UserInfo &user)
{
    return user.has(Role::Admin) || user.has(Role::Director) || user.has(Role::Deputy);
}

bool ReportCatalog::availableTo(ReportKind kind, const UserInfo &user)
{
    const bool management = managesSchool(user);
    const bool teacher = user.has(Role::Teacher);
    const bool classTeacher = user.isClassTeacher();
    switch (kind) {
    case ReportKind::SubjectPages:
    case ReportKind::SubjectResults:
    case ReportKind::SubjectForecast:
        return management || teacher;
    case ReportKind::MovementStatement:
    case ReportKind::SchoolEnrolment:
    case ReportKind::SchoolMovement:
        return management || user.has(Role::Secretary) || (kind == ReportKind::MovementStatement && classTeacher);
    case ReportKind::SchoolResults:
    case ReportKind::JournalControl:
    case ReportKind::SubstitutionsRegister:
        return management;
    case ReportKind::CorrectionsRegister:
        return management || teacher;
    default: // class reports
        return management || classTeacher;
    }
}

QCborMap ReportCatalog::arguments(ReportKind kind, const ReportParameters &p)
{
    QCborMap args;
    const auto put = [&args](const char *key, const QCborValue &value) { args.insert(QLatin1StringView(key), value); };
    switch (subject(kind)) {
    case Subject::Class:
        if (p.classId > 0)
            put("classId", p.classId);
        break;
    case Subject::Assignment:
        put("assignmentId", p.assignmentId);
        break;
    case Subject::School:
        // Journal control may be narrowed to a class or a teacher; the registers take no year.
        if (kind == ReportKind::JournalControl && p.classId > 0)
            put("classId", p.classId);
        if (kind == ReportKind::JournalControl && p.teacherId > 0)
            put("teacherId", p.teacherId);
        if (p.yearId > 0 && kind != ReportKind::JournalControl && !needsSchoolHeader(kind))
            put("yearId", p.yearId);
        break;
    }
    // The whole school's movement is of a year; a class's, of the class's.
    if (kind == ReportKind::MovementStatement && p.classId <= 0 && p.yearId > 0)
        put("yearId", p.yearId);
    switch (time(kind)) {
    case Time::None:
        break;
    case Time::OptionalPeriod:
    case Time::Period:
        if (p.periodId > 0)
            put("periodId", p.periodId);
        break;
    case Time::PeriodOrYear:
        if (p.wholeYear)
            put("year", true);
        else
            put("periodId", p.periodId);
        break;
    case Time::PeriodNumberOrYear:
        if (p.wholeYear)
            put("year", true);
        else
            put("periodNumber", p.periodNumber);
        break;
    case Time::OptionalRange:
    case Time::Range:
        if (p.from.isValid())
            put("from", wire(p.from));
        if (p.to.isValid())
            put("to", wire(p.to));
        break;
    case Time::Month:
        put("month", p.month.toString(QStringLiteral("yyyy-MM")));
        break;
    case Time::Day:
        if (p.date.isValid())
            put("date", wire(p.date));
        break;
    }
    if (kind == ReportKind::ParentLetters && p.studentId > 0) {
        args.remove(QStringLiteral("classId"));
        put("studentId", p.studentId);
    }
    if (kind == ReportKind::CorrectionsRegister && !p.status.isEmpty())
        put("status", p.status);
    return args;
}

Report ReportCatalog::render(ReportKind kind, const QCborMap &result)
{
    switch (kind) {
    case ReportKind::ClassJournal:
        break; // needs more than one result: ClassJournalRenderer::render(ClassJournalData)
    case ReportKind::SubjectPages:
        return SubjectPagesRenderer::render(result);
    case ReportKind::ProgressStatement:
        return ProgressStatementRenderer::render(result);
    case ReportKind::AttendanceStatement:
        return AttendanceStatementRenderer::render(result);
    case ReportKind::AttendanceMonth:
        return AttendanceMonthRenderer::render(result);
    case ReportKind::MovementStatement:
        return MovementStatementRenderer::render(result);
    case ReportKind::PeriodResults:
    case ReportKind::SubjectResults:
        return PeriodResultsRenderer::render(result);
    case ReportKind::Forecast:
    case ReportKind::SubjectForecast:
        return ForecastRenderer::render(result);
    case ReportKind::ClassTeacherReport:
        return ClassTeacherReportRenderer::render(result);
    case ReportKind::ParentLetters:
        return ParentLettersRenderer::render(result);
    case ReportKind::SchoolEnrolment:
        return SchoolEnrolmentRenderer::render(result);
    case ReportKind::SchoolMovement:
        return SchoolMovementRenderer::render(result);
    case ReportKind::SchoolResults:
        return SchoolResultsRenderer::render(result);
    case ReportKind::JournalControl:
        return JournalControlRenderer::render(result);
    case ReportKind::CorrectionsRegister:
        return CorrectionsRegisterRenderer::render(result);
    case ReportKind::SubstitutionsRegister:
        return SubstitutionsRegisterRenderer::render(result);
    }
    return {};
}

} // namespace cj::client::reports
