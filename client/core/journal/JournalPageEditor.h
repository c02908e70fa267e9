#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QModelIndexList>
#include <QObject>
#include <QUndoStack>

#include <functional>

#include "core/journal/JournalChangeSet.h"
#include "core/journal/JournalWrite.h"
#include "core/models/JournalPageModel.h"
#include "protocol/Envelope.h"

namespace cj::client {

class ServerConnection;

// Works one journal page against the server: opens it (journal.open) and keeps it live
// (event.journalChanged, reopening after a reconnect), turns what the teacher types, pastes or
// fills into writes, shows them at once as pending, confirms or reverts them with the server's
// answer, and keeps the undo stack (undo sends the inverse write).
class JournalPageEditor : public QObject
{
    Q_OBJECT
public:
    using ResponseHandler = std::function<void(const protocol::Response &)>;
    // How requests reach the server; tests give their own to see the writes.
    using Caller = std::function<void(protocol::MessageType, const QCborMap &, QObject *, ResponseHandler)>;
    enum class Direction { Before, After };

    explicit JournalPageEditor(ServerConnection *connection, QObject *parent = nullptr);
    explicit JournalPageEditor(Caller caller, QObject *parent = nullptr);
    ~JournalPageEditor() override;

    JournalPageModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    qint64 assignmentId() const { return m_assignmentId; }
    bool isLoading() const { return m_loading; }
    int pendingCount() const { return m_model->pendingCount() + m_pendingLessons; }

    // Opens a page (periodId 0: the server's default, the period containing today). Another period
    // of the same page reloads it; the undo history belongs to one page and period.
    void open(qint64 assignmentId, qint64 periodId = 0);
    void reload();
    void handleEvent(const protocol::Event &event);

    // Edits; each call is one undo step. They return false (and emit inputRejected) when nothing
    // could be changed; cells whose entry window has closed are offered for a correction request.
    bool typeText(const QModelIndex &index, const QString &text);
    bool setCell(int row, int column, const JournalCell &after);
    bool clearCells(const QModelIndexList &indexes);
    bool markAllPresent(int column);
    bool setWorkKindForColumn(int column, qint64 workKindId);
    bool setLessonContent(qint64 lessonId, const LessonContent &content);
    bool setAbsenceReason(int row, int column, AbsenceReason reason);
    // Tab/newline separated text, as spreadsheets copy it.
    QString copyText(const QModelIndexList &indexes) const;
    bool paste(const QModelIndex &topLeft, const QString &text);

    // The command stack calls these to send states; not for other callers.
    void sendStates(const JournalChangeSet &changes, Direction direction, quint64 serial);

Q_SIGNALS:
    void opened();
    void loadFailed(const protocol::Error &error);
    void inputRejected(const QString &message);
    // A change to a locked entry: it can only be made through a correction request.
    void correctionNeeded(const cj::client::JournalWrite &write, const QString &explanation);
    // The server refused a write; for cell_locked/window_closed the UI offers a correction request.
    void writeRefused(const cj::protocol::Error &error, const cj::client::JournalWrite &write);
    void pendingChanged(int count);
    void allSaved();

private:
    struct Outcome {
        int sent = 0;
        int answered = 0;
        int refused = 0;
    };

    void init();
    void call(protocol::MessageType type, const QCborMap &args, ResponseHandler handler);
    void onOpened(const protocol::Response &response, qint64 requestedAssignment);
    bool push(JournalChangeSet changes, const QString &text);
    // The same change for every row of a lesson column (bulk fills): admitted cells go into *set.
    bool changeColumn(int column, const std::function<std::optional<JournalCell>(const JournalCell &)> &change,
                      JournalChangeSet *set);
    // The cell after typing; nullopt with *error when the school's rules forbid it.
    std::optional<JournalCell> cellAfterTyping(const JournalCell &before, const TypedCell &typed,
                                               const JournalLesson &lesson, QString *error) const;
    // Checks an intended cell change against the entry windows. Locked ones are offered for a
    // correction; others not open are explained. Returns whether the change may be sent.
    bool admitCell(int row, int column, const CellChange &change, QStringList *problems, bool *offered);
    std::optional<FinalMarkChange> finalChangeFor(int row, int column, const QString &text, QString *error) const;

    void sendCell(const JournalCell &target, quint64 serial);
    void sendLesson(qint64 lessonId, const LessonContent &target, quint64 serial);
    void sendFinalMark(const FinalMark &target, quint64 serial);
    void noteSent(quint64 serial);
    void noteAnswered(quint64 serial, bool refused, const protocol::Error &error, const JournalWrite &write);
    void updatePending();

    Caller m_caller;
    ServerConnection *m_connection = nullptr;
    JournalPageModel *m_model;
    QUndoStack *m_undo;
    qint64 m_assignmentId = 0;
    qint64 m_periodId = 0;
    bool m_loading = false;
    quint64 m_sequence = 0;
    quint64 m_serial = 0;
    int m_pendingLessons = 0;
    int m_lastPending = 0;
    QHash<quint64, Outcome> m_outcomes; // per command serial, for the latest send
};

} // namespace cj::client
