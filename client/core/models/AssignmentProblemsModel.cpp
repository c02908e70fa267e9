#include "core/models/AssignmentProblemsModel.h"

#include "core/SchoolText.h"
#include "core/WireValue.h"
#include "core/models/ModelColors.h"

namespace cj::client {

QString AssignmentProblemsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Class: return tr("Class");
    case Column::Subject: return tr("Subject");
    case Column::Subgroup: return tr("Subgroup");
    case Column::CurriculumHours: return tr("Curriculum, h");
    case Column::AssignedHours: return tr("Assigned, h");
    case Column::Problem: return tr("Problem");
    case Column::Count: break;
    }
    return {};
}

QVariant AssignmentProblemsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Class: return r.value(QStringLiteral("className")).toString();
    case Column::Subject: return r.value(QStringLiteral("subjectName")).toString();
    case Column::Subgroup: return nameOf(r, QStringLiteral("subgroupId"));
    case Column::CurriculumHours: return wire::number(r.value(QStringLiteral("curriculumHours")));
    case Column::AssignedHours: return wire::number(r.value(QStringLiteral("assignedHours")));
    case Column::Problem: return SchoolText::problemKind(r.value(QStringLiteral("kind")).toString());
    case Column::Count: break;
    }
    return {};
}

QVariant AssignmentProblemsModel::extra(const QCborMap &, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == int(Column::Problem))
        return colors::problemText();
    return {};
}

} // namespace cj::client
