#pragma once

#include <QObject>
#include <QPointer>

#include "ui/MainWindow.h"

namespace cj::client {

class LoginDialog;
class ServerConnection;
class Session;

// Wires the connection, the session and the windows: sign in, show the main window, and come back to
// the sign-in dialog when the session ends (logout, expiry, the admin ended it).
class ClientApp : public QObject
{
    Q_OBJECT
public:
    explicit ClientApp(QObject *parent = nullptr);
    ~ClientApp() override;

    // Returns false when the person cancelled the first sign-in.
    bool start();
    Session *session() const { return m_session; }
    MainWindow *mainWindow() const { return m_window; }

private:
    bool askToSignIn(const QString &message);
    void onSignedOut(const QString &reason);

    ServerConnection *m_connection;
    Session *m_session;
    QPointer<MainWindow> m_window;
};

// Installs the program's and Qt's own translations for the language chosen in the settings
// ("ui/language") or, by default, the system's.
void installTranslations();

} // namespace cj::client
