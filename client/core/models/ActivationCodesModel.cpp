#include "core/models/ActivationCodesModel.h"

#include <QFontDatabase>

#include "core/WireValue.h"

namespace cj::client {

ActivationCodesModel::ActivationCodesModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Name"), text("fullName")},
        {tr("Who"), text("note")},
        {tr("Login"), text("login")},
        {tr("Activation code"), text("activationCode")},
        {tr("Valid until"), [](const QCborMap &r) -> QVariant { return wire::timestamp(r.value(QStringLiteral("activationExpiresAt"))).date(); }},
    });
    setStyle([](const QCborMap &, int column, int role) -> QVariant {
        const bool typed = column == int(Column::Code) || column == int(Column::Login); // to be read letter by letter
        return role == Qt::FontRole && typed ? QVariant(QFontDatabase::systemFont(QFontDatabase::FixedFont)) : QVariant();
    });
}

} // namespace cj::client
