#pragma once

#include <QStyledItemDelegate>

namespace cj::client {

// Paints a journal cell the way a paper journal reads — the mark in its colour, a double mark as
// «3/5», the attendance letter, small corner signs for a comment, a pending change or a lock — and
// gives a frameless one-line editor for typing, where arrows and Enter save and move like a
// spreadsheet.
class JournalCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Move { None, Up, Down, Left, Right };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor markColor(int value);
    static QColor controlUnderlineColor();

Q_SIGNALS:
    // The editor was closed by a key that also moves the cursor.
    void moveRequested(cj::client::JournalCellDelegate::Move move);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace cj::client
