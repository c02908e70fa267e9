#include "ui/ChangePasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"

namespace cj::client {

ChangePasswordDialog::ChangePasswordDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Change password"));
    auto makeEdit = [this] {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_current = makeEdit();
    m_new = makeEdit();
    m_repeat = makeEdit();
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Repeat new password:"), m_repeat);
    form->addRow(m_error);
    form->addRow(buttons);
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_repeat->text()) {
        m_error->setText(tr("The two new passwords differ."));
        return;
    }
    m_session->connection()->call(protocol::MessageType::AuthChangePassword,
                                  QCborMap{{QStringLiteral("currentPassword"), m_current->text()},
                                           {QStringLiteral("newPassword"), m_new->text()}},
                                  this, [this](const protocol::Response &r) {
                                      if (!r.ok) {
                                          m_error->setText(ErrorText::forError(r.error));
                                          return;
                                      }
                                      QMessageBox::information(this, windowTitle(), tr("The password has been changed."));
                                      accept();
                                  });
}

} // namespace cj::client
