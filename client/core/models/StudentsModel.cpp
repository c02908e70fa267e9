#include "core/models/StudentsModel.h"

#include "core/WireValue.h"
#include "core/models/ModelColors.h"

#include <QLocale>

namespace cj::client {

QString StudentsModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Student");
    case Column::Class: return tr("Class");
    case Column::BirthDate: return tr("Date of birth");
    case Column::LeftOn: return tr("Left on");
    case Column::Account: return tr("Account");
    case Column::Count: break;
    }
    return {};
}

QVariant StudentsModel::display(const QCborMap &r, int column) const
{
    switch (Column(column)) {
    case Column::Name: return r.value(QStringLiteral("fullName")).toString();
    case Column::Class: return r.value(QStringLiteral("className")).toString();
    case Column::BirthDate: return wire::date(r.value(QStringLiteral("birthDate")));
    case Column::LeftOn: return wire::date(r.value(QStringLiteral("leftOn")));
    case Column::Account:
        if (!r.contains(QStringLiteral("userId")))
            return {};
        return r.value(QStringLiteral("userId")).isInteger() ? tr("yes") : tr("no");
    case Column::Count: break;
    }
    return {};
}

QVariant StudentsModel::extra(const QCborMap &r, int, int role) const
{
    const bool left = wire::date(r.value(QStringLiteral("leftOn"))).isValid();
    if (role == Qt::ForegroundRole && left)
        return colors::muted();
    if (role == Qt::ToolTipRole && left)
        return tr("Left the class on %1").arg(QLocale().toString(wire::date(r.value(QStringLiteral("leftOn"))), QLocale::ShortFormat));
    return {};
}

} // namespace cj::client
