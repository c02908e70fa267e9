#include "core/models/YearsModel.h"

#include "core/models/ModelColors.h"
#include "protocol/ArgReader.h"

namespace cj::client {

YearsModel::YearsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Academic year"), text("name")},
        {tr("Starts"), date("startsOn")},
        {tr("Ends"), date("endsOn")},
        {tr("Week"), [](const QCborMap &r) -> QVariant { return tr("%1-day").arg(protocol::intOr(r.value(QStringLiteral("weekDays")), 5)); }},
        {tr("Status"), [](const QCborMap &r) -> QVariant { return r.value(QStringLiteral("closed")).toBool() ? tr("closed") : tr("open"); }},
    });
    setStyle([](const QCborMap &r, int, int role) -> QVariant {
        return role == Qt::ForegroundRole && r.value(QStringLiteral("closed")).toBool() ? QVariant(colors::muted()) : QVariant();
    });
}

} // namespace cj::client
