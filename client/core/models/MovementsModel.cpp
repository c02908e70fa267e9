#include "core/models/MovementsModel.h"

#include "core/SchoolText.h"
#include "core/WireValue.h"

namespace cj::client {

QString MovementsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Date: return tr("Date");
    case Column::Kind: return tr("Movement");
    case Column::Student: return tr("Student");
    case Column::FromClass: return tr("From class");
    case Column::ToClass: return tr("To class");
    case Column::OrderNumber: return tr("Order No.");
    case Column::OrderDate: return tr("Order date");
    case Column::Counterpart: return tr("Where from / where to");
    case Column::Reason: return tr("Reason");
    case Column::Count: break;
    }
    return {};
}

QVariant MovementsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Date: return wire::date(r.value(QStringLiteral("onDate")));
    case Column::Kind: return SchoolText::movementKind(r.value(QStringLiteral("kind")).toString());
    case Column::Student: return r.value(QStringLiteral("studentName")).toString();
    case Column::FromClass: return r.value(QStringLiteral("fromClassName")).toString();
    case Column::ToClass: return r.value(QStringLiteral("toClassName")).toString();
    case Column::OrderNumber: return r.value(QStringLiteral("orderNumber")).toString();
    case Column::OrderDate: return wire::date(r.value(QStringLiteral("orderDate")));
    case Column::Counterpart: return r.value(QStringLiteral("counterpart")).toString();
    case Column::Reason: return r.value(QStringLiteral("reason")).toString();
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
