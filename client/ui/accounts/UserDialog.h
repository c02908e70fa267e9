#pragma once

#include <QList>

#include "ui/common/FormDialog.h"
#include "domain/Role.h"

class QCheckBox;
class QLineEdit;

namespace cj::client {

class FieldSet;

// A staff (or any) account: the person's name and contacts, the login (made from the name if left
// empty) and the roles as check boxes. A new account comes with its first activation code.
class UserDialog : public FormDialog
{
    Q_OBJECT
public:
    UserDialog(Session *session, const QCborMap &user, QWidget *parent = nullptr);

    QString fullName() const;  // «Иванова Мария Петровна», as typed
    QString rolesText() const; // «Учитель, Секретарь», as ticked

protected:
    void submit() override;

private:
    QCborArray chosenRoles() const;

    qint64 m_id;
    Roles m_roles;
    FieldSet *m_fields;
    QLineEdit *m_login = nullptr;
    QList<QPair<Role, QCheckBox *>> m_roleBoxes;
};

} // namespace cj::client
