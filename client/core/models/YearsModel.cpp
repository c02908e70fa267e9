#include "core/models/YearsModel.h"

#include "core/WireValue.h"
#include "core/models/ModelColors.h"
#include "protocol/ArgReader.h"

namespace cj::client {

QString YearsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Academic year");
    case Column::StartsOn: return tr("Starts");
    case Column::EndsOn: return tr("Ends");
    case Column::WeekDays: return tr("Week");
    case Column::Status: return tr("Status");
    case Column::Count: break;
    }
    return {};
}

QVariant YearsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Name: return r.value(QStringLiteral("name")).toString();
    case Column::StartsOn: return wire::date(r.value(QStringLiteral("startsOn")));
    case Column::EndsOn: return wire::date(r.value(QStringLiteral("endsOn")));
    case Column::WeekDays:
        return tr("%1-day").arg(protocol::intOr(r.value(QStringLiteral("weekDays")), 5));
    case Column::Status:
        return r.value(QStringLiteral("closed")).toBool() ? tr("closed") : tr("open");
    case Column::Count: break;
    }
    return {};
}

QVariant YearsModel::extra(const QCborMap &r, int, int role) const
{
    if (role == Qt::ForegroundRole && r.value(QStringLiteral("closed")).toBool())
        return colors::muted();
    return {};
}

} // namespace cj::client
