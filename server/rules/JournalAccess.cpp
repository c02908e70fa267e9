#include "rules/JournalAccess.h"

namespace cj::server {

QCborMap PageRights::toCbor() const
{
    return QCborMap{{QStringLiteral("marks"), marks},
                    {QStringLiteral("attendance"), marks},
                    {QStringLiteral("topics"), marks},
                    {QStringLiteral("reasons"), reasons},
                    {QStringLiteral("finalMarks"), finalMarks},
                    {QStringLiteral("plan"), plan}};
}

bool JournalAccess::isClassTeacherOf(const Caller &caller, const AssignmentContext &a)
{
    return a.classTeacherId == caller.userId && caller.has(Role::Teacher);
}

PageRights JournalAccess::rights(const Caller &caller, const AssignmentContext &a, bool substitutesHere)
{
    PageRights r;
    if (a.schoolId != caller.schoolId)
        return r;
    const bool owner = a.teacherId == caller.userId && caller.has(Role::Teacher);
    const bool classTeacher = isClassTeacherOf(caller, a);
    const bool director = caller.has(Role::Director);
    r.read = owner || classTeacher || substitutesHere || director || caller.has(Role::Deputy) || caller.has(Role::Admin);
    if (a.yearClosed)
        return r;
    r.marks = owner || director;
    r.reasons = canSetReasons(caller, a.classTeacherId);
    r.finalMarks = owner || classTeacher || director;
    r.plan = owner;
    return r;
}

bool JournalAccess::canEditLesson(const Caller &caller, const LessonContext &lesson)
{
    const AssignmentContext &a = lesson.assignment;
    if (a.schoolId != caller.schoolId || a.yearClosed)
        return false;
    const bool teacher = caller.has(Role::Teacher)
        && (a.teacherId == caller.userId || lesson.substituteId == caller.userId);
    return teacher || caller.has(Role::Director);
}

bool JournalAccess::canSetReasons(const Caller &caller, qint64 classTeacherId)
{
    return (classTeacherId == caller.userId && caller.has(Role::Teacher)) || caller.has(Role::Admin)
        || caller.has(Role::Director);
}

} // namespace cj::server
