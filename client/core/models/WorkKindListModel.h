#pragma once

#include <QAbstractTableModel>

#include "core/journal/WorkKind.h"

namespace cj::client {

// The school's catalogue of kinds of work with their weights, edited in place by the
// administrator; a changed row is handed out to be saved (workKinds.save).
class WorkKindListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, ShortName, Weight, Written, Control, Archived, Count };

    using QAbstractTableModel::QAbstractTableModel;

    void setKinds(QList<WorkKind> kinds);
    void addKind(const WorkKind &kind);
    void replace(int row, const WorkKind &kind); // after it was saved
    const WorkKind &kindAt(int row) const { return m_kinds[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void kindEdited(int row, const cj::client::WorkKind &kind);

private:
    QList<WorkKind> m_kinds;
};

} // namespace cj::client
