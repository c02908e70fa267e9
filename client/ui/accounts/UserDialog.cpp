#include "ui/accounts/UserDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

#include "core/RoleText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "protocol/ArgReader.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/FieldSet.h"

namespace cj::client {

using protocol::MessageType;

UserDialog::UserDialog(Session *session, const QCborMap &user, QWidget *parent)
    : FormDialog(session, user.isEmpty() ? tr("New account") : tr("Account %1").arg(user.value(QStringLiteral("login")).toString()), parent)
    , m_id(protocol::intOr(user.value(QStringLiteral("id"))))
    , m_fields(new FieldSet(form(), errors(), this))
{
    setObjectName(QStringLiteral("userDialog"));
    m_fields->addText(QStringLiteral("surname"), tr("&Surname:"), true);
    m_fields->addText(QStringLiteral("firstName"), tr("&First name:"), true);
    m_fields->addText(QStringLiteral("patronymic"), tr("&Patronymic:"));
    m_fields->addText(QStringLiteral("position"), tr("P&osition:"), false, tr("e.g. teacher of mathematics"));
    m_fields->addText(QStringLiteral("email"), tr("&E-mail:"));
    m_fields->addText(QStringLiteral("phone"), tr("P&hone:"));
    if (user.isEmpty()) {
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("loginField"));
        m_login->setPlaceholderText(tr("made from the name if left empty, e.g. ivanova.mp"));
        m_login->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9._-]{0,64}")), m_login));
        form()->addRow(tr("&Login:"), m_login);
        errors()->bind(QStringLiteral("login"), m_login);
    }
    QStringList names;
    for (const QCborValue &v : user.value(QStringLiteral("roles")).toArray())
        names.append(v.toString());
    m_roles = rolesFromNames(names);
    auto *rolesBox = new QWidget(this);
    rolesBox->setObjectName(QStringLiteral("rolesField"));
    auto *grid = new QGridLayout(rolesBox);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<Role> roles = allRoles();
    for (int i = 0; i < roles.size(); ++i) {
        auto *box = new QCheckBox(RoleText::name(roles[i]), rolesBox);
        box->setObjectName(roleName(roles[i]) + QStringLiteral("RoleCheck"));
        box->setChecked(user.isEmpty() ? roles[i] == Role::Teacher : m_roles.testFlag(roles[i]));
        grid->addWidget(box, i / 2, i % 2);
        m_roleBoxes.append({roles[i], box});
    }
    form()->addRow(tr("Roles:"), rolesBox);
    errors()->bind(QStringLiteral("roles"), rolesBox);
    addNote(tr("The class teacher is not a role: appoint a teacher to a class on the Classes screen."));
    if (user.isEmpty())
        okButton()->setText(tr("Create"));
    else
        m_fields->setValues(user);
}

QString UserDialog::fullName() const
{
    const QCborMap v = m_fields->values();
    return QStringList{v.value(QStringLiteral("surname")).toString(), v.value(QStringLiteral("firstName")).toString(),
                       v.value(QStringLiteral("patronymic")).toString()}
        .join(QLatin1Char(' '))
        .trimmed();
}

QString UserDialog::rolesText() const
{
    QStringList names;
    for (const QCborValue &v : chosenRoles())
        names.append(v.toString());
    return RoleText::names(rolesFromNames(names));
}

QCborArray UserDialog::chosenRoles() const
{
    QStringList names;
    for (const auto &[role, box] : m_roleBoxes) {
        if (box->isChecked())
            names.append(roleName(role));
    }
    return QCborArray::fromStringList(names);
}

void UserDialog::submit()
{
    if (!m_fields->checkRequired())
        return;
    if (chosenRoles().isEmpty())
        return errors()->showAt(m_roleBoxes.first().second->parentWidget(), tr("Choose at least one role."));
    QCborMap args = m_fields->values();
    if (!m_id) {
        args.insert(QStringLiteral("roles"), chosenRoles());
        if (!m_login->text().isEmpty())
            args.insert(QStringLiteral("login"), m_login->text());
        return send(MessageType::UsersCreate, args);
    }
    args.insert(QStringLiteral("id"), m_id);
    QStringList chosen;
    for (const QCborValue &v : chosenRoles())
        chosen.append(v.toString());
    if (rolesFromNames(chosen) == m_roles)
        return send(MessageType::UsersUpdate, args);
    // Roles are a change of their own (users.setRoles): first them, then the rest.
    session()->connection()->call(MessageType::UsersSetRoles, QCborMap{{QStringLiteral("id"), m_id}, {QStringLiteral("roles"), chosenRoles()}},
                                  this, [this, args, chosen](const protocol::Response &r) {
                                      if (!r.ok)
                                          return errors()->show(r.error);
                                      m_roles = rolesFromNames(chosen);
                                      send(MessageType::UsersUpdate, args);
                                  });
}

} // namespace cj::client
