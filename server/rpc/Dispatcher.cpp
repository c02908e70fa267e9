#include "rpc/Dispatcher.h"

#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>

#include "auth/AuthService.h"
#include "db/Db.h"
#include "handlers/AuthHandlers.h"
#include "handlers/CorrectionHandlers.h"
#include "handlers/JournalHandlers.h"
#include "handlers/PlanHandlers.h"
#include "handlers/ReportHandlers.h"
#include "handlers/SettingsHandlers.h"
#include "handlers/CalendarHandlers.h"
#include "handlers/ClassHandlers.h"
#include "handlers/CurriculumHandlers.h"
#include "handlers/ImportHandlers.h"
#include "handlers/ScheduleHandlers.h"
#include "handlers/SchoolHandlers.h"
#include "handlers/StudentHandlers.h"
#include "handlers/UserHandlers.h"
#include "protocol/CborBytes.h"
#include "rpc/RpcError.h"
#include "storage/OperationStore.h"
#include "storage/StructureCache.h"

Q_LOGGING_CATEGORY(lcRpc, "cj.rpc")

namespace cj::server {

using protocol::ErrorCode;
using M = protocol::MessageType;

namespace {
constexpr Roles kAdmin = Roles(Role::Admin);
constexpr Roles kAdminOrDirector = Roles(Role::Admin) | Role::Director;
constexpr Roles kStaff = staffRoles();
constexpr Roles kTeacherOrDirector = Roles(Role::Teacher) | Role::Director;
constexpr Roles kAdminOrDeputy = Roles(Role::Admin) | Role::Deputy;
constexpr Roles kAdminOrSecretary = Roles(Role::Admin) | Role::Secretary;
// Routes a class teacher may use: the teacher role is let through and Access checks the class.
constexpr Roles kAdminDeputyOrTeacher = kAdminOrDeputy | Role::Teacher;
constexpr Roles kRecordKeepersOrTeacher = kAdminOrSecretary | Role::Teacher;
constexpr Roles kAdminOrTeacher = Roles(Role::Admin) | Role::Teacher;
constexpr Roles kMovementReaders = kAdminOrSecretary | Role::Director | Role::Deputy | Role::Teacher;
// Reports: the roles that read every report; teachers pass the gate and rules/ReportAccess checks
// their class or assignment.
constexpr Roles kWholeSchool = kAdminOrDirector | Role::Deputy;
constexpr Roles kReportReaders = kWholeSchool | Role::Teacher;

const QHash<M, Route> &routes()
{
    // Hello and Ping are answered by the connection itself (net/ClientConnection.cpp).
    static const QHash<M, Route> table = {
        {M::AuthLogin, {handlers::authLogin, {}}},
        {M::AuthActivate, {handlers::authActivate, {}}},
        {M::AuthResume, {handlers::authResume, {}}},
        {M::AuthLogout, {handlers::authLogout, {}}},
        {M::AuthChangePassword, {handlers::authChangePassword, {}}},
        {M::SessionWhoAmI, {handlers::sessionWhoAmI, {}}},

        // The deputy picks teachers for substitutions; the secretary keeps the staff records.
        {M::UsersList, {handlers::usersList, kAdminOrDirector | Role::Deputy | Role::Secretary}},
        {M::UsersGet, {handlers::usersGet, kAdminOrDirector | Role::Deputy | Role::Secretary}},
        {M::UsersCreate, {handlers::usersCreate, kAdmin}},
        {M::UsersUpdate, {handlers::usersUpdate, kAdmin}},
        {M::UsersSetRoles, {handlers::usersSetRoles, kAdmin}},
        {M::UsersIssueActivation, {handlers::usersIssueActivation, kAdmin}},
        {M::UsersSetLocked, {handlers::usersSetLocked, kAdmin}},
        {M::UsersClearLockout, {handlers::usersClearLockout, kAdmin}},
        {M::SessionsList, {handlers::sessionsList, kAdminOrDirector}},
        {M::SessionsEnd, {handlers::sessionsEnd, kAdmin}},
        {M::LoginLogList, {handlers::loginLogList, kAdminOrDirector}},

        // The journal: the route says which roles may try; the page's rules say whose page it is.
        {M::JournalOpen, {handlers::journalOpen, kStaff}},
        {M::JournalClose, {handlers::journalClose, {}}},
        {M::JournalSetMarks, {handlers::journalSetMarks, kTeacherOrDirector}},
        {M::JournalSetAttendance, {handlers::journalSetAttendance, kTeacherOrDirector}},
        {M::JournalSetAbsenceReason, {handlers::journalSetAbsenceReason, kTeacherOrDirector | Role::Admin}},
        {M::JournalSetLesson, {handlers::journalSetLesson, kTeacherOrDirector}},
        {M::JournalSetFinalMark, {handlers::journalSetFinalMark, kTeacherOrDirector}},
        {M::JournalHistory, {handlers::journalHistory, kStaff}},
        {M::DiaryGet, {handlers::diaryGet, {}}},
        {M::AbsencesList, {handlers::absencesList, Roles(Role::Teacher) | Role::Admin | Role::Director | Role::Deputy}},
        {M::PlanGet, {handlers::planGet, kStaff}},
        {M::PlanSave, {handlers::planSave, Role::Teacher}},
        {M::PlanImportCsv, {handlers::planImportCsv, Role::Teacher}},
        {M::PlanApply, {handlers::planApply, Role::Teacher}},
        {M::CorrectionsFile, {handlers::correctionsFile, kTeacherOrDirector}},
        {M::CorrectionsList, {handlers::correctionsList, kTeacherOrDirector | Role::Admin | Role::Deputy}},
        {M::CorrectionsDecide, {handlers::correctionsDecide, kAdminOrDirector}},
        {M::CorrectionsWithdraw, {handlers::correctionsWithdraw, kTeacherOrDirector}},
        {M::SettingsGet, {handlers::settingsGet, kStaff}},
        {M::SettingsUpdate, {handlers::settingsUpdate, kAdmin}},
        {M::WorkKindsList, {handlers::workKindsList, kStaff}},
        {M::WorkKindsSave, {handlers::workKindsSave, kAdmin}},
        {M::ExemptionsSet, {handlers::exemptionsSet, Roles(Role::Admin) | Role::Deputy | Role::Teacher}},
        {M::ExemptionsRemove, {handlers::exemptionsRemove, Roles(Role::Admin) | Role::Deputy | Role::Teacher}},
        {M::TestSetClock, {handlers::testSetClock, {}}},
        // School structure: docs/protocol.md, "School structure".
        {M::SchoolGet, {handlers::schoolGet, {}}},
        {M::SchoolUpdate, {handlers::schoolUpdate, kAdmin}},
        {M::YearsList, {handlers::yearsList, kStaff}},
        {M::YearsCreate, {handlers::yearsCreate, kAdmin}},
        {M::YearsUpdate, {handlers::yearsUpdate, kAdmin}},
        {M::PeriodsSet, {handlers::periodsSet, kAdmin}},
        {M::HolidaysSave, {handlers::holidaysSave, kAdmin}},
        {M::HolidaysDelete, {handlers::holidaysDelete, kAdmin}},
        {M::BellsList, {handlers::bellsList, kStaff}},
        {M::BellsSave, {handlers::bellsSave, kAdmin}},
        {M::BellsDelete, {handlers::bellsDelete, kAdmin}},
        {M::ClassesList, {handlers::classesList, kStaff}},
        {M::ClassesCreate, {handlers::classesCreate, kAdmin}},
        {M::ClassesUpdate, {handlers::classesUpdate, kAdmin}},
        {M::ClassesDelete, {handlers::classesDelete, kAdmin}},
        {M::SubjectsList, {handlers::subjectsList, kStaff}},
        {M::SubjectsCreate, {handlers::subjectsCreate, kAdmin}},
        {M::SubjectsUpdate, {handlers::subjectsUpdate, kAdmin}},
        {M::SubgroupsList, {handlers::subgroupsList, kStaff}},
        {M::SubgroupsCreate, {handlers::subgroupsCreate, kAdmin}},
        {M::SubgroupsDelete, {handlers::subgroupsDelete, kAdmin}},
        {M::SubgroupsAssign, {handlers::subgroupsAssign, kAdminDeputyOrTeacher}},
        {M::StudentsList, {handlers::studentsList, kStaff}},
        {M::StudentsGet, {handlers::studentsGet, {}}},
        {M::StudentsCreate, {handlers::studentsCreate, kAdminOrSecretary}},
        {M::StudentsUpdate, {handlers::studentsUpdate, kRecordKeepersOrTeacher}},
        {M::StudentsTransfer, {handlers::studentsTransfer, kAdminOrSecretary}},
        {M::StudentsLeave, {handlers::studentsLeave, kAdminOrSecretary}},
        {M::StudentsReenrol, {handlers::studentsReenrol, kAdminOrSecretary}},
        {M::MovementsList, {handlers::movementsList, kMovementReaders}},
        {M::GuardiansSave, {handlers::guardiansSave, kRecordKeepersOrTeacher}},
        {M::GuardiansRemove, {handlers::guardiansRemove, kRecordKeepersOrTeacher}},
        {M::AccountsCreateForStudent, {handlers::accountsCreateForStudent, kAdminOrTeacher}},
        {M::AccountsCreateForGuardian, {handlers::accountsCreateForGuardian, kAdminOrTeacher}},
        {M::CurriculumList, {handlers::curriculumList, kStaff}},
        {M::CurriculumSet, {handlers::curriculumSet, kAdmin}},
        {M::AssignmentsList, {handlers::assignmentsList, kStaff}},
        {M::AssignmentsSave, {handlers::assignmentsSave, kAdmin}},
        {M::AssignmentsDelete, {handlers::assignmentsDelete, kAdmin}},
        {M::AssignmentsCheck, {handlers::assignmentsCheck, kStaff}},
        {M::ScheduleList, {handlers::scheduleList, {}}},
        {M::ScheduleSet, {handlers::scheduleSet, kAdminOrDeputy}},
        {M::ScheduleRemove, {handlers::scheduleRemove, kAdminOrDeputy}},
        {M::LessonsGenerate, {handlers::lessonsGenerate, kAdminOrDeputy}},
        {M::LessonsList, {handlers::lessonsList, kStaff}},
        {M::LessonsAdd, {handlers::lessonsAdd, kAdminOrDeputy}},
        {M::LessonsDelete, {handlers::lessonsDelete, kAdminOrDeputy}},
        {M::SubstitutionsSet, {handlers::substitutionsSet, kAdminOrDeputy}},
        {M::SubstitutionsRemove, {handlers::substitutionsRemove, kAdminOrDeputy}},
        {M::SubstitutionsList, {handlers::substitutionsList, kStaff}},
        {M::ImportPreview, {handlers::importPreview, kAdminOrSecretary}},
        {M::ImportCommit, {handlers::importCommit, kAdminOrSecretary}},

        // Reports: docs/protocol.md, "Reports".
        {M::ReportsClassJournal, {handlers::reportsClassJournal, kReportReaders}},
        {M::ReportsSubjectPages, {handlers::reportsSubjectPages, kReportReaders}},
        {M::ReportsProgressStatement, {handlers::reportsProgressStatement, kReportReaders}},
        {M::ReportsAttendanceStatement, {handlers::reportsAttendanceStatement, kReportReaders}},
        {M::ReportsAttendanceMonth, {handlers::reportsAttendanceMonth, kReportReaders}},
        {M::ReportsMovementStatement, {handlers::reportsMovementStatement, kReportReaders | Role::Secretary}},
        {M::ReportsPeriodResults, {handlers::reportsPeriodResults, kReportReaders}},
        {M::ReportsForecast, {handlers::reportsForecast, kReportReaders}},
        {M::ReportsClassTeacherReport, {handlers::reportsClassTeacherReport, kReportReaders}},
        {M::ReportsParentLetters, {handlers::reportsParentLetters, kReportReaders}},
        {M::ReportsSchoolEnrolment, {handlers::reportsSchoolEnrolment, kWholeSchool | Role::Secretary}},
        {M::ReportsSchoolMovement, {handlers::reportsSchoolMovement, kWholeSchool | Role::Secretary}},
        {M::ReportsSchoolResults, {handlers::reportsSchoolResults, kWholeSchool}},
        {M::ReportsJournalControl, {handlers::reportsJournalControl, kWholeSchool}},
        {M::ReportsStudentDynamics, {handlers::reportsStudentDynamics, kReportReaders}},
    };
    return table;
}

protocol::Error makeError(ErrorCode code, const QString &message, QCborMap details = {})
{
    return protocol::Error{code, message, std::move(details)};
}

// Constraint violations that reach here were not caught by a rule first; still say what happened.
protocol::Error errorFromSql(const SqlError &e)
{
    QCborMap details;
    if (!e.constraint().isEmpty())
        details.insert(QStringLiteral("constraint"), e.constraint());
    if (e.isUniqueViolation() || e.isExclusionViolation())
        return makeError(ErrorCode::Conflict, QStringLiteral("this already exists"), details);
    if (e.isForeignKeyViolation())
        return makeError(ErrorCode::Conflict, QStringLiteral("refers to or is referred by other records"), details);
    if (e.isCheckViolation())
        return makeError(ErrorCode::ValidationFailed, QStringLiteral("a value is out of its allowed range"), details);
    return makeError(ErrorCode::Internal, QStringLiteral("internal server error"));
}

// Writes that cannot change what StructureCache holds (lessons' assignments and substitutes,
// memberships, calendars, exemptions, kinds of work). Any other write moves the cache's epoch on
// once it has finished, committed or not.
bool leavesStructureAlone(M type)
{
    switch (type) {
    case M::JournalSetMarks:
    case M::JournalSetAttendance:
    case M::JournalSetAbsenceReason:
    case M::JournalSetFinalMark:
    case M::JournalSetLesson: // forgets its one lesson itself
    case M::CorrectionsFile:
    case M::CorrectionsWithdraw:
    case M::AuthChangePassword:
        return true;
    default:
        return false;
    }
}

protocol::Response runOnce(const protocol::Request &request, const Caller &caller, const ConnectionInfo &connection,
                           Db &db, Effects *effects)
{
    const Route *route = Dispatcher::route(request.type);
    const QString typeName = protocol::messageTypeName(request.type);
    RequestContext ctx(request, caller, connection, db);
    try {
        if (!protocol::isWrite(request.type)) {
            const QCborMap result = route->handler(ctx);
            *effects = ctx.effects;
            return protocol::okResponse(request, result);
        }
        const auto invalidate = qScopeGuard([&] {
            if (!leavesStructureAlone(request.type))
                StructureCache::invalidate();
        });
        Transaction tx(db);
        if (const auto applied = OperationStore::find(db, request.opId)) {
            if (applied->userId != caller.userId || applied->messageType != typeName)
                return protocol::errorResponse(request.id, typeName,
                                               makeError(ErrorCode::Conflict, QStringLiteral("operation id already used")));
            // A resend of something already applied: answer as the first time, change nothing.
            return protocol::okResponse(request, applied->result);
        }
        const QByteArray result = protocol::CborBytes::of(route->handler(ctx)); // once, for the record and the answer
        OperationStore::record(db, request.opId, caller.userId, typeName, result);
        tx.commit();
        for (const auto &hook : std::as_const(ctx.effects.afterCommit))
            hook();
        *effects = ctx.effects;
        return protocol::okResponse(request, result);
    } catch (const RpcError &e) {
        return protocol::errorResponse(request.id, typeName, e.error());
    } catch (const protocol::ArgumentError &e) {
        return protocol::errorResponse(
            request.id, typeName,
            makeError(ErrorCode::InvalidArgument, QString::fromStdString(e.what()),
                      QCborMap{{QStringLiteral("field"), e.field()}, {QStringLiteral("expected"), e.expected()}}));
    }
}
} // namespace

const Route *Dispatcher::route(protocol::MessageType type)
{
    const auto &table = routes();
    const auto it = table.constFind(type);
    return it == table.constEnd() ? nullptr : &*it;
}

std::optional<protocol::Error> Dispatcher::admit(const protocol::Request &request, const Caller &caller)
{
    const Route *r = route(request.type);
    if (!r)
        return makeError(ErrorCode::UnknownType, QStringLiteral("no handler for this message"));
    if (!protocol::isPreAuth(request.type) && !caller.isAuthenticated())
        return makeError(ErrorCode::NotAuthenticated, QStringLiteral("sign in first"));
    if (r->roles && !caller.hasAny(r->roles))
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("your role does not allow this"),
                         QCborMap{{QStringLiteral("requiredRoles"), QCborArray::fromStringList(roleNames(r->roles))}});
    return std::nullopt;
}

Dispatcher::Outcome Dispatcher::execute(const protocol::Request &request, Caller caller, bool reloadCaller,
                                        const ConnectionInfo &connection)
{
    Outcome outcome;
    const QString typeName = protocol::messageTypeName(request.type);
    for (int attempt = 0;; ++attempt) {
        try {
            Db &db = Db::local();
            if (reloadCaller && caller.isAuthenticated()) {
                caller = AuthService::loadCaller(db, caller.userId, caller.sessionId, connection);
                outcome.effects.newCaller = caller;
                if (const auto refused = admit(request, caller)) {
                    outcome.response = protocol::errorResponse(request.id, typeName, *refused);
                    return outcome;
                }
            }
            Effects effects;
            outcome.response = runOnce(request, caller, connection, db, &effects);
            effects.merge(outcome.effects);
            outcome.effects = effects;
            return outcome;
        } catch (const SqlError &e) {
            const bool retry = attempt < 3
                && (e.isSerializationFailure() || (e.isConnectionLost() && attempt == 0)
                    || (e.isUniqueViolation() && e.constraint() == QLatin1String("applied_operations_pkey")));
            if (retry) {
                if (e.isConnectionLost()) {
                    try {
                        Db::local().reconnect();
                    } catch (const SqlError &again) {
                        qCCritical(lcRpc) << "database unavailable:" << again.what();
                        outcome.response = protocol::errorResponse(
                            request.id, typeName,
                            makeError(ErrorCode::ServerBusy, QStringLiteral("the database is unavailable; try again")));
                        return outcome;
                    }
                }
                continue;
            }
            const protocol::Error error = errorFromSql(e);
            if (error.code == ErrorCode::Internal)
                qCCritical(lcRpc).noquote() << typeName << "failed:" << e.what();
            else
                qCInfo(lcRpc).noquote() << typeName << "refused by a constraint:" << e.what();
            outcome.response = protocol::errorResponse(request.id, typeName, error);
            return outcome;
        } catch (const std::exception &e) {
            qCCritical(lcRpc).noquote() << typeName << "crashed in handler:" << e.what();
            outcome.response = protocol::errorResponse(request.id, typeName,
                                                       makeError(ErrorCode::Internal, QStringLiteral("internal server error")));
            return outcome;
        }
    }
}

} // namespace cj::server
