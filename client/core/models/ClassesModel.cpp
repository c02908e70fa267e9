#include "core/models/ClassesModel.h"

#include "core/SchoolText.h"
#include "protocol/ArgReader.h"

namespace cj::client {

QString ClassesModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Class");
    case Column::ClassTeacher: return tr("Class teacher");
    case Column::Room: return tr("Room");
    case Column::Scheme: return tr("Periods");
    case Column::Bells: return tr("Bells");
    case Column::Students: return tr("Students");
    case Column::Count: break;
    }
    return {};
}

QVariant ClassesModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Name: return r.value(QStringLiteral("name")).toString();
    case Column::ClassTeacher: return r.value(QStringLiteral("classTeacherName")).toString();
    case Column::Room: return r.value(QStringLiteral("room")).toString();
    case Column::Scheme: return SchoolText::periodScheme(r.value(QStringLiteral("periodScheme")).toString());
    case Column::Bells: return nameOf(r, QStringLiteral("bellScheduleId"));
    case Column::Students: return protocol::intOr(r.value(QStringLiteral("studentCount")));
    case Column::Count: break;
    }
    return {};
}

QVariant ClassesModel::extra(const QCborMap &, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == int(Column::Students))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace cj::client
