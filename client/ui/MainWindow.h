#pragma once

#include <QMainWindow>

#include <functional>

class QLabel;
class QTabWidget;

namespace cj::client {

class Session;

// The shell: menus by area, a tab per open screen (journal pages, lists, reports), and a status bar
// that always says whether we are connected, who is signed in, and what is not yet saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    // Shows a screen in its own tab; an existing tab with the same key is brought forward instead.
    using ScreenFactory = std::function<QWidget *(Session *, QWidget *)>;
    void openScreen(const QString &key, const QString &title, const ScreenFactory &factory);
    Session *session() const { return m_session; }

Q_SIGNALS:
    void logoutRequested();

private:
    void buildMenus();
    void buildAreaMenus();
    void updateStatus();
    void updateForUser();
    void changePassword();
    void about();

    Session *m_session;
    QTabWidget *m_tabs;
    QLabel *m_connectionLabel;
    QLabel *m_pendingLabel;
    QLabel *m_userLabel;
    QMenu *m_helpMenu = nullptr;
    QList<QMenu *> m_areaMenus; // by the person's roles; rebuilt at every sign-in
};

} // namespace cj::client
