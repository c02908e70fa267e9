#include "ui/LoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"

namespace cj::client {

LoginDialog::LoginDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("ClassJournal — sign in"));
    setObjectName(QStringLiteral("loginDialog"));
    QSettings settings;

    auto *title = new QLabel(tr("<b>Electronic class journal</b>"), this);
    m_server = new QLineEdit(settings.value(QStringLiteral("login/server"), QStringLiteral("localhost:7446")).toString(), this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("server name or address, e.g. journal.school.local"));
    m_login = new QLineEdit(settings.value(QStringLiteral("login/login")).toString(), this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX"));
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_repeatPassword = new QLineEdit(this);
    m_repeatPassword->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeatPassword->setEchoMode(QLineEdit::Password);
    m_activation = new QCheckBox(tr("First sign-in: I have an activation code"), this);
    m_activation->setObjectName(QStringLiteral("activationCheck"));

    auto *common = new QFormLayout;
    common->addRow(tr("&Server:"), m_server);
    common->addRow(tr("&Login:"), m_login);

    auto *passwordPage = new QWidget(this);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(tr("&Password:"), m_password);

    auto *activationPage = new QWidget(this);
    auto *activationForm = new QFormLayout(activationPage);
    activationForm->setContentsMargins(0, 0, 0, 0);
    activationForm->addRow(tr("Activation &code:"), m_code);
    activationForm->addRow(tr("&New password:"), m_newPassword);
    activationForm->addRow(tr("&Repeat password:"), m_repeatPassword);
    auto *hint = new QLabel(tr("At least 8 characters, letters and digits."), activationPage);
    hint->setWordWrap(true);
    activationForm->addRow(QString(), hint);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(passwordPage);
    m_pages->addWidget(activationPage);
    connect(m_activation, &QCheckBox::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 1 : 0);
        (on ? m_code : m_password)->setFocus();
        m_error->clear();
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(common);
    layout->addWidget(m_pages);
    layout->addWidget(m_activation);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();

    ServerConnection *connection = m_session->connection();
    connect(connection, &ServerConnection::handshakeCompleted, this, [this] {
        if (m_waitingForHandshake) {
            m_waitingForHandshake = false;
            signIn();
        }
    });
    connect(connection, &ServerConnection::connectionError, this, [this](const QString &message) {
        if (!m_waitingForHandshake)
            return;
        m_waitingForHandshake = false;
        m_session->connection()->close();
        setBusy(false);
        showError(tr("Cannot connect to the server: %1").arg(message));
    });
    connect(connection, &ServerConnection::certificateMismatch, this, &LoginDialog::onCertificateMismatch);
}

void LoginDialog::setMessage(const QString &text)
{
    m_error->setText(text);
}

bool LoginDialog::activating() const
{
    return m_activation->isChecked();
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
}

void LoginDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_error->setText(tr("Connecting…"));
}

void LoginDialog::submit()
{
    QString host;
    quint16 port = 0;
    if (!ServerConnection::parseEndpoint(m_server->text(), &host, &port))
        return showError(tr("Enter the server as name or name:port."));
    if (m_login->text().trimmed().isEmpty())
        return showError(tr("Enter your login."));
    if (activating()) {
        if (m_code->text().trimmed().isEmpty())
            return showError(tr("Enter the activation code you were given."));
        if (m_newPassword->text() != m_repeatPassword->text())
            return showError(tr("The two passwords differ."));
        if (m_newPassword->text().size() < 8)
            return showError(tr("The password must have at least 8 characters."));
    } else if (m_password->text().isEmpty()) {
        return showError(tr("Enter your password."));
    }
    QSettings settings;
    settings.setValue(QStringLiteral("login/server"), m_server->text().trimmed());
    settings.setValue(QStringLiteral("login/login"), m_login->text().trimmed());

    setBusy(true);
    ServerConnection *connection = m_session->connection();
    connection->setEndpoint(host, port);
    if (connection->isConnected()) {
        signIn();
    } else {
        m_waitingForHandshake = true;
        connection->open();
    }
}

void LoginDialog::signIn()
{
    auto done = [this](const std::optional<protocol::Error> &error) {
        setBusy(false);
        if (error) {
            showError(ErrorText::forError(*error));
            (activating() ? m_code : m_password)->selectAll();
            return;
        }
        m_password->clear();
        m_newPassword->clear();
        m_repeatPassword->clear();
        m_code->clear();
        m_error->clear();
        accept();
    };
    if (activating())
        m_session->activate(m_login->text().trimmed(), m_code->text().trimmed(), m_newPassword->text(), done);
    else
        m_session->login(m_login->text().trimmed(), m_password->text(), done);
}

void LoginDialog::onCertificateMismatch(const QString &endpoint, const QString &known, const QString &presented)
{
    m_waitingForHandshake = false;
    setBusy(false);
    QMessageBox box(QMessageBox::Warning, tr("The server's certificate has changed!"),
                    tr("<p><b>The server %1 presented a different certificate than before.</b></p>"
                       "<p>This happens when the server was reinstalled — or when someone is intercepting the "
                       "connection to read passwords and marks. Ask the journal administrator before you continue.</p>"
                       "<p>Known: <tt>%2</tt><br>Presented: <tt>%3</tt></p>")
                        .arg(endpoint.toHtmlEscaped(), known, presented),
                    QMessageBox::Cancel, this);
    QPushButton *trust = box.addButton(tr("Trust the new certificate"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == trust) {
        m_session->connection()->trustPresentedCertificate();
        submit();
    } else {
        showError(tr("Not connected: the server's certificate is not trusted."));
    }
}

} // namespace cj::client
