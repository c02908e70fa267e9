#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace cj::client {

class Session;

// Sign-in: server, login and password; or, the first time, the one-time activation code from the
// administrator (seed 000 §3.1) and a new password. Remembers the server and login.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Session *session, QWidget *parent = nullptr);

    void setMessage(const QString &text);

private:
    void submit();
    void signIn();
    void setBusy(bool busy);
    void showError(const QString &text);
    void onCertificateMismatch(const QString &endpoint, const QString &known, const QString &presented);
    bool activating() const;

    Session *m_session;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_code;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeatPassword;
    QCheckBox *m_activation;
    QStackedWidget *m_pages;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_waitingForHandshake = false;
};

} // namespace cj::client
