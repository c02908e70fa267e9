#include "core/models/SubgroupsModel.h"

#include <QCborArray>

#include "core/WireValue.h"

namespace cj::client {

SubgroupsModel::SubgroupsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Subject"), text("subjectName")},
        {tr("Subgroup"), text("name")},
        {tr("Students"), [](const QCborMap &r) -> QVariant {
             int current = 0;
             for (const QCborValue &m : r.value(QStringLiteral("members")).toArray())
                 current += wire::date(m.toMap().value(QStringLiteral("leftOn"))).isValid() ? 0 : 1;
             return current;
         }},
    });
}

} // namespace cj::client
