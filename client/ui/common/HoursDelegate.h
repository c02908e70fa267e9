#pragma once

#include <QStyledItemDelegate>

namespace cj::client {

// Edits hours a week in a grid cell: 0 to 20 in steps of half an hour, as curriculum.set accepts.
class HoursDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cj::client
