#include "core/models/StudentsModel.h"

#include <QLocale>

#include "core/WireValue.h"
#include "core/models/ModelColors.h"

namespace cj::client {

StudentsModel::StudentsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("Student"), text("fullName")},
        {tr("Class"), text("className")},
        {tr("Date of birth"), date("birthDate")},
        {tr("Left on"), date("leftOn")},
        {tr("Account"), [](const QCborMap &r) -> QVariant {
             if (!r.contains(QStringLiteral("userId")))
                 return {}; // personal: not for this person's eyes
             return r.value(QStringLiteral("userId")).isInteger() ? tr("yes") : tr("no");
         }},
    });
    setStyle([](const QCborMap &r, int, int role) -> QVariant {
        const QDate left = wire::date(r.value(QStringLiteral("leftOn")));
        if (!left.isValid())
            return {};
        if (role == Qt::ForegroundRole)
            return colors::muted();
        if (role == Qt::ToolTipRole)
            return tr("Left the class on %1").arg(QLocale().toString(left, QLocale::ShortFormat));
        return {};
    });
}

} // namespace cj::client
