#pragma once

#include <QWidget>

#include "core/journal/JournalWrite.h"

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace cj::protocol {
struct Error;
}

namespace cj::client {

class JournalPageEditor;
class JournalView;
class LessonPanel;
class Session;

// The journal page screen: the period to show, the lesson panel, the grid, the tools (undo, bulk
// fill, copy and paste, КТП) and a line that says what is saved and what the server refused.
class JournalScreen : public QWidget
{
    Q_OBJECT
public:
    JournalScreen(Session *session, qint64 assignmentId, qint64 periodId = 0, QWidget *parent = nullptr);
    // With an editor made elsewhere (tests give one with their own server); takes it over.
    JournalScreen(Session *session, JournalPageEditor *editor, QWidget *parent = nullptr);

    JournalPageEditor *editor() const { return m_editor; }
    JournalView *view() const { return m_view; }
    JournalView *figuresView() const { return m_figures; }
    static QString screenKey(qint64 assignmentId);

private:
    void onOpened();
    void showMessage(const QString &text, bool warning = true);
    void offerCorrection(const JournalWrite &write, const QString &explanation, bool ask);
    void onRefused(const protocol::Error &error, const JournalWrite &write);
    void openCellDialog(const QModelIndex &index);
    void showContextMenu(JournalView *view, const QPoint &pos);
    void updateSaveState(int pending);
    void fillWorkKindMenu();
    void openPlan();

    Session *m_session;
    JournalPageEditor *m_editor;
    JournalView *m_view;
    JournalView *m_figures;
    LessonPanel *m_lessonPanel;
    QLabel *m_title;
    QComboBox *m_periods;
    QLabel *m_saveState;
    QLabel *m_message;
    QToolButton *m_workKindButton;
    QAction *m_allPresent;
    QAction *m_plan;
    bool m_asking = false; // a correction question is open: further refusals only go to the message line
};

} // namespace cj::client
