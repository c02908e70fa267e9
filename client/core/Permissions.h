#pragma once

#include "core/Session.h"

namespace cj::client {

// What the signed-in person may change, as docs/protocol.md says the server enforces it. The client
// only uses this to show or grey out actions; the server's refusal remains the real check.
class Permissions
{
public:
    explicit Permissions(const UserInfo &user)
        : m_user(user)
    {
    }

    bool isStaff() const { return bool(m_user.roles & staffRoles()); }
    bool leads(qint64 classId) const { return m_user.classTeacherOf.contains(classId); }
    bool leadsAnyClass() const { return m_user.isClassTeacher(); }

    // Years, periods, holidays, bells, classes, subjects, subgroups, curriculum, teaching load.
    bool editStructure() const { return m_user.has(Role::Admin); }
    bool editSubgroupMembers(qint64 classId) const { return any({Role::Admin, Role::Deputy}) || leads(classId); }
    // Weekly schedule, lessons, substitutions.
    bool editSchedule() const { return any({Role::Admin, Role::Deputy}); }
    // Personal cards and guardians; movement (enrolment, transfer, leaving).
    bool editStudents(qint64 classId = 0) const { return moveStudents() || (classId && leads(classId)); }
    bool moveStudents() const { return any({Role::Admin, Role::Secretary}); }
    bool seeMovements() const
    {
        return any({Role::Admin, Role::Director, Role::Deputy, Role::Secretary}) || m_user.isClassTeacher();
    }
    bool seeStudents() const { return any({Role::Admin, Role::Director, Role::Deputy, Role::Secretary}) || m_user.isClassTeacher(); }
    bool createStudentAccounts(qint64 classId = 0) const { return m_user.has(Role::Admin) || (classId && leads(classId)); }
    // Staff accounts, sessions, the login log.
    bool seeAccounts() const { return any({Role::Admin, Role::Director}); }
    bool manageAccounts() const { return m_user.has(Role::Admin); }
    bool importCsv() const { return any({Role::Admin, Role::Secretary}); }

    // The journal.
    bool teaches() const { return m_user.has(Role::Teacher); }
    bool readsAllJournals() const { return any({Role::Admin, Role::Director, Role::Deputy}); }
    bool setsAbsenceReasons() const { return m_user.isClassTeacher() || any({Role::Admin, Role::Director}); }
    bool keepsCorrectionsRegister() const { return readsAllJournals(); }
    bool editsJournalSettings() const { return m_user.has(Role::Admin); }
    bool hasDiary() const { return any({Role::Student, Role::Parent}); }

private:
    bool any(std::initializer_list<Role> roles) const
    {
        for (Role r : roles) {
            if (m_user.has(r))
                return true;
        }
        return false;
    }

    UserInfo m_user;
};

} // namespace cj::client
