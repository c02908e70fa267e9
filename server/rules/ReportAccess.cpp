#include "rules/ReportAccess.h"

#include "rpc/RpcError.h"
#include "storage/AssignmentStore.h"
#include "storage/ClassStore.h"

namespace cj::server {

namespace {
constexpr Roles kWholeSchool = Roles(Role::Admin) | Role::Director | Role::Deputy;
}

bool ReportAccess::seesWholeSchool(const Caller &caller)
{
    return caller.hasAny(kWholeSchool);
}

bool ReportAccess::leads(const Caller &caller, const ClassRecord &cls)
{
    return caller.has(Role::Teacher) && cls.classTeacherId == caller.userId;
}

void ReportAccess::requireClass(const Caller &caller, const ClassRecord &cls)
{
    if (!seesWholeSchool(caller) && !leads(caller, cls))
        deny(QStringLiteral("class reports are for the class teacher, the deputy, the director and the administrator"));
}

void ReportAccess::requireMovement(const Caller &caller, const ClassRecord *cls)
{
    if (seesWholeSchool(caller) || caller.has(Role::Secretary) || (cls && leads(caller, *cls)))
        return;
    deny(QStringLiteral("the movement statement is for the class teacher, the secretary and the administration"));
}

void ReportAccess::requireAssignment(const Caller &caller, qint64 assignmentTeacherId, const ClassRecord &cls)
{
    const bool teaches = caller.has(Role::Teacher) && assignmentTeacherId == caller.userId;
    if (!teaches && !leads(caller, cls) && !seesWholeSchool(caller))
        deny(QStringLiteral("a teacher gets reports on their own assignments only"));
}

void ReportAccess::requireSchool(const Caller &caller, bool secretaryToo)
{
    if (!seesWholeSchool(caller) && !(secretaryToo && caller.has(Role::Secretary)))
        deny(QStringLiteral("school reports are for the deputy, the director and the administrator"));
}

std::optional<QList<qint64>> ReportAccess::dynamicsSubjects(const Caller &caller, const QList<ClassRecord> &pupilClasses,
                                                            const QList<AssignmentRecord> &callerAssignments)
{
    if (seesWholeSchool(caller))
        return std::nullopt;
    QList<qint64> subjects;
    for (const ClassRecord &cls : pupilClasses) {
        if (leads(caller, cls))
            return std::nullopt;
        for (const AssignmentRecord &a : callerAssignments) {
            if (caller.has(Role::Teacher) && a.classId == cls.id && a.teacherId == caller.userId && !subjects.contains(a.subjectId))
                subjects.append(a.subjectId);
        }
    }
    if (subjects.isEmpty())
        deny(QStringLiteral("only the pupil's teachers, class teacher and the administration see these marks"));
    return subjects;
}

} // namespace cj::server
