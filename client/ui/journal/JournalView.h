#pragma once

#include <QTableView>

#include "ui/journal/JournalCellDelegate.h"

namespace cj::client {

class JournalPageEditor;

// The grid of a journal page, keyboard first like a spreadsheet: type a mark and it is saved,
// Enter goes down, arrows and Tab move, Delete clears, Ctrl+C / Ctrl+V copy and paste
// tab-separated text, F2 or a double click opens the cell. Students' names are the frozen vertical
// header, so they stay in view while the dates scroll.
//
// A page shows in two of these side by side on one model and one selection: the lessons (which
// scroll) and, frozen at the right, the student's figures and the period marks.
class JournalView : public QTableView
{
    Q_OBJECT
public:
    enum class Part { Lessons, Figures };

    explicit JournalView(JournalPageEditor *editor, Part part = Part::Lessons, QWidget *parent = nullptr);
    Part part() const { return m_part; }
    // The width the figures part needs to show all its columns.
    int naturalWidth() const;

    void copySelection();
    void pasteClipboard();
    void clearSelectedCells();
    void scrollToToday();
    // Column widths and the like follow the page (called after each load).
    void applyLayout();

Q_SIGNALS:
    void cellDialogRequested(const QModelIndex &index);
    // Something was typed into a cell that cannot take it (greyed, another teacher's lesson …).
    void readOnlyTyped(const QModelIndex &index, const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    // Typing in a journal enters marks; it never jumps to a matching cell.
    void keyboardSearch(const QString &) override {}

private:
    void move(JournalCellDelegate::Move move);

    JournalPageEditor *m_editor;
    JournalCellDelegate *m_delegate;
    Part m_part;
};

} // namespace cj::client
