#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "domain/Role.h"
#include "rpc/Caller.h"

namespace cj::server {

class Db;

// Who may read and change what in the school structure (docs/protocol.md, "School structure"),
// beyond the role gate of the route table: the class teacher for their own class, subject teachers
// for the classes they teach, students and parents for themselves and their children, and which
// students' personal data (152-ФЗ) a caller sees.
class Access
{
public:
    enum class CardView { None, Public, Personal };

    static bool isStaff(const Caller &caller) { return caller.hasAny(staffRoles()); }
    // Admin, director, deputy and secretary see every student's card.
    static bool seesEveryCard(const Caller &caller);
    static bool leads(const Caller &caller, qint64 classId) { return caller.classTeacherOf.contains(classId); }

    // permission_denied unless the caller holds one of the roles or leads the class.
    static void requireRoleOrClassTeacher(const Caller &caller, Roles roles, qint64 classId);
    // The same for students: the class teacher of a class one of them is or was in.
    static void requireRoleOrClassTeacherOfStudents(Db &db, const Caller &caller, Roles roles,
                                                    const QList<qint64> &studentIds);

    static CardView cardView(Db &db, const Caller &caller, qint64 studentId);
    // The classes of a year whose student lists the caller may read: nullopt means all of them; a
    // teacher without a wider role gets the classes they teach or lead.
    static std::optional<QList<qint64>> readableClasses(Db &db, const Caller &caller, qint64 yearId);
    // Students and parents read the schedule of their own (their child's) class on the date only.
    static void requireScheduleReader(Db &db, const Caller &caller, qint64 classId, const QDate &date);
};

} // namespace cj::server
