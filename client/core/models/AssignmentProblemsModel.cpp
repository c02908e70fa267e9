#include "core/models/AssignmentProblemsModel.h"

#include "core/SchoolText.h"
#include "core/models/ModelColors.h"

namespace cj::client {

AssignmentProblemsModel::AssignmentProblemsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Class"), text("className")},
        {tr("Subject"), text("subjectName")},
        {tr("Subgroup"), [this](const QCborMap &r) -> QVariant { return nameOf(r, QStringLiteral("subgroupId")); }},
        {tr("Curriculum, h"), number("curriculumHours")},
        {tr("Assigned, h"), number("assignedHours")},
        {tr("Problem"), [](const QCborMap &r) -> QVariant { return SchoolText::problemKind(r.value(QStringLiteral("kind")).toString()); }},
    });
    setStyle([](const QCborMap &, int column, int role) -> QVariant {
        return role == Qt::ForegroundRole && column == int(Column::Problem) ? QVariant(colors::problemText()) : QVariant();
    });
}

} // namespace cj::client
