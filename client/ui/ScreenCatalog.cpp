#include "ui/ScreenCatalog.h"

#include "core/Permissions.h"
#include "ui/accounts/LoginLogScreen.h"
#include "ui/accounts/SessionsScreen.h"
#include "ui/accounts/UsersScreen.h"
#include "ui/import/ImportScreen.h"
#include "ui/planning/CurriculumScreen.h"
#include "ui/planning/TeachingLoadScreen.h"
#include "ui/schedule/LessonsScreen.h"
#include "ui/schedule/ScheduleScreen.h"
#include "ui/schedule/SubstitutionsScreen.h"
#include "ui/structure/ClassesScreen.h"
#include "ui/students/MovementsScreen.h"
#include "ui/students/StudentsScreen.h"
#include "ui/structure/SubgroupsScreen.h"
#include "ui/structure/SubjectsScreen.h"
#include "ui/structure/YearScreen.h"

namespace cj::client {

namespace {
bool structureReaders(const Permissions &p) { return p.editStructure() || p.editSchedule() || p.seeAccounts(); }
bool classTeachers(const Permissions &p) { return p.leadsAnyClass(); }
bool accountReaders(const Permissions &p) { return p.seeAccounts(); }
bool importers(const Permissions &p) { return p.importCsv(); }
bool staff(const Permissions &p) { return p.isStaff(); }
bool scheduleKeepers(const Permissions &p) { return p.editSchedule() || p.seeAccounts(); }
bool studentReaders(const Permissions &p) { return p.seeStudents(); }
bool movementReaders(const Permissions &p) { return p.seeMovements(); }
} // namespace

QList<ScreenEntry> ScreenCatalog::entries()
{
    const QString school = tr("&School");
    const QString students = tr("S&tudents");
    const QString timetable = tr("Sche&dule");
    const QString myClass = tr("My &class");
    const QString administration = tr("&Administration");
    return {
        {school, QStringLiteral("years"), tr("Academic year"), &YearScreen::create, structureReaders},
        {school, QStringLiteral("classes"), tr("Classes"), &ClassesScreen::create, structureReaders},
        {school, QStringLiteral("subjects"), tr("Subjects"), &SubjectsScreen::create, structureReaders},
        {school, QStringLiteral("subgroups"), tr("Subgroups"), &SubgroupsScreen::create, structureReaders},
        {school, QStringLiteral("curriculum"), tr("Curriculum"), &CurriculumScreen::create, structureReaders},
        {school, QStringLiteral("load"), tr("Teaching load"), &TeachingLoadScreen::create, structureReaders},
        {timetable, QStringLiteral("schedule"), tr("Weekly schedule"), &ScheduleScreen::create, staff},
        {timetable, QStringLiteral("lessons"), tr("Lessons and substitutions"), &LessonsScreen::create, scheduleKeepers},
        {timetable, QStringLiteral("substitutions"), tr("Register of substitutions"), &SubstitutionsScreen::create, scheduleKeepers},
        {students, QStringLiteral("students"), tr("Students"), &StudentsScreen::create, studentReaders},
        {students, QStringLiteral("movements"), tr("Student movement"), &MovementsScreen::create, movementReaders},
        {administration, QStringLiteral("users"), tr("Users"), &UsersScreen::create, accountReaders},
        {administration, QStringLiteral("sessions"), tr("Open sessions"), &SessionsScreen::create, accountReaders},
        {administration, QStringLiteral("loginLog"), tr("Login log"), &LoginLogScreen::create, accountReaders},
        {administration, QStringLiteral("import"), tr("Import from CSV"), &ImportScreen::create, importers},
        {myClass, QStringLiteral("students"), tr("Students of my class"), &StudentsScreen::create, classTeachers},
        {myClass, QStringLiteral("subgroups"), tr("Subgroups of my class"), &SubgroupsScreen::create, classTeachers},
    };
}

} // namespace cj::client
