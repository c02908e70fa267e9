#include "core/models/GuardiansModel.h"

namespace cj::client {

GuardiansModel::GuardiansModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Legal representative"), text("fullName")},
        {tr("Who"), text("relation")},
        {tr("Phone"), text("phone")},
        {tr("E-mail"), text("email")},
        {tr("Parent account"), [](const QCborMap &r) -> QVariant { return r.value(QStringLiteral("userId")).isInteger() ? tr("yes") : tr("no"); }},
    });
}

} // namespace cj::client
