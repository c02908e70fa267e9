#include "core/models/LoginLogModel.h"

#include "core/AccountText.h"
#include "core/models/ModelColors.h"

namespace cj::client {

LoginLogModel::LoginLogModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("When"), timestamp("at")},
        {tr("Login"), text("login")},
        {tr("Name"), text("userName")},
        {tr("How"), [](const QCborMap &r) -> QVariant { return AccountText::loginMethod(r.value(QStringLiteral("method")).toString()); }},
        {tr("Outcome"), [](const QCborMap &r) -> QVariant { return AccountText::loginOutcome(r.value(QStringLiteral("outcome")).toString()); }},
        {tr("Computer"), text("workstation")},
        {tr("Address"), text("address")},
    });
    setStyle([](const QCborMap &r, int column, int role) -> QVariant {
        const bool failed = r.value(QStringLiteral("outcome")).toString() != QLatin1String("ok");
        return role == Qt::ForegroundRole && column == int(Column::Outcome) && failed ? QVariant(colors::problemText()) : QVariant();
    });
}

} // namespace cj::client
