#include "core/models/HolidaysModel.h"

#include "core/SchoolText.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"

namespace cj::client {

QString HolidaysModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name: return tr("Holidays");
    case Column::StartsOn: return tr("From");
    case Column::EndsOn: return tr("To (inclusive)");
    case Column::Days: return tr("Days");
    case Column::Grades: return tr("For");
    case Column::Count: break;
    }
    return {};
}

QVariant HolidaysModel::display(const QCborMap &r, int column) const
{
    const QDate from = wire::date(r.value(QStringLiteral("startsOn")));
    const QDate to = wire::date(r.value(QStringLiteral("endsOn")));
    switch (Column(column)) {
    case Column::Name: return r.value(QStringLiteral("name")).toString();
    case Column::StartsOn: return from;
    case Column::EndsOn: return to;
    case Column::Days: return from.isValid() && to.isValid() ? QVariant(from.daysTo(to) + 1) : QVariant();
    case Column::Grades: {
        QList<int> grades;
        for (const QCborValue &g : r.value(QStringLiteral("grades")).toArray())
            grades.append(int(protocol::intOr(g)));
        return SchoolText::grades(grades);
    }
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
