#pragma once

#include <QCborArray>
#include <QObject>
#include <QStringList>

#include <functional>

#include "protocol/MessageType.h"

class QWidget;

namespace cj::client {

class Session;

// Several activation codes issued together — chosen accounts, or everyone of a class (its students,
// or its students' legal representatives, each parent once) — so their slips print together. Every
// request is its own write; one refusal does not lose the codes the others got.
class ActivationBatch : public QObject
{
    Q_OBJECT
public:
    enum class ClassMembers { Students, Parents };

    explicit ActivationBatch(Session *session, QObject *parent = nullptr);

    // A request answered like users.issueActivation; `note` goes on the slip («родитель ученика …»).
    void add(protocol::MessageType type, const QCborMap &args, const QString &person, const QString &note = {});
    void run();
    void runForClass(qint64 classId, ClassMembers who);

    // When done: the refusals if there were any, then the codes in a dialog for printing; then
    // `after` runs and the batch goes away.
    void presentWhenDone(QWidget *parent, std::function<void()> after = {});

Q_SIGNALS:
    void finished(const QCborArray &issued, const QStringList &failures);

private:
    struct Item {
        protocol::MessageType type;
        QCborMap args;
        QString person;
        QString note;
    };
    void addClassMembers(const QCborArray &students, ClassMembers who);
    void finishOne();

    Session *m_session;
    QList<Item> m_items;
    int m_pending = 0;
    QCborArray m_issued;
    QStringList m_failures;
};

} // namespace cj::client
