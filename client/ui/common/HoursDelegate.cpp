#include "ui/common/HoursDelegate.h"

#include <QDoubleSpinBox>

namespace cj::client {

QWidget *HoursDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 20);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setAlignment(Qt::AlignCenter);
    spin->setFrame(false);
    return spin;
}

void HoursDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QDoubleSpinBox *>(editor);
    spin->interpretText();
    // Only whole and half hours exist in a curriculum.
    model->setData(index, qRound(spin->value() * 2) / 2.0, Qt::EditRole);
}

} // namespace cj::client
