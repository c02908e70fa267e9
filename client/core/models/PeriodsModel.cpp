#include "core/models/PeriodsModel.h"

#include "core/WireValue.h"
#include "protocol/ArgReader.h"

namespace cj::client {

PeriodsModel::PeriodsModel(QObject *parent)
    : RemoteListModel(parent)
{
    setColumns<Column>({
        {tr("No."), [](const QCborMap &r) -> QVariant { return protocol::intOr(r.value(QStringLiteral("number"))); }},
        {tr("Name"), text("name")},
        {tr("Starts"), date("startsOn")},
        {tr("Ends"), date("endsOn")},
        {tr("Days"), dayCount()},
    });
}

void PeriodsModel::setFromYear(const QCborMap &year, const QString &scheme)
{
    QCborArray periods;
    for (const QCborValue &p : year.value(QStringLiteral("periods")).toArray()) {
        if (p.toMap().value(QStringLiteral("scheme")).toString() == scheme)
            periods.append(p);
    }
    setRecords(periods);
}

void PeriodsModel::addPeriod(const QString &defaultName)
{
    QCborMap period;
    const QDate lastEnd = rowCount() ? wire::date(record(rowCount() - 1).value(QStringLiteral("endsOn"))) : QDate();
    period.insert(QStringLiteral("name"), defaultName);
    if (lastEnd.isValid()) {
        period.insert(QStringLiteral("startsOn"), protocol::dateToWire(lastEnd.addDays(1)));
        period.insert(QStringLiteral("endsOn"), protocol::dateToWire(lastEnd.addMonths(2)));
    }
    appendRecord(period);
    renumber();
}

void PeriodsModel::removePeriod(int row)
{
    removeRecordAt(row);
    renumber();
}

void PeriodsModel::renumber()
{
    for (int row = 0; row < rowCount(); ++row) {
        QCborMap r = record(row);
        r.insert(QStringLiteral("number"), row + 1);
        replaceRecordAt(row, r);
    }
}

QCborArray PeriodsModel::toWire() const
{
    QCborArray list;
    for (int row = 0; row < rowCount(); ++row) {
        const QCborMap r = record(row);
        list.append(QCborMap{{QStringLiteral("number"), row + 1},
                             {QStringLiteral("name"), r.value(QStringLiteral("name")).toString()},
                             {QStringLiteral("startsOn"), r.value(QStringLiteral("startsOn")).toString()},
                             {QStringLiteral("endsOn"), r.value(QStringLiteral("endsOn")).toString()}});
    }
    return list;
}

bool PeriodsModel::isEditable(int column) const
{
    return column == int(Column::Name) || column == int(Column::StartsOn) || column == int(Column::EndsOn);
}

bool PeriodsModel::setCell(QCborMap &r, int column, const QVariant &value)
{
    switch (Column(column)) {
    case Column::Name:
        r.insert(QStringLiteral("name"), value.toString().trimmed());
        return true;
    case Column::StartsOn:
        r.insert(QStringLiteral("startsOn"), protocol::dateToWire(value.toDate()));
        return true;
    case Column::EndsOn:
        r.insert(QStringLiteral("endsOn"), protocol::dateToWire(value.toDate()));
        return true;
    default:
        return false;
    }
}

} // namespace cj::client
