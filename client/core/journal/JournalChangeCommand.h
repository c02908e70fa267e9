#pragma once

#include <QUndoCommand>

#include "core/journal/JournalChangeSet.h"

namespace cj::client {

class JournalPageEditor;

// One undo step of a journal page: a typed mark, a cleared cell, a bulk fill or a paste. Redo sends
// the "after" states to the server, undo the "before" states (the inverse writes).
class JournalChangeCommand : public QUndoCommand
{
public:
    JournalChangeCommand(JournalPageEditor *editor, JournalChangeSet changes, const QString &text, quint64 serial);

    void redo() override;
    void undo() override;
    quint64 serial() const { return m_serial; }
    const JournalChangeSet &changes() const { return m_changes; }

private:
    JournalPageEditor *m_editor;
    JournalChangeSet m_changes;
    quint64 m_serial;
};

} // namespace cj::client
