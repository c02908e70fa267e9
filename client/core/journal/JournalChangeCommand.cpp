#include "core/journal/JournalChangeCommand.h"

#include "core/journal/JournalPageEditor.h"

namespace cj::client {

JournalChangeCommand::JournalChangeCommand(JournalPageEditor *editor, JournalChangeSet changes, const QString &text,
                                           quint64 serial)
    : m_editor(editor)
    , m_changes(std::move(changes))
    , m_serial(serial)
{
    setText(text);
}

void JournalChangeCommand::redo()
{
    m_editor->sendStates(m_changes, JournalPageEditor::Direction::After, m_serial);
}

void JournalChangeCommand::undo()
{
    m_editor->sendStates(m_changes, JournalPageEditor::Direction::Before, m_serial);
}

} // namespace cj::client
