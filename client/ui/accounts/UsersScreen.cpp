#include "ui/accounts/UsersScreen.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>

#include "core/RoleText.h"
#include "core/Session.h"
#include "core/models/UsersModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/accounts/ActivationBatch.h"
#include "ui/accounts/ActivationCodesDialog.h"
#include "ui/accounts/UserDialog.h"
#include "ui/common/FilterBar.h"
#include "ui/common/RecordTable.h"

namespace cj::client {

using protocol::MessageType;

UsersScreen::UsersScreen(Session *session, QWidget *parent)
    : ListScreen(session, new UsersModel, MessageType::UsersList, QStringLiteral("users"), parent)
{
    const bool admin = permissions().manageAccounts();
    addAction(tr("New account…"), QStringLiteral("newUserAction"), Needs::Nothing, [this] { edit({}); })->setVisible(admin);
    QAction *change = addAction(tr("Edit…"), QStringLiteral("editUserAction"), Needs::OneRecord, [this] { edit(current()); });
    change->setVisible(admin);
    setDefaultAction(change);
    addAction(tr("Activation code and slip…"), QStringLiteral("issueCodeAction"), Needs::SomeRecords, [this] { issueCodes(); })
        ->setVisible(admin);
    m_lock = addAction(tr("Lock…"), QStringLiteral("lockAction"), Needs::OneRecord, [this] { toggleLock(); });
    m_lock->setVisible(admin);
    addAction(tr("Lift the hold"), QStringLiteral("clearLockoutAction"), Needs::OneRecord, [this] {
        this->change(MessageType::UsersClearLockout, QCborMap{{QStringLiteral("id"), currentId()}});
    })->setVisible(admin);
    m_archive = addAction(tr("To archive"), QStringLiteral("archiveUserAction"), Needs::OneRecord, [this] {
        const QCborMap u = current();
        const bool archive = !u.value(QStringLiteral("archived")).toBool();
        if (archive && !feedback::confirm(this, tr("Archive the account"),
                                          tr("Archive the account of %1? The person can no longer sign in; the journal keeps "
                                             "everything they entered.").arg(u.value(QStringLiteral("fullName")).toString())))
            return;
        this->change(MessageType::UsersUpdate, QCborMap{{QStringLiteral("id"), currentId()}, {QStringLiteral("archived"), archive}});
    });
    m_archive->setVisible(admin);
    addPrintAction(tr("Accounts"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->addItem(tr("All roles"), QString());
    for (Role role : allRoles())
        m_role->addItem(RoleText::name(role), roleName(role));
    m_lockedOut = new QCheckBox(tr("Only locked"), this);
    m_lockedOut->setObjectName(QStringLiteral("lockedOutFilter"));
    m_lockedOut->setToolTip(tr("Locked by the administrator or held after failed sign-ins"));
    m_archived = new QCheckBox(tr("Show archived"), this);
    filters()->add(tr("Role:"), m_role);
    filters()->add(m_lockedOut);
    filters()->add(m_archived);
    addSearch(tr("Find by name or login"));
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersScreen::reload);
    connect(m_lockedOut, &QCheckBox::toggled, this, &UsersScreen::reload);
    connect(m_archived, &QCheckBox::toggled, this, &UsersScreen::reload);
    reload();
}

QString UsersScreen::rolesOf(const QCborMap &user)
{
    QStringList names;
    for (const QCborValue &v : user.value(QStringLiteral("roles")).toArray())
        names.append(v.toString());
    return RoleText::names(rolesFromNames(names));
}

void UsersScreen::reload()
{
    QCborMap args{{QStringLiteral("includeArchived"), m_archived->isChecked()},
                  {QStringLiteral("onlyLockedOut"), m_lockedOut->isChecked()}};
    if (!m_role->currentData().toString().isEmpty())
        args.insert(QStringLiteral("role"), m_role->currentData().toString());
    model()->setArgs(args);
    ListScreen::reload();
}

void UsersScreen::updateActions()
{
    ListScreen::updateActions();
    const QCborMap u = current();
    m_lock->setText(u.value(QStringLiteral("locked")).toBool() ? tr("Unlock") : tr("Lock…"));
    m_archive->setText(u.value(QStringLiteral("archived")).toBool() ? tr("Back from archive") : tr("To archive"));
}

void UsersScreen::edit(const QCborMap &user)
{
    UserDialog dialog(session(), user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (user.isEmpty()) {
        // A new account: its first activation code, to print now.
        QCborMap issued = dialog.result();
        issued.insert(QStringLiteral("fullName"), dialog.fullName());
        issued.insert(QStringLiteral("note"), dialog.rolesText());
        ActivationCodesDialog(session(), QCborArray{issued}, this).exec();
    }
    reload();
    const qint64 id = protocol::intOr(dialog.result().value(QStringLiteral("id")));
    connect(model(), &RemoteListModel::loaded, this, [this, id] { table()->selectId(id); }, Qt::SingleShotConnection);
}

void UsersScreen::toggleLock()
{
    const QCborMap u = current();
    if (u.value(QStringLiteral("locked")).toBool()) {
        change(MessageType::UsersSetLocked, QCborMap{{QStringLiteral("id"), currentId()}, {QStringLiteral("locked"), false}});
        return;
    }
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("lockReasonDialog"));
    ask.setWindowTitle(tr("Lock the account"));
    ask.setLabelText(tr("Lock the account of %1. Their open sessions end at once.\nReason:").arg(u.value(QStringLiteral("fullName")).toString()));
    ask.setOkButtonText(tr("Lock"));
    ask.setCancelButtonText(tr("Cancel"));
    if (ask.exec() == QDialog::Accepted)
        change(MessageType::UsersSetLocked, QCborMap{{QStringLiteral("id"), currentId()},
                                                     {QStringLiteral("locked"), true},
                                                     {QStringLiteral("reason"), ask.textValue().trimmed()}});
}

void UsersScreen::issueCodes()
{
    const QList<QCborMap> users = table()->selectedRecords();
    if (!feedback::confirm(this, tr("Activation codes"),
                           tr("Issue new activation codes for %n account(s)? An unused earlier code stops working; a password "
                              "already set keeps working until the new code is used.", nullptr, int(users.size()))))
        return;
    auto *batch = new ActivationBatch(session(), this);
    for (const QCborMap &u : users)
        batch->add(MessageType::UsersIssueActivation, QCborMap{{QStringLiteral("id"), u.value(QStringLiteral("id"))}},
                   u.value(QStringLiteral("fullName")).toString(), rolesOf(u));
    batch->presentWhenDone(this, [this] { reload(); });
    batch->run();
}

} // namespace cj::client
