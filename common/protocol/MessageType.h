#pragma once

#include <QFlags>
#include <QString>

namespace cj::protocol {

// How a message may be used. PreAuth: accepted before login. Write: changes data, so it must carry
// an operation id and is applied exactly once. Event: pushed by the server, never requested.
enum class MessageFlag {
    None = 0,
    PreAuth = 1 << 0,
    Write = 1 << 1,
    Event = 1 << 2,
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

// Every message of the protocol, declared in this one list: the C++ name, the wire name, the flags.
// docs/protocol.md documents each one; tests/tst_messages checks the two agree.
#define CJ_MESSAGES(X) \
    /* handshake and session */ \
    X(Hello, "hello", PreAuth) \
    X(Ping, "ping", PreAuth) \
    X(AuthLogin, "auth.login", PreAuth) \
    X(AuthActivate, "auth.activate", PreAuth) \
    X(AuthResume, "auth.resume", PreAuth) \
    X(AuthLogout, "auth.logout", None) \
    X(AuthChangePassword, "auth.changePassword", Write) \
    X(SessionWhoAmI, "session.whoami", None) \
    /* accounts (admin) */ \
    X(UsersList, "users.list", None) \
    X(UsersGet, "users.get", None) \
    X(UsersCreate, "users.create", Write) \
    X(UsersUpdate, "users.update", Write) \
    X(UsersSetRoles, "users.setRoles", Write) \
    X(UsersIssueActivation, "users.issueActivation", Write) \
    X(UsersSetLocked, "users.setLocked", Write) \
    X(UsersClearLockout, "users.clearLockout", Write) \
    X(SessionsList, "sessions.list", None) \
    X(SessionsEnd, "sessions.end", Write) \
    X(LoginLogList, "loginLog.list", None) \
    /* school structure (docs/protocol.md "School structure") */ \
    X(SchoolGet, "school.get", None) \
    X(SchoolUpdate, "school.update", Write) \
    X(YearsList, "years.list", None) \
    X(YearsCreate, "years.create", Write) \
    X(YearsUpdate, "years.update", Write) \
    X(PeriodsSet, "periods.set", Write) \
    X(HolidaysSave, "holidays.save", Write) \
    X(HolidaysDelete, "holidays.delete", Write) \
    X(BellsList, "bells.list", None) \
    X(BellsSave, "bells.save", Write) \
    X(BellsDelete, "bells.delete", Write) \
    X(ClassesList, "classes.list", None) \
    X(ClassesCreate, "classes.create", Write) \
    X(ClassesUpdate, "classes.update", Write) \
    X(ClassesDelete, "classes.delete", Write) \
    X(SubjectsList, "subjects.list", None) \
    X(SubjectsCreate, "subjects.create", Write) \
    X(SubjectsUpdate, "subjects.update", Write) \
    X(SubgroupsList, "subgroups.list", None) \
    X(SubgroupsCreate, "subgroups.create", Write) \
    X(SubgroupsDelete, "subgroups.delete", Write) \
    X(SubgroupsAssign, "subgroups.assign", Write) \
    X(StudentsList, "students.list", None) \
    X(StudentsGet, "students.get", None) \
    X(StudentsCreate, "students.create", Write) \
    X(StudentsUpdate, "students.update", Write) \
    X(StudentsTransfer, "students.transfer", Write) \
    X(StudentsLeave, "students.leave", Write) \
    X(StudentsReenrol, "students.reenrol", Write) \
    X(MovementsList, "movements.list", None) \
    X(GuardiansSave, "guardians.save", Write) \
    X(GuardiansRemove, "guardians.remove", Write) \
    X(AccountsCreateForStudent, "accounts.createForStudent", Write) \
    X(AccountsCreateForGuardian, "accounts.createForGuardian", Write) \
    X(CurriculumList, "curriculum.list", None) \
    X(CurriculumSet, "curriculum.set", Write) \
    X(AssignmentsList, "assignments.list", None) \
    X(AssignmentsSave, "assignments.save", Write) \
    X(AssignmentsDelete, "assignments.delete", Write) \
    X(AssignmentsCheck, "assignments.check", None) \
    X(ScheduleList, "schedule.list", None) \
    X(ScheduleSet, "schedule.set", Write) \
    X(ScheduleRemove, "schedule.remove", Write) \
    X(LessonsGenerate, "lessons.generate", Write) \
    X(LessonsList, "lessons.list", None) \
    X(LessonsAdd, "lessons.add", Write) \
    X(LessonsDelete, "lessons.delete", Write) \
    X(SubstitutionsSet, "substitutions.set", Write) \
    X(SubstitutionsRemove, "substitutions.remove", Write) \
    X(SubstitutionsList, "substitutions.list", None) \
    X(ImportPreview, "import.preview", None) \
    X(ImportCommit, "import.commit", Write) \
    /* the journal (docs/protocol.md "The journal") */ \
    X(JournalOpen, "journal.open", None) \
    X(JournalClose, "journal.close", None) \
    X(JournalSetMarks, "journal.setMarks", Write) \
    X(JournalSetAttendance, "journal.setAttendance", Write) \
    X(JournalSetAbsenceReason, "journal.setAbsenceReason", Write) \
    X(JournalSetLesson, "journal.setLesson", Write) \
    X(JournalSetFinalMark, "journal.setFinalMark", Write) \
    X(JournalHistory, "journal.history", None) \
    X(DiaryGet, "diary.get", None) \
    X(AbsencesList, "absences.list", None) \
    X(PlanGet, "plan.get", None) \
    X(PlanSave, "plan.save", Write) \
    X(PlanImportCsv, "plan.importCsv", None) \
    X(PlanApply, "plan.apply", Write) \
    X(CorrectionsFile, "corrections.file", Write) \
    X(CorrectionsList, "corrections.list", None) \
    X(CorrectionsDecide, "corrections.decide", Write) \
    X(CorrectionsWithdraw, "corrections.withdraw", Write) \
    X(SettingsGet, "settings.get", None) \
    X(SettingsUpdate, "settings.update", Write) \
    X(WorkKindsList, "workKinds.list", None) \
    X(WorkKindsSave, "workKinds.save", Write) \
    X(ExemptionsSet, "exemptions.set", Write) \
    X(ExemptionsRemove, "exemptions.remove", Write) \
    X(TestSetClock, "test.setClock", None) \
    /* reports (docs/protocol.md "Reports") */ \
    X(ReportsClassJournal, "reports.classJournal", None) \
    X(ReportsSubjectPages, "reports.subjectPages", None) \
    X(ReportsProgressStatement, "reports.progressStatement", None) \
    X(ReportsAttendanceStatement, "reports.attendanceStatement", None) \
    X(ReportsAttendanceMonth, "reports.attendanceMonth", None) \
    X(ReportsMovementStatement, "reports.movementStatement", None) \
    X(ReportsPeriodResults, "reports.periodResults", None) \
    X(ReportsForecast, "reports.forecast", None) \
    X(ReportsClassTeacherReport, "reports.classTeacherReport", None) \
    X(ReportsParentLetters, "reports.parentLetters", None) \
    X(ReportsSchoolEnrolment, "reports.schoolEnrolment", None) \
    X(ReportsSchoolMovement, "reports.schoolMovement", None) \
    X(ReportsSchoolResults, "reports.schoolResults", None) \
    X(ReportsJournalControl, "reports.journalControl", None) \
    X(ReportsStudentDynamics, "reports.studentDynamics", None) \
    /* server pushes */ \
    X(EventSessionEnded, "event.sessionEnded", Event) \
    X(EventJournalChanged, "event.journalChanged", Event) \
    X(EventServerShutdown, "event.serverShutdown", Event)

enum class MessageType {
    Invalid = 0,
#define CJ_X(name, wire, flags) name,
    CJ_MESSAGES(CJ_X)
#undef CJ_X
};

QString messageTypeName(MessageType type);
MessageType messageTypeFromName(const QString &name); // Invalid when unknown
MessageFlags messageFlags(MessageType type);
QList<MessageType> allMessageTypes();

inline bool isWrite(MessageType t) { return messageFlags(t).testFlag(MessageFlag::Write); }
inline bool isPreAuth(MessageType t) { return messageFlags(t).testFlag(MessageFlag::PreAuth); }
inline bool isEvent(MessageType t) { return messageFlags(t).testFlag(MessageFlag::Event); }

} // namespace cj::protocol
