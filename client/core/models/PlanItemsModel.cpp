#include "core/models/PlanItemsModel.h"

#include <QColor>
#include <QLocale>

#include "protocol/ArgReader.h"

namespace cj::client {

PlanItem PlanItem::fromCbor(const QCborMap &map)
{
    PlanItem item;
    item.id = protocol::intOr(map.value(QStringLiteral("id")));
    item.topic = map.value(QStringLiteral("topic")).toString();
    item.hours = map.value(QStringLiteral("hours")).toDouble(1);
    item.homework = map.value(QStringLiteral("homework")).toString();
    item.lessonCount = int(map.value(QStringLiteral("lessonIds")).toArray().size());
    return item;
}

QCborMap PlanItem::toSave() const
{
    return {{QStringLiteral("topic"), topic}, {QStringLiteral("hours"), hours}, {QStringLiteral("homework"), homework}};
}

void PlanItemsModel::setItems(QList<PlanItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    Q_EMIT totalsChanged();
}

QCborArray PlanItemsModel::toSave() const
{
    QCborArray list;
    for (const PlanItem &item : m_items) {
        if (!item.topic.trimmed().isEmpty())
            list.append(item.toSave());
    }
    return list;
}

double PlanItemsModel::plannedHours() const
{
    double sum = 0;
    for (const PlanItem &item : m_items)
        sum += item.hours;
    return sum;
}

void PlanItemsModel::insertItem(int row, const PlanItem &item)
{
    row = qBound(0, row, int(m_items.size()));
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    endInsertRows();
    m_modified = true;
    Q_EMIT totalsChanged();
}

void PlanItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    m_modified = true;
    Q_EMIT totalsChanged();
}

bool PlanItemsModel::moveItem(int from, int to)
{
    if (from < 0 || from >= m_items.size() || to < 0 || to >= m_items.size() || from == to)
        return false;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_items.move(from, to);
    endMoveRows();
    m_modified = true;
    return true;
}

int PlanItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlanItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PlanItem &item = m_items[index.row()];
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Column::Topic: return item.topic;
        case Column::Hours: return role == Qt::EditRole ? QVariant(item.hours) : QVariant(QLocale().toString(item.hours));
        case Column::Homework: return item.homework;
        case Column::Lessons: return item.lessonCount > 0 ? QVariant(item.lessonCount) : QVariant();
        case Column::Count: break;
        }
    }
    if (role == Qt::TextAlignmentRole && column != Column::Topic && column != Column::Homework)
        return int(Qt::AlignCenter);
    if (role == Qt::BackgroundRole && column == Column::Topic && item.topic.trimmed().isEmpty())
        return QColor(0xff, 0xf5, 0xf6);
    return {};
}

QVariant PlanItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Topic: return tr("Topic");
    case Column::Hours: return tr("Hours");
    case Column::Homework: return tr("Homework");
    case Column::Lessons: return tr("Lessons");
    case Column::Count: break;
    }
    return {};
}

Qt::ItemFlags PlanItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const auto column = Column(index.column());
    if (column == Column::Topic || column == Column::Hours || column == Column::Homework)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_items.size())
        return false;
    PlanItem &item = m_items[index.row()];
    switch (Column(index.column())) {
    case Column::Topic: item.topic = value.toString().trimmed(); break;
    case Column::Homework: item.homework = value.toString().trimmed(); break;
    case Column::Hours: {
        bool ok = false;
        double h = value.toDouble(&ok);
        if (!ok)
            h = QLocale().toDouble(value.toString(), &ok);
        if (!ok || h <= 0 || h > 100)
            return false;
        item.hours = h;
        Q_EMIT totalsChanged();
        break;
    }
    default: return false;
    }
    m_modified = true;
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace cj::client
