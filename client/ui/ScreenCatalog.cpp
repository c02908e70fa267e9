#include "ui/ScreenCatalog.h"

#include "core/Permissions.h"
#include "ui/accounts/LoginLogScreen.h"
#include "ui/accounts/SessionsScreen.h"
#include "ui/accounts/UsersScreen.h"
#include "ui/import/ImportScreen.h"
#include "ui/journal/AbsencesScreen.h"
#include "ui/journal/CorrectionsScreen.h"
#include "ui/journal/DiaryScreen.h"
#include "ui/journal/JournalPagesScreen.h"
#include "ui/journal/JournalSettingsScreen.h"
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
bool teachers(const Permissions &p) { return p.teaches(); }
bool journalReaders(const Permissions &p) { return p.readsAllJournals(); }
bool reasonSetters(const Permissions &p) { return p.setsAbsenceReasons(); }
bool registerKeepers(const Permissions &p) { return p.keepsCorrectionsRegister(); }
bool requesters(const Permissions &p) { return p.teaches() && !p.keepsCorrectionsRegister(); }
bool settingsKeepers(const Permissions &p) { return p.editsJournalSettings(); }
bool diaryReaders(const Permissions &p) { return p.hasDiary(); }

template<JournalPagesScreen::Mode mode>
QWidget *pagesScreen(Session *s, QWidget *parent)
{
    return new JournalPagesScreen(s, mode, parent);
}
QWidget *absencesScreen(Session *s, QWidget *parent) { return new AbsencesScreen(s, parent); }
QWidget *correctionsScreen(Session *s, QWidget *parent) { return new CorrectionsScreen(s, parent); }
QWidget *diaryScreen(Session *s, QWidget *parent) { return new DiaryScreen(s, 0, parent); }
QWidget *settingsScreen(Session *s, QWidget *parent) { return new JournalSettingsScreen(s, parent); }
} // namespace

QList<ScreenEntry> ScreenCatalog::entries()
{
    const QString school = tr("&School");
    const QString students = tr("S&tudents");
    const QString timetable = tr("Sche&dule");
    const QString myClass = tr("My &class");
    const QString administration = tr("&Administration");
    const QString journal = tr("&Journal");
    return {
        {journal, QStringLiteral("myClasses"), tr("My classes"), &pagesScreen<JournalPagesScreen::Mode::MyClasses>, teachers},
        {journal, QStringLiteral("myClass"), tr("My class"), &pagesScreen<JournalPagesScreen::Mode::MyClass>, classTeachers},
        {journal, QStringLiteral("classJournals"), tr("Class journals"), &pagesScreen<JournalPagesScreen::Mode::AnyClass>,
         journalReaders},
        {journal, QStringLiteral("absences"), tr("Absences and reasons"), &absencesScreen, reasonSetters},
        {journal, QStringLiteral("corrections"), tr("Register of corrections"), &correctionsScreen, registerKeepers},
        {journal, QStringLiteral("corrections"), tr("My correction requests"), &correctionsScreen, requesters},
        {journal, QStringLiteral("diary"), tr("Diary"), &diaryScreen, diaryReaders},
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
        {administration, QStringLiteral("journalSettings"), tr("Journal settings"), &settingsScreen, settingsKeepers},
        {myClass, QStringLiteral("students"), tr("Students of my class"), &StudentsScreen::create, classTeachers},
        {myClass, QStringLiteral("subgroups"), tr("Subgroups of my class"), &SubgroupsScreen::create, classTeachers},
    };
}

} // namespace cj::client
