#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QObject>

#include <optional>

#include "core/journal/JournalPageEditor.h"

namespace cj::test {

// Answers a journal page editor like the server would, a moment later (replies never arrive inside
// the call), from a journal.open result; records every request. For tests without a server.
class ScriptedJournalServer : public QObject
{
public:
    struct Sent {
        protocol::MessageType type;
        QCborMap args;
    };

    explicit ScriptedJournalServer(QCborMap page);

    QList<Sent> sent;
    QCborMap page;
    std::optional<protocol::Error> refuseNext; // the next write is refused with this

    client::JournalPageEditor::Caller caller();
    QList<Sent> writes() const; // the sent writes only, in order

private:
    QCborMap answer(protocol::MessageType type, const QCborMap &args);
    static QString key(const QCborMap &args);

    QHash<QString, QCborArray> m_marks;
    QHash<QString, QCborValue> m_attendance;
};

} // namespace cj::test
