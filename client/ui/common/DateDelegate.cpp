#include "ui/common/DateDelegate.h"

#include "ui/common/DateEdit.h"

namespace cj::client {

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new DateEdit(parent);
    edit->setFrame(false);
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<DateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<DateEdit *>(editor)->date(), Qt::EditRole);
}

} // namespace cj::client
