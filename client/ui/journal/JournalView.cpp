#include "ui/journal/JournalView.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSettings>

#include "core/journal/CellText.h"
#include "core/journal/JournalPageEditor.h"
#include "ui/journal/JournalHeaderView.h"

namespace cj::client {

namespace {
const QString kLessonWidthKey = QStringLiteral("journal/lessonColumnWidth");
constexpr int kDefaultLessonWidth = 40;
} // namespace

JournalView::JournalView(JournalPageEditor *editor, Part part, QWidget *parent)
    : QTableView(parent)
    , m_editor(editor)
    , m_delegate(new JournalCellDelegate(this))
    , m_part(part)
{
    setObjectName(part == Part::Lessons ? QStringLiteral("journalView") : QStringLiteral("journalFiguresView"));
    setHorizontalHeader(new JournalHeaderView(this));
    setModel(editor->model());
    setItemDelegate(m_delegate);
    setEditTriggers(QAbstractItemView::AnyKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(true);
    setToolTip(QString()); // cells have their own; the keyboard help is on the help button
    setStyleSheet(QStringLiteral("QTableView { gridline-color: #d5d9de; selection-background-color: transparent; }"
                                 "QHeaderView::section:vertical { padding: 0 8px; border: none;"
                                 " border-bottom: 1px solid #e1e4e8; border-right: 1px solid #c8cdd3; background: #fafbfc; }"));
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(24);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setHighlightSections(true);
    horizontalHeader()->setMinimumSectionSize(28);

    connect(m_delegate, &JournalCellDelegate::moveRequested, this, &JournalView::move);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (model()->headerData(section, Qt::Horizontal, roleOf(JournalRole::Column)).toInt() == int(JournalColumn::Lesson))
            QSettings().setValue(kLessonWidthKey, size);
    });
    if (part == Part::Figures) {
        verticalHeader()->hide();
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFrameShape(QFrame::NoFrame);
    }
    connect(editor, &JournalPageEditor::opened, this, &JournalView::applyLayout);
}

int JournalView::naturalWidth() const
{
    int width = 2 * frameWidth();
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (!isColumnHidden(c))
            width += columnWidth(c);
    }
    return width;
}

void JournalView::applyLayout()
{
    const int lessonWidth = QSettings().value(kLessonWidthKey, kDefaultLessonWidth).toInt();
    QHeaderView *h = horizontalHeader();
    const QSignalBlocker block(h); // not a resize by the person
    for (int c = 0; c < model()->columnCount(); ++c) {
        const auto kind = JournalColumn(model()->headerData(c, Qt::Horizontal, roleOf(JournalRole::Column)).toInt());
        setColumnHidden(c, (kind == JournalColumn::Lesson) != (m_part == Part::Lessons));
        switch (kind) {
        case JournalColumn::Lesson: h->resizeSection(c, lessonWidth); break;
        case JournalColumn::Count: h->resizeSection(c, 46); break;
        case JournalColumn::Average:
        case JournalColumn::Weighted: h->resizeSection(c, 48); break;
        default: h->resizeSection(c, 50); break;
        }
    }
    verticalHeader()->setMinimumWidth(200);
    if (m_part == Part::Figures) {
        setFixedWidth(naturalWidth());
        setVisible(naturalWidth() > 2 * frameWidth()); // grade 1 has no figures
    }
}

void JournalView::scrollToToday()
{
    const auto *page = qobject_cast<const JournalPageModel *>(model());
    if (!page || page->rowCount() == 0)
        return;
    // The lesson of today, else the last one before it: where the teacher types.
    int column = -1;
    for (int c = 0; c < page->columnCount(); ++c) {
        const JournalLesson *l = page->lessonAt(c);
        if (l && l->date <= page->page().today)
            column = c;
    }
    if (column < 0)
        column = 0;
    setCurrentIndex(page->index(0, column));
    // Today near the right edge, so the lessons before it are in view, with two after it.
    const int lessonWidth = columnWidth(column);
    const int x = horizontalHeader()->sectionPosition(column) + lessonWidth * 3 - viewport()->width();
    horizontalScrollBar()->setValue(qMax(0, x));
}

void JournalView::move(JournalCellDelegate::Move move)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    int row = current.row(), column = current.column();
    switch (move) {
    case JournalCellDelegate::Move::Up: row = qMax(0, row - 1); break;
    case JournalCellDelegate::Move::Down: row = qMin(model()->rowCount() - 1, row + 1); break;
    case JournalCellDelegate::Move::Left:
        do
            --column;
        while (column >= 0 && isColumnHidden(column));
        column = qMax(0, column);
        break;
    case JournalCellDelegate::Move::Right: {
        int next = column + 1;
        while (next < model()->columnCount() && isColumnHidden(next))
            ++next;
        if (next < model()->columnCount())
            column = next;
        break;
    }
    case JournalCellDelegate::Move::None: break;
    }
    setCurrentIndex(model()->index(row, column));
}

void JournalView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clearSelectedCells();
            return;
        case Qt::Key_F2:
            if (currentIndex().isValid())
                Q_EMIT cellDialogRequested(currentIndex());
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            move(JournalCellDelegate::Move::Down);
            return;
        default:
            break;
        }
        const bool typing = !event->text().trimmed().isEmpty() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (typing && currentIndex().isValid() && !(model()->flags(currentIndex()) & Qt::ItemIsEditable)) {
            Q_EMIT readOnlyTyped(currentIndex(), event->text());
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void JournalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid()) {
        setCurrentIndex(index);
        Q_EMIT cellDialogRequested(index);
        return;
    }
    QTableView::mouseDoubleClickEvent(event);
}

void JournalView::copySelection()
{
    const QString text = m_editor->copyText(selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void JournalView::pasteClipboard()
{
    // Into the selection's top left corner (or the current cell), as spreadsheets do.
    QModelIndex topLeft = currentIndex();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (!selected.isEmpty()) {
        int row = INT_MAX, column = INT_MAX;
        for (const QModelIndex &i : selected) {
            row = qMin(row, i.row());
            column = qMin(column, i.column());
        }
        topLeft = model()->index(row, column);
    }
    m_editor->paste(topLeft, QGuiApplication::clipboard()->text());
}

void JournalView::clearSelectedCells()
{
    m_editor->clearCells(selectionModel()->selectedIndexes());
}

} // namespace cj::client
