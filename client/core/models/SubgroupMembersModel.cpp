#include "core/models/SubgroupMembersModel.h"

#include "core/WireValue.h"
#include "core/models/ModelColors.h"

namespace cj::client {

SubgroupMembersModel::SubgroupMembersModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Student"), text("studentName")},
        {tr("In the subgroup from"), date("startsOn")},
        {tr("Until"), date("leftOn")},
    });
    setStyle([](const QCborMap &r, int, int role) -> QVariant {
        const bool movedOut = wire::date(r.value(QStringLiteral("leftOn"))).isValid();
        return role == Qt::ForegroundRole && movedOut ? QVariant(colors::muted()) : QVariant();
    });
}

} // namespace cj::client
