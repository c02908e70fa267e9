#include "ui/ClientApp.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>

#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/Translations.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

namespace cj::client {

ClientApp::ClientApp(QObject *parent)
    : QObject(parent)
    , m_connection(new ServerConnection(this))
    , m_session(new Session(m_connection, this))
{
    connect(m_session, &Session::signedOut, this, &ClientApp::onSignedOut);
}

ClientApp::~ClientApp()
{
    delete m_window;
}

bool ClientApp::start()
{
    if (!askToSignIn(QString()))
        return false;
    m_window = new MainWindow(m_session);
    connect(m_window, &MainWindow::logoutRequested, m_session, &Session::logout);
    m_window->show();
    return true;
}

bool ClientApp::askToSignIn(const QString &message)
{
    LoginDialog dialog(m_session, m_window);
    dialog.setMessage(message);
    return dialog.exec() == QDialog::Accepted;
}

void ClientApp::onSignedOut(const QString &reason)
{
    QString message;
    if (reason == QLatin1String("expired"))
        message = tr("Your session has expired. Please sign in again.");
    else if (reason != QLatin1String("logout"))
        message = tr("Your session was ended by the administrator.");
    // Deferred: this may be called from inside a reply handler.
    QMetaObject::invokeMethod(this, [this, message] {
        if (!askToSignIn(message))
            qApp->quit();
    }, Qt::QueuedConnection);
}

void installTranslations()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    installTranslations(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
}

} // namespace cj::client
