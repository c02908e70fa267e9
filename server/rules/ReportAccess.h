#pragma once

#include <QList>

#include <optional>

#include "rpc/Caller.h"

namespace cj::server {

struct AssignmentRecord;
struct ClassRecord;

// Who may ask for which report (docs/protocol.md "Reports"), beyond the route's roles: a teacher gets
// reports on their own assignments, a class teacher on their class, deputy, director and admin on
// all; the secretary the movement and enrolment reports. Each check throws permission_denied.
class ReportAccess
{
public:
    // Deputy, director and admin read every report.
    static bool seesWholeSchool(const Caller &caller);
    // The teacher named class teacher of the class (checked on the class itself, so it holds for a
    // closed year's class too).
    static bool leads(const Caller &caller, const ClassRecord &cls);

    static void requireClass(const Caller &caller, const ClassRecord &cls);
    // A class's movement statement (cls set) or the whole school's (cls null).
    static void requireMovement(const Caller &caller, const ClassRecord *cls);
    // One assignment's reports: its teacher, the class teacher of its class, and the school-wide roles.
    static void requireAssignment(const Caller &caller, qint64 assignmentTeacherId, const ClassRecord &cls);
    static void requireSchool(const Caller &caller, bool secretaryToo);
    // The subjects of a pupil's marks the caller may chart: all (nullopt) for the school-wide roles
    // and the class teacher of a class the pupil was in; for a teacher, the subjects they teach in
    // those classes; permission_denied when none.
    static std::optional<QList<qint64>> dynamicsSubjects(const Caller &caller, const QList<ClassRecord> &pupilClasses,
                                                         const QList<AssignmentRecord> &callerAssignments);
};

} // namespace cj::server
