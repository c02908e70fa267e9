#include "core/models/SubgroupsModel.h"

#include <QCborArray>

#include "core/WireValue.h"

namespace cj::client {

QString SubgroupsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Subject: return tr("Subject");
    case Column::Name: return tr("Subgroup");
    case Column::Members: return tr("Students");
    case Column::Count: break;
    }
    return {};
}

QVariant SubgroupsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Subject: return r.value(QStringLiteral("subjectName")).toString();
    case Column::Name: return r.value(QStringLiteral("name")).toString();
    case Column::Members: {
        int current = 0;
        for (const QCborValue &m : r.value(QStringLiteral("members")).toArray())
            current += wire::date(m.toMap().value(QStringLiteral("leftOn"))).isValid() ? 0 : 1;
        return current;
    }
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
