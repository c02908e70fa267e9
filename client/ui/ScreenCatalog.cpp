#include "ui/ScreenCatalog.h"

#include "core/Permissions.h"
#include "ui/structure/ClassesScreen.h"
#include "ui/structure/SubgroupsScreen.h"
#include "ui/structure/SubjectsScreen.h"
#include "ui/structure/YearScreen.h"

namespace cj::client {

namespace {
bool structureReaders(const Permissions &p) { return p.editStructure() || p.editSchedule() || p.seeAccounts(); }
bool classTeachers(const Permissions &p) { return p.leadsAnyClass(); }
} // namespace

QList<ScreenEntry> ScreenCatalog::entries()
{
    const QString school = tr("&School");
    const QString myClass = tr("My &class");
    return {
        {school, QStringLiteral("years"), tr("Academic year"), &YearScreen::create, structureReaders},
        {school, QStringLiteral("classes"), tr("Classes"), &ClassesScreen::create, structureReaders},
        {school, QStringLiteral("subjects"), tr("Subjects"), &SubjectsScreen::create, structureReaders},
        {school, QStringLiteral("subgroups"), tr("Subgroups"), &SubgroupsScreen::create, structureReaders},
        {myClass, QStringLiteral("subgroups"), tr("Subgroups of my class"), &SubgroupsScreen::create, classTeachers},
    };
}

} // namespace cj::client
