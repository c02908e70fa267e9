#include "core/models/SubgroupMembersModel.h"

#include "core/WireValue.h"
#include "core/models/ModelColors.h"

namespace cj::client {

QString SubgroupMembersModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Student: return tr("Student");
    case Column::StartsOn: return tr("In the subgroup from");
    case Column::LeftOn: return tr("Until");
    case Column::Count: break;
    }
    return {};
}

QVariant SubgroupMembersModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Student: return r.value(QStringLiteral("studentName")).toString();
    case Column::StartsOn: return wire::date(r.value(QStringLiteral("startsOn")));
    case Column::LeftOn: return wire::date(r.value(QStringLiteral("leftOn")));
    case Column::Count: break;
    }
    return {};
}

QVariant SubgroupMembersModel::extra(const QCborMap &r, int, int role) const
{
    if (role == Qt::ForegroundRole && wire::date(r.value(QStringLiteral("leftOn"))).isValid())
        return colors::muted();
    return {};
}

} // namespace cj::client
