#include "core/models/LoginLogModel.h"

#include "core/AccountText.h"
#include "core/WireValue.h"
#include "core/models/ModelColors.h"

namespace cj::client {

QString LoginLogModel::header(int column) const
{
    switch (Column(column)) {
    case Column::At: return tr("When");
    case Column::Login: return tr("Login");
    case Column::User: return tr("Name");
    case Column::Method: return tr("How");
    case Column::Outcome: return tr("Outcome");
    case Column::Workstation: return tr("Computer");
    case Column::Address: return tr("Address");
    case Column::Count: break;
    }
    return {};
}

QVariant LoginLogModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::At: return wire::timestamp(r.value(QStringLiteral("at")));
    case Column::Login: return r.value(QStringLiteral("login")).toString();
    case Column::User: return r.value(QStringLiteral("userName")).toString();
    case Column::Method: return AccountText::loginMethod(r.value(QStringLiteral("method")).toString());
    case Column::Outcome: return AccountText::loginOutcome(r.value(QStringLiteral("outcome")).toString());
    case Column::Workstation: return r.value(QStringLiteral("workstation")).toString();
    case Column::Address: return r.value(QStringLiteral("address")).toString();
    case Column::Count: break;
    }
    return {};
}

QVariant LoginLogModel::extra(const QCborMap &r, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == int(Column::Outcome)
        && r.value(QStringLiteral("outcome")).toString() != QLatin1String("ok"))
        return colors::problemText();
    return {};
}

} // namespace cj::client
