#include "core/models/NamesModel.h"

namespace cj::client {

NamesModel::NamesModel(QObject *parent)
    : RemoteListModel(parent)
    , m_textOf([](const QCborMap &r) {
        const QString name = r.value(QStringLiteral("name")).toString();
        return name.isEmpty() ? r.value(QStringLiteral("fullName")).toString() : name;
    })
{
    // One column: whatever textOf makes of a record (it may be changed later).
    setColumns<Column>({{tr("Name"), [this](const QCborMap &r) -> QVariant { return m_textOf(r); }}});
}

QList<qint64> NamesModel::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_checked.contains(idAt(row)))
            ids.append(idAt(row));
    }
    return ids;
}

void NamesModel::setChecked(qint64 id, bool checked)
{
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    const int row = rowOfId(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, 0), {Qt::CheckStateRole});
}

void NamesModel::setFixed(qint64 id)
{
    m_fixed.insert(id);
    setChecked(id, true);
}

QVariant NamesModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::CheckStateRole && m_checkable && index.isValid())
        return m_checked.contains(idAt(index.row())) ? Qt::Checked : Qt::Unchecked;
    return RemoteListModel::data(index, role);
}

bool NamesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_checkable || !index.isValid())
        return RemoteListModel::setData(index, value, role);
    if (m_fixed.contains(idAt(index.row())))
        return false;
    setChecked(idAt(index.row()), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags NamesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RemoteListModel::flags(index);
    if (m_checkable && index.isValid())
        f |= Qt::ItemIsUserCheckable;
    if (index.isValid() && m_fixed.contains(idAt(index.row())))
        f &= ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    return f;
}

} // namespace cj::client
