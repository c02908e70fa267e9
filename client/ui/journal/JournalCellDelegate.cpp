#include "ui/journal/JournalCellDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

#include "core/models/JournalModelEnums.h"
#include "ui/Fonts.h"

namespace cj::client {

QColor JournalCellDelegate::markColor(int value)
{
    switch (value) {
    case 5: return QColor(0x1b, 0x7f, 0x3b);
    case 4: return QColor(0x1f, 0x5f, 0xbf);
    case 3: return QColor(0xa8, 0x62, 0x00);
    case 2:
    case 1: return QColor(0xc6, 0x28, 0x28);
    default: return QColor(0x33, 0x33, 0x33);
    }
}

void JournalCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto column = JournalColumn(index.data(roleOf(JournalRole::Column)).toInt());
    if (column != JournalColumn::Lesson) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const QVariant background = index.data(Qt::BackgroundRole);
    if (background.isValid())
        painter->fillRect(r, background.value<QColor>());
    if (selected)
        painter->fillRect(r, QColor(0x1f, 0x5f, 0xbf, 40));
    if (option.state & QStyle::State_HasFocus) {
        // The cursor: a frame, as in a spreadsheet, so the mark under it stays readable.
        painter->setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    const bool greyed = index.data(roleOf(JournalRole::Greyed)).toBool();
    if (greyed) {
        // Outside the student's membership: hatched, like a struck-out line in a paper journal.
        painter->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
        painter->setClipRect(r);
        for (int x = r.left() - r.height(); x < r.right(); x += 6)
            painter->drawLine(x, r.bottom(), x + r.height(), r.top());
        painter->setClipping(false);
    }

    const QString marks = index.data(roleOf(JournalRole::MarksText)).toString();
    const QString attendance = index.data(roleOf(JournalRole::AttendanceText)).toString();
    const bool pending = index.data(roleOf(JournalRole::Pending)).toBool();
    QFont font = option.font;
    font.setItalic(pending);
    const bool control = index.data(roleOf(JournalRole::ControlWork)).toBool();
    const auto attendanceKind = index.data(roleOf(JournalRole::AttendanceKind)).toInt();
    const QColor absentColor(0xb0, 0x30, 0x30);

    if (!marks.isEmpty()) {
        const QList<int> values = index.data(roleOf(JournalRole::MarkValues)).value<QList<int>>();
        QFont markFont = scaledFont(font, values.size() > 2 ? 0.85 : 1.05);
        markFont.setBold(control);
        painter->setFont(markFont);
        const QFontMetrics fm(markFont);
        const QStringList parts = marks.split(QLatin1Char('/'));
        const int slash = fm.horizontalAdvance(QLatin1Char('/'));
        int width = 0;
        for (const QString &p : parts)
            width += fm.horizontalAdvance(p);
        width += slash * int(parts.size() - 1);
        int x = r.center().x() - width / 2 + 1;
        const int baseline = r.center().y() + fm.ascent() / 2 - 1;
        for (int i = 0; i < parts.size(); ++i) {
            const int value = i < values.size() ? values[i] : 0;
            QColor c = greyed ? QColor(0x99, 0x99, 0x99)
                              : (value > 0 ? markColor(value) : (parts[i] == QStringLiteral("нз") ? markColor(2) : markColor(5)));
            painter->setPen(c);
            painter->drawText(x, baseline, parts[i]);
            x += fm.horizontalAdvance(parts[i]);
            if (i + 1 < parts.size()) {
                painter->setPen(QColor(0x88, 0x88, 0x88));
                painter->drawText(x, baseline, QStringLiteral("/"));
                x += slash;
            }
        }
        if (control) {
            painter->setPen(QPen(controlUnderlineColor(), 1));
            painter->drawLine(r.center().x() - width / 2, baseline + 2, r.center().x() + width / 2, baseline + 2);
        }
        if (!attendance.isEmpty()) {
            const QFont small = scaledFont(font, 0.7);
            painter->setFont(small);
            painter->setPen(absentColor);
            painter->drawText(r.adjusted(0, 0, -2, 0), Qt::AlignRight | Qt::AlignTop, attendance);
        }
    } else if (!attendance.isEmpty()) {
        painter->setFont(font);
        painter->setPen(attendanceKind == 2 /* late */ ? QColor(0x8a, 0x6d, 0x00) : absentColor);
        painter->drawText(r, Qt::AlignCenter, attendance);
    }

    // Corner signs: a comment (top left, blue), a pending change (bottom right, amber dot),
    // a locked entry (bottom left, grey corner).
    if (index.data(roleOf(JournalRole::HasComment)).toBool()) {
        QPainterPath p;
        p.moveTo(r.topLeft());
        p.lineTo(r.topLeft() + QPoint(6, 0));
        p.lineTo(r.topLeft() + QPoint(0, 6));
        painter->fillPath(p, QColor(0x1f, 0x5f, 0xbf));
    }
    if (pending) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe0, 0x9b, 0x00));
        painter->drawEllipse(QPointF(r.right() - 4.5, r.bottom() - 4.5), 2.5, 2.5);
    }
    if (index.data(roleOf(JournalRole::Locked)).toBool() && !greyed) {
        QPainterPath p;
        p.moveTo(r.bottomLeft());
        p.lineTo(r.bottomLeft() + QPoint(5, 0));
        p.lineTo(r.bottomLeft() + QPoint(0, -5));
        painter->fillPath(p, QColor(0xb5, 0xb5, 0xb5));
    }
    painter->restore();
}

QColor JournalCellDelegate::controlUnderlineColor()
{
    return QColor(0x55, 0x55, 0x55);
}

QWidget *JournalCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("cellEditor"));
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignCenter);
    editor->setMaxLength(20);
    editor->setStyleSheet(QStringLiteral("QLineEdit { background: #fffbe6; border: 2px solid #1f5fbf; }"));
    return editor;
}

void JournalCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    line->setText(index.data(Qt::EditRole).toString());
    line->selectAll();
}

void JournalCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    if (line->text() == index.data(Qt::EditRole).toString())
        return; // unchanged: no write
    model->setData(index, line->text(), Qt::EditRole);
}

void JournalCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(-6, -2, 6, 2));
}

bool JournalCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        Move move = Move::None;
        switch (key->key()) {
        case Qt::Key_Up: move = Move::Up; break;
        case Qt::Key_Down: move = Move::Down; break;
        case Qt::Key_Return:
        case Qt::Key_Enter: move = Move::Down; break;
        // Left/Right move between cells unless the caret has somewhere to go inside the text.
        case Qt::Key_Left:
            if (editor->cursorPosition() == 0 || editor->hasSelectedText())
                move = Move::Left;
            break;
        case Qt::Key_Right:
            if (editor->cursorPosition() == editor->text().size() || editor->hasSelectedText())
                move = Move::Right;
            break;
        default: break;
        }
        if (move != Move::None) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            Q_EMIT moveRequested(move);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace cj::client
