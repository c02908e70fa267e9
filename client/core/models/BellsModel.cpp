#include "core/models/BellsModel.h"

#include "core/WireValue.h"
#include "core/models/ModelColors.h"
#include "protocol/ArgReader.h"

namespace cj::client {

namespace {
const QString kNumber = QStringLiteral("lessonNumber");
const QString kStarts = QStringLiteral("startsAt");
const QString kEnds = QStringLiteral("endsAt");
constexpr int kShortestBreak = 10; // minutes (SPEC §7)
} // namespace

BellsModel::BellsModel(QObject *parent)
    : RemoteListModel(parent)
{
    const auto time = [](const QString &key) {
        return [key](const QCborMap &r) -> QVariant { return wire::time(r.value(key)); };
    };
    setColumns<Column>({
        {tr("Lesson"), [](const QCborMap &r) -> QVariant { return protocol::intOr(r.value(kNumber)); }},
        {tr("Starts"), time(kStarts)},
        {tr("Ends"), time(kEnds)},
        {tr("Minutes"), [](const QCborMap &r) -> QVariant {
             const QTime start = wire::time(r.value(kStarts));
             const QTime end = wire::time(r.value(kEnds));
             return start.isValid() && end.isValid() ? QVariant(start.secsTo(end) / 60) : QVariant();
         }},
        {tr("Break after, min"), [](const QCborMap &) { return QVariant(); }}, // needs the next row: see data()
    });
    setStyle([](const QCborMap &, int column, int role) -> QVariant {
        return role == Qt::TextAlignmentRole && column != int(Column::Lesson) ? QVariant(int(Qt::AlignCenter)) : QVariant();
    });
}

void BellsModel::addBell()
{
    QCborMap bell;
    if (rowCount() == 0) {
        bell.insert(kNumber, 1);
        bell.insert(kStarts, QStringLiteral("08:30"));
        bell.insert(kEnds, QStringLiteral("09:15"));
    } else {
        const QCborMap last = record(rowCount() - 1);
        const QTime start = wire::time(last.value(kEnds)).addSecs(kShortestBreak * 60);
        bell.insert(kNumber, protocol::intOr(last.value(kNumber)) + 1);
        bell.insert(kStarts, wire::timeText(start));
        bell.insert(kEnds, wire::timeText(start.addSecs(45 * 60)));
    }
    appendRecord(bell);
}

QCborArray BellsModel::toWire() const
{
    QCborArray list;
    for (int row = 0; row < rowCount(); ++row) {
        const QCborMap r = record(row);
        list.append(QCborMap{{kNumber, protocol::intOr(r.value(kNumber))},
                             {kStarts, r.value(kStarts).toString()},
                             {kEnds, r.value(kEnds).toString()}});
    }
    return list;
}

QVariant BellsModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == int(Column::BreakAfter) && role == Qt::DisplayRole)
        return breakAfter(index.row());
    if (index.isValid() && index.column() == int(Column::BreakAfter) && role == Qt::BackgroundRole) {
        const QVariant minutes = breakAfter(index.row());
        return minutes.isValid() && minutes.toInt() < kShortestBreak ? QVariant(colors::problemBackground()) : QVariant();
    }
    return RemoteListModel::data(index, role);
}

bool BellsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!RemoteListModel::setData(index, value, role))
        return false;
    // The break before this lesson belongs to the previous row.
    if (index.row() > 0)
        Q_EMIT dataChanged(this->index(index.row() - 1, 0), this->index(index.row() - 1, columnCount() - 1));
    return true;
}

QVariant BellsModel::breakAfter(int row) const
{
    if (row + 1 >= rowCount())
        return {};
    const QTime end = wire::time(record(row).value(kEnds));
    const QTime next = wire::time(record(row + 1).value(kStarts));
    if (!end.isValid() || !next.isValid())
        return {};
    return end.secsTo(next) / 60;
}

bool BellsModel::isEditable(int column) const
{
    return column == int(Column::Lesson) || column == int(Column::StartsAt) || column == int(Column::EndsAt);
}

bool BellsModel::setCell(QCborMap &r, int column, const QVariant &value)
{
    switch (Column(column)) {
    case Column::Lesson:
        r.insert(kNumber, qBound(0, value.toInt(), 12));
        return true;
    case Column::StartsAt:
        r.insert(kStarts, wire::timeText(value.toTime()));
        return true;
    case Column::EndsAt:
        r.insert(kEnds, wire::timeText(value.toTime()));
        return true;
    default:
        return false;
    }
}

} // namespace cj::client
