#include "ui/accounts/LoginLogScreen.h"

#include <QComboBox>

#include "core/AccountText.h"
#include "core/Session.h"
#include "core/models/LoginLogModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FilterBar.h"
#include "ui/common/RecordComboBox.h"

namespace cj::client {

using protocol::MessageType;

LoginLogScreen::LoginLogScreen(Session *session, QWidget *parent)
    : ListScreen(session, new LoginLogModel, MessageType::LoginLogList, QStringLiteral("entries"), parent)
{
    addPrintAction(tr("Login log"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_user = new RecordComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setNoneText(tr("Everyone"));
    m_user->setSource(session->connection(), MessageType::UsersList, QStringLiteral("users"),
                      QCborMap{{QStringLiteral("includeArchived"), true}});
    m_user->reload();
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const QString &outcome : AccountText::loginOutcomes())
        m_outcome->addItem(AccountText::loginOutcome(outcome), outcome);
    filters()->add(tr("Who:"), m_user);
    filters()->add(tr("Outcome:"), m_outcome);
    std::tie(m_from, m_to) = filters()->addPeriod();
    m_from->setDate(session->serverToday().addDays(-7));
    m_to->setDate(session->serverToday());
    addSearch(tr("Find a login, computer or address"));
    connect(m_user, &RecordComboBox::currentIdChanged, this, &LoginLogScreen::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &LoginLogScreen::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &LoginLogScreen::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &LoginLogScreen::reload);
    reload();
}

void LoginLogScreen::reload()
{
    // Whole local days, as timestamps.
    QCborMap args{{QStringLiteral("from"), protocol::dateTimeToWire(m_from->date().startOfDay())},
                  {QStringLiteral("to"), protocol::dateTimeToWire(m_to->date().addDays(1).startOfDay())},
                  {QStringLiteral("limit"), 5000}};
    if (m_user->currentId())
        args.insert(QStringLiteral("userId"), m_user->currentId());
    if (!m_outcome->currentData().toString().isEmpty())
        args.insert(QStringLiteral("outcome"), m_outcome->currentData().toString());
    model()->setArgs(args);
    ListScreen::reload();
}

} // namespace cj::client
