#include "rules/Access.h"

#include "rpc/RpcError.h"
#include "storage/AssignmentStore.h"
#include "storage/GuardianStore.h"
#include "storage/StudentStore.h"

namespace cj::server {

namespace {
constexpr Roles kEveryCard = Roles(Role::Admin) | Role::Director | Role::Deputy | Role::Secretary;

[[noreturn]] void refuse()
{
    deny(QStringLiteral("only for the class teacher of this class or the roles named"));
}

bool leadsAnyOf(const Caller &caller, const QList<MembershipRecord> &memberships)
{
    for (const MembershipRecord &m : memberships) {
        if (caller.classTeacherOf.contains(m.classId))
            return true;
    }
    return false;
}
} // namespace

bool Access::seesEveryCard(const Caller &caller)
{
    return caller.hasAny(kEveryCard);
}

void Access::requireRoleOrClassTeacher(const Caller &caller, Roles roles, qint64 classId)
{
    if (!caller.hasAny(roles) && !(caller.has(Role::Teacher) && leads(caller, classId)))
        refuse();
}

void Access::requireRoleOrClassTeacherOfStudents(Db &db, const Caller &caller, Roles roles,
                                                 const QList<qint64> &studentIds)
{
    if (caller.hasAny(roles))
        return;
    if (caller.has(Role::Teacher)) {
        for (const qint64 studentId : studentIds) {
            if (leadsAnyOf(caller, StudentStore::memberships(db, studentId)))
                return;
        }
    }
    refuse();
}

Access::CardView Access::cardView(Db &db, const Caller &caller, qint64 studentId)
{
    if (seesEveryCard(caller))
        return CardView::Personal;
    if (caller.has(Role::Student) && StudentStore::ofAccount(db, caller.userId).contains(studentId))
        return CardView::Personal;
    if (caller.has(Role::Parent) && GuardianStore::childrenOfAccount(db, caller.userId).contains(studentId))
        return CardView::Personal;
    if (!caller.has(Role::Teacher))
        return CardView::None;
    const QList<MembershipRecord> memberships = StudentStore::memberships(db, studentId);
    if (leadsAnyOf(caller, memberships))
        return CardView::Personal;
    for (const MembershipRecord &m : memberships) {
        if (AssignmentStore::teaches(db, caller.userId, m.classId))
            return CardView::Public;
    }
    return CardView::None;
}

std::optional<QList<qint64>> Access::readableClasses(Db &db, const Caller &caller, qint64 yearId)
{
    if (seesEveryCard(caller))
        return std::nullopt;
    QList<qint64> classes = caller.classTeacherOf;
    AssignmentFilter filter;
    filter.yearId = yearId;
    filter.teacherId = caller.userId;
    for (const AssignmentRecord &a : AssignmentStore::list(db, filter)) {
        if (!classes.contains(a.classId))
            classes.append(a.classId);
    }
    return classes;
}

void Access::requireScheduleReader(Db &db, const Caller &caller, qint64 classId, const QDate &date)
{
    if (isStaff(caller))
        return;
    QList<qint64> students;
    if (caller.has(Role::Student))
        students += StudentStore::ofAccount(db, caller.userId);
    if (caller.has(Role::Parent))
        students += GuardianStore::childrenOfAccount(db, caller.userId);
    if (students.isEmpty() || !StudentStore::classesOn(db, students, date).contains(classId))
        deny(QStringLiteral("students and parents see only their own class's schedule"));
}

} // namespace cj::server
