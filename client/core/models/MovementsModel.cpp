#include "core/models/MovementsModel.h"

#include "core/SchoolText.h"

namespace cj::client {

MovementsModel::MovementsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Date"), date("onDate")},
        {tr("Movement"), [](const QCborMap &r) -> QVariant { return SchoolText::movementKind(r.value(QStringLiteral("kind")).toString()); }},
        {tr("Student"), text("studentName")},
        {tr("From class"), text("fromClassName")},
        {tr("To class"), text("toClassName")},
        {tr("Order No."), text("orderNumber")},
        {tr("Order date"), date("orderDate")},
        {tr("Where from / where to"), text("counterpart")},
        {tr("Reason"), text("reason")},
    });
}

} // namespace cj::client
