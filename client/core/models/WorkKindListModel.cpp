#include "core/models/WorkKindListModel.h"

#include <QColor>
#include <QLocale>

namespace cj::client {

void WorkKindListModel::setKinds(QList<WorkKind> kinds)
{
    beginResetModel();
    m_kinds = std::move(kinds);
    endResetModel();
}

void WorkKindListModel::addKind(const WorkKind &kind)
{
    beginInsertRows({}, int(m_kinds.size()), int(m_kinds.size()));
    m_kinds.append(kind);
    endInsertRows();
}

void WorkKindListModel::replace(int row, const WorkKind &kind)
{
    if (row < 0 || row >= m_kinds.size())
        return;
    m_kinds[row] = kind;
    Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

int WorkKindListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

int WorkKindListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant WorkKindListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_kinds.size())
        return {};
    const WorkKind &k = m_kinds[index.row()];
    const auto column = Column(index.column());
    auto flag = [role](bool on) -> QVariant { return role == Qt::CheckStateRole ? QVariant(on ? Qt::Checked : Qt::Unchecked) : QVariant(); };
    switch (column) {
    case Column::Name: return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(k.name) : QVariant();
    case Column::ShortName: return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(k.shortName) : QVariant();
    case Column::Weight:
        if (role == Qt::DisplayRole)
            return QLocale().toString(k.weight);
        if (role == Qt::EditRole)
            return k.weight;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    case Column::Written: return flag(k.written);
    case Column::Control: return flag(k.control);
    case Column::Archived:
        if (role == Qt::ForegroundRole && k.archived)
            return QColor(0x99, 0x99, 0x99);
        return flag(k.archived);
    case Column::Count: break;
    }
    return {};
}

QVariant WorkKindListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name: return tr("Kind of work");
    case Column::ShortName: return tr("Short");
    case Column::Weight: return tr("Weight");
    case Column::Written: return tr("Written");
    case Column::Control: return tr("Control work");
    case Column::Archived: return tr("Archived");
    case Column::Count: break;
    }
    return {};
}

Qt::ItemFlags WorkKindListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (Column(index.column())) {
    case Column::Written:
    case Column::Control:
    case Column::Archived: return f | Qt::ItemIsUserCheckable;
    default: return f | Qt::ItemIsEditable;
    }
}

bool WorkKindListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_kinds.size())
        return false;
    WorkKind k = m_kinds[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    switch (Column(index.column())) {
    case Column::Name:
        if (role != Qt::EditRole || value.toString().trimmed().isEmpty())
            return false;
        k.name = value.toString().trimmed();
        break;
    case Column::ShortName:
        if (role != Qt::EditRole)
            return false;
        k.shortName = value.toString().trimmed();
        break;
    case Column::Weight: {
        bool ok = false;
        double w = value.toDouble(&ok);
        if (!ok)
            w = QLocale().toDouble(value.toString(), &ok);
        if (role != Qt::EditRole || !ok || w <= 0 || w > 10)
            return false; // the school's range: 0 < weight ≤ 10
        k.weight = w;
        break;
    }
    case Column::Written: if (role != Qt::CheckStateRole) return false; k.written = checked; break;
    case Column::Control: if (role != Qt::CheckStateRole) return false; k.control = checked; break;
    case Column::Archived: if (role != Qt::CheckStateRole) return false; k.archived = checked; break;
    case Column::Count: return false;
    }
    m_kinds[index.row()] = k;
    Q_EMIT dataChanged(index, index);
    Q_EMIT kindEdited(index.row(), k);
    return true;
}

} // namespace cj::client
