#include "ui/journal/JournalScreen.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/journal/ChangeDescription.h"
#include "core/journal/JournalPageEditor.h"
#include "ui/MainWindow.h"
#include "ui/journal/CellEditorDialog.h"
#include "ui/journal/CellHistoryDialog.h"
#include "ui/journal/CorrectionRequestDialog.h"
#include "ui/journal/DiaryScreen.h"
#include "ui/journal/JournalView.h"
#include "ui/journal/LessonPanel.h"
#include "ui/journal/PlanScreen.h"

namespace cj::client {

using protocol::ErrorCode;

QString JournalScreen::screenKey(qint64 assignmentId)
{
    return QStringLiteral("journal/%1").arg(assignmentId);
}

JournalScreen::JournalScreen(Session *session, qint64 assignmentId, qint64 periodId, QWidget *parent)
    : JournalScreen(session, new JournalPageEditor(session->connection()), parent)
{
    m_editor->open(assignmentId, periodId);
}

JournalScreen::JournalScreen(Session *session, JournalPageEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(editor)
{
    editor->setParent(this);
    setObjectName(QStringLiteral("journalScreen"));
    m_view = new JournalView(m_editor, JournalView::Part::Lessons, this);
    m_figures = new JournalView(m_editor, JournalView::Part::Figures, this);
    m_figures->setSelectionModel(m_view->selectionModel());
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_figures->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_figures->verticalScrollBar(), &QScrollBar::valueChanged, m_view->verticalScrollBar(), &QScrollBar::setValue);
    m_lessonPanel = new LessonPanel(m_editor, this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("journalTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_periods = new QComboBox(this);
    m_periods->setObjectName(QStringLiteral("periodCombo"));
    m_periods->setToolTip(tr("Period"));
    m_periods->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_periods->setMinimumContentsLength(12);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));

    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Short labels; what would be undone is in the tooltip, so the tool bar does not jump about.
    QUndoStack *stack = m_editor->undoStack();
    auto *undo = new QAction(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) { undo->setToolTip(tr("Undo: %1").arg(text)); });
    auto *redo = new QAction(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) { redo->setToolTip(tr("Redo: %1").arg(text)); });
    addAction(undo);
    addAction(redo);
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    m_allPresent = tools->addAction(tr("Everyone present"), this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            m_editor->markAllPresent(i.column());
    });
    m_allPresent->setObjectName(QStringLiteral("allPresentAction"));
    m_allPresent->setToolTip(tr("Clear the absences of the current lesson"));
    m_workKindButton = new QToolButton(this);
    m_workKindButton->setText(tr("Kind of work for all"));
    m_workKindButton->setToolTip(tr("Give all marks of the current lesson the same kind of work"));
    m_workKindButton->setPopupMode(QToolButton::InstantPopup);
    m_workKindButton->setMenu(new QMenu(m_workKindButton));
    tools->addWidget(m_workKindButton);
    tools->addSeparator();
    tools->addAction(tr("Copy"), m_view, &JournalView::copySelection)->setToolTip(tr("Ctrl+C: cells as tab-separated text"));
    tools->addAction(tr("Paste"), m_view, &JournalView::pasteClipboard)->setToolTip(tr("Ctrl+V: from a spreadsheet or another column"));
    tools->addSeparator();
    m_plan = tools->addAction(tr("Lesson plan (КТП)"), this, &JournalScreen::openPlan);
    auto *help = new QToolButton(this);
    help->setObjectName(QStringLiteral("keyboardHelp"));
    help->setText(tr("Keys ?"));
    help->setToolTip(CellText::keyboardHelp());
    connect(help, &QToolButton::clicked, this, [help] {
        QMessageBox::information(help, tr("Typing in the journal"), CellText::keyboardHelp());
    });
    tools->addWidget(help);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_title, 1);
    top->addWidget(m_saveState);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_periods);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(tools);
    layout->addWidget(m_lessonPanel);
    layout->addWidget(m_message);
    auto *grid = new QHBoxLayout;
    grid->setSpacing(0);
    grid->addWidget(m_view, 1);
    grid->addWidget(m_figures);
    layout->addLayout(grid, 1);

    connect(m_editor, &JournalPageEditor::opened, this, &JournalScreen::onOpened);
    connect(m_editor, &JournalPageEditor::loadFailed, this, [this](const protocol::Error &e) {
        showMessage(tr("The journal page could not be opened: %1").arg(ErrorText::forError(e)));
    });
    connect(m_editor, &JournalPageEditor::inputRejected, this, [this](const QString &text) { showMessage(text); });
    connect(m_editor, &JournalPageEditor::correctionNeeded, this,
            [this](const JournalWrite &write, const QString &why) { offerCorrection(write, why, true); });
    connect(m_editor, &JournalPageEditor::writeRefused, this, &JournalScreen::onRefused);
    connect(m_editor, &JournalPageEditor::pendingChanged, this, &JournalScreen::updateSaveState);
    connect(m_editor, &JournalPageEditor::allSaved, this, [this] { updateSaveState(0); });
    for (JournalView *v : {m_view, m_figures}) {
        connect(v, &JournalView::cellDialogRequested, this, &JournalScreen::openCellDialog);
        connect(v, &JournalView::readOnlyTyped, this, [this](const QModelIndex &index, const QString &text) {
            // The class teacher types the reason letter on an absence: б, у, п.
            const JournalPageModel *model = m_editor->model();
            if (model->page().rights.reasons && model->cellAt(index.row(), index.column()).attendance.kind == AttendanceKind::Absent) {
                const QString t = text.toLower();
                const AttendanceSymbols &s = model->symbols();
                const AbsenceReason reason = t == s.ill ? AbsenceReason::Ill
                                           : t == s.excused ? AbsenceReason::Excused
                                           : t == s.unexcused ? AbsenceReason::Unexcused
                                           : t == s.absent ? AbsenceReason::None
                                                           : AbsenceReason(-1);
                if (int(reason) >= 0) {
                    m_editor->setAbsenceReason(index.row(), index.column(), reason);
                    return;
                }
            }
            const EntryState state = m_editor->model()->entryState(index.row(), index.column(), EntryLock::Entry::Marks);
            showMessage(state.isOpen() || !m_editor->model()->lessonAt(index.column()) ? tr("This cell cannot be changed here.")
                                                                                     : EntryLock::explain(state));
        });
        v->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(v, &QWidget::customContextMenuRequested, this, [this, v](const QPoint &pos) { showContextMenu(v, pos); });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const JournalLesson *l = m_editor->model()->lessonAt(current.column()))
            m_lessonPanel->showLesson(l->id);
        const bool lesson = m_editor->model()->lessonAt(current.column()) != nullptr;
        m_allPresent->setEnabled(lesson);
        m_workKindButton->setEnabled(lesson);
    });
    connect(m_lessonPanel, &LessonPanel::goToLessonRequested, this, [this](qint64 lessonId) {
        const int column = m_editor->model()->columnOfLesson(lessonId);
        if (column >= 0) {
            m_view->setCurrentIndex(m_editor->model()->index(qMax(0, m_view->currentIndex().row()), column));
            m_view->scrollTo(m_view->currentIndex());
        }
    });
    connect(m_periods, &QComboBox::activated, this, [this](int index) {
        m_editor->open(m_editor->assignmentId(), m_periods->itemData(index).toLongLong());
    });

    // The school's attendance letters, when it has its own.
    session->connection()->call(protocol::MessageType::SettingsGet, {}, this, [this](const protocol::Response &r) {
        if (r.ok)
            m_editor->model()->setSymbols(AttendanceSymbols::fromCbor(r.result.value(QStringLiteral("symbols")).toMap()));
    });
    m_title->setText(tr("<i>Opening the journal page…</i>"));
}

void JournalScreen::onOpened()
{
    const JournalPage &page = m_editor->model()->page();
    QString title = QStringLiteral("<b style='font-size:13pt'>%1</b>").arg(page.assignment.title().toHtmlEscaped());
    if (!page.assignment.teacherName.isEmpty())
        title += QStringLiteral(" &nbsp;<span style='color:#666'>%1</span>").arg(page.assignment.teacherName.toHtmlEscaped());
    if (page.assignment.noMarks)
        title += QStringLiteral(" &nbsp;<span style='color:#8a6d00'>%1</span>").arg(tr("grade 1: attendance only"));
    m_title->setText(title);
    m_periods->clear();
    for (const Period &p : page.periods)
        m_periods->addItem(p.name, p.id);
    m_periods->setCurrentIndex(m_periods->findData(page.period.id));
    fillWorkKindMenu();
    m_plan->setEnabled(page.rights.plan || page.rights.topics);
    m_view->applyLayout();
    m_view->scrollToToday();
    m_view->setFocus();
    QSettings settings;
    settings.setValue(QStringLiteral("journal/lastAssignment"), page.assignment.id);
    settings.setValue(QStringLiteral("journal/lastTitle"), page.assignment.title());
    updateSaveState(m_editor->pendingCount());
}

void JournalScreen::fillWorkKindMenu()
{
    QMenu *menu = m_workKindButton->menu();
    menu->clear();
    menu->addAction(tr("Answer in class"), this, [this] { m_editor->setWorkKindForColumn(m_view->currentIndex().column(), 0); });
    for (const WorkKind &k : m_editor->model()->page().workKinds) {
        if (k.archived)
            continue;
        const qint64 id = k.id;
        menu->addAction(tr("%1 (weight %2)").arg(k.name, QLocale().toString(k.weight)), this,
                        [this, id] { m_editor->setWorkKindForColumn(m_view->currentIndex().column(), id); });
    }
}

void JournalScreen::showMessage(const QString &text, bool warning)
{
    m_message->setStyleSheet(warning ? QStringLiteral("QLabel { background: #fdecea; color: #7a1020; padding: 4px 8px; }")
                                     : QStringLiteral("QLabel { background: #e8f3ea; color: #1b5e20; padding: 4px 8px; }"));
    m_message->setText(text);
    m_message->show();
    // A note, not a modal box: typing goes on; it fades after a while.
    QTimer::singleShot(8000, m_message, [this, text] {
        if (m_message->text() == text)
            m_message->hide();
    });
}

void JournalScreen::updateSaveState(int pending)
{
    if (pending > 0) {
        m_saveState->setText(tr("Saving… %n change(s) not yet confirmed", nullptr, pending));
        m_saveState->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    } else if (m_editor->undoStack()->count() > 0) {
        m_saveState->setText(tr("✓ All changes saved"));
        m_saveState->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    } else {
        m_saveState->clear();
    }
}

void JournalScreen::offerCorrection(const JournalWrite &write, const QString &explanation, bool ask)
{
    const JournalPage &page = m_editor->model()->page();
    if (m_asking) {
        showMessage(explanation);
        return;
    }
    const QScopedValueRollback<bool> asking(m_asking, true);
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("The entry is locked"),
                        explanation + QStringLiteral("\n\n") + tr("File a correction request for this change?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("correctionQuestion"));
        QPushButton *file = box.addButton(tr("File a correction request"), QMessageBox::AcceptRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != file)
            return;
    }
    CorrectionRequestDialog dialog(m_session->connection(), write, ChangeDescription::where(page, write),
                                   ChangeDescription::what(page, write, m_editor->model()->symbols()), explanation, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("The correction request was filed. The change is made when the administrator approves it."), false);
}

void JournalScreen::onRefused(const protocol::Error &error, const JournalWrite &write)
{
    const QString text = ErrorText::forError(error);
    const bool lockedNow = error.code == ErrorCode::CellLocked
        || (error.code == ErrorCode::WindowClosed && !error.details.contains(QStringLiteral("opensOn")));
    if (lockedNow)
        offerCorrection(write, text, true);
    else
        showMessage(tr("Not saved: %1").arg(text));
}

void JournalScreen::openCellDialog(const QModelIndex &index)
{
    JournalPageModel *model = m_editor->model();
    if (model->finalKindAt(index.column())) {
        if (model->flags(index) & Qt::ItemIsEditable)
            m_figures->edit(index);
        return;
    }
    const JournalLesson *lesson = model->lessonAt(index.column());
    const JournalStudent *student = model->studentAt(index.row());
    if (!lesson || !student)
        return;
    using S = EntryState::Status;
    auto usable = [](const EntryState &s) { return s.isOpen() || s.needsCorrection(); };
    const EntryState marks = model->entryState(index.row(), index.column(), EntryLock::Entry::Marks);
    const EntryState attendance = model->entryState(index.row(), index.column(), EntryLock::Entry::Attendance);
    const bool reasons = model->page().rights.reasons;
    if (!usable(marks) && !usable(attendance) && !reasons) {
        if (marks.status != S::ReadOnly)
            showMessage(EntryLock::explain(marks));
        return;
    }
    CellEditorDialog dialog(model->page(), *lesson, *student, model->cellAt(index.row(), index.column()), usable(marks),
                            usable(attendance), this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->setCell(index.row(), index.column(), dialog.cell());
}

void JournalScreen::showContextMenu(JournalView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open the cell…"), this, [this, index] { openCellDialog(index); });
    if (index.data(roleOf(JournalRole::Locked)).toBool()) {
        menu.addAction(tr("File a correction request…"), this, [this, index] { openCellDialog(index); });
    }
    if (const JournalLesson *lesson = m_editor->model()->lessonAt(index.column())) {
        const JournalStudent *student = m_editor->model()->studentAt(index.row());
        const qint64 lessonId = lesson->id, studentId = student->id;
        const QString title = tr("%1, %2").arg(student->fullName, QLocale().toString(lesson->date, QLocale::ShortFormat));
        const QString lessonTitle = tr("Lesson of %1").arg(QLocale().toString(lesson->date, QLocale::ShortFormat));
        menu.addAction(tr("History of the cell…"), this, [this, lessonId, studentId, title] {
            CellHistoryDialog(m_session->connection(), lessonId, studentId, title, this).exec();
        });
        menu.addAction(tr("History of the lesson's topic and homework…"), this, [this, lessonId, lessonTitle] {
            CellHistoryDialog(m_session->connection(), lessonId, 0, lessonTitle, this).exec();
        });
        if (auto *main = qobject_cast<MainWindow *>(window())) {
            const QString name = student->fullName;
            menu.addAction(tr("Diary of %1").arg(name), this, [main, studentId, name] {
                main->openScreen(QStringLiteral("diary/%1").arg(studentId), tr("Diary: %1").arg(name),
                                 [studentId](Session *s, QWidget *p) -> QWidget * { return new DiaryScreen(s, studentId, p); });
            });
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Clear"), m_view, &JournalView::clearSelectedCells);
    menu.addAction(tr("Copy"), m_view, &JournalView::copySelection);
    menu.addAction(tr("Paste"), m_view, &JournalView::pasteClipboard);
    if (m_editor->model()->lessonAt(index.column())) {
        menu.addSeparator();
        menu.addAction(m_allPresent);
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void JournalScreen::openPlan()
{
    auto *main = qobject_cast<MainWindow *>(window());
    const PageAssignment a = m_editor->model()->page().assignment;
    if (!main || a.id == 0)
        return;
    const qint64 id = a.id;
    main->openScreen(PlanScreen::screenKey(id), tr("КТП %1").arg(a.title()),
                     [id](Session *s, QWidget *parent) -> QWidget * { return new PlanScreen(s, id, parent); });
}

} // namespace cj::client
