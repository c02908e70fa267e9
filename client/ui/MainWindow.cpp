#include "ui/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTabBar>
#include <QVBoxLayout>

#include "core/Permissions.h"
#include "core/RoleText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/HomePage.h"
#include "ui/ScreenCatalog.h"

namespace cj::client {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClassJournal"));
    resize(1200, 800);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setObjectName(QStringLiteral("screenTabs"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return; // the home page stays
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        w->deleteLater();
    });
    setCentralWidget(m_tabs);
    m_tabs->addTab(new HomePage(session, this), tr("Home"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    buildMenus();
    ServerConnection *connection = session->connection();
    connect(connection, &ServerConnection::stateChanged, this, &MainWindow::updateStatus);
    connect(connection, &ServerConnection::pendingWritesChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::signedIn, this, &MainWindow::updateForUser);
    connect(session, &Session::resumed, this, &MainWindow::updateForUser);
    updateStatus();
    updateForUser();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    file->addAction(tr("Sign &out"), this, &MainWindow::logoutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About ClassJournal"), this, &MainWindow::about);
}

void MainWindow::buildAreaMenus()
{
    qDeleteAll(m_areaMenus);
    m_areaMenus.clear();
    const Permissions permissions(m_session->user());
    QHash<QString, QMenu *> byTitle;
    for (const ScreenEntry &entry : ScreenCatalog::entries()) {
        if (!m_session->isSignedIn() || !entry.visible(permissions))
            continue;
        QMenu *&menu = byTitle[entry.menu];
        if (!menu) {
            menu = new QMenu(entry.menu, this);
            menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
            m_areaMenus.append(menu);
        }
        QAction *action = menu->addAction(entry.title + QStringLiteral("…"));
        action->setObjectName(entry.key + QStringLiteral("Action"));
        connect(action, &QAction::triggered, this, [this, entry] { openScreen(entry.key, entry.title, entry.factory); });
    }
}

void MainWindow::openScreen(const QString &key, const QString &title, const ScreenFactory &factory)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("screenKey").toString() == key) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    QWidget *screen = factory(m_session, m_tabs);
    screen->setProperty("screenKey", key);
    m_tabs->setCurrentIndex(m_tabs->addTab(screen, title));
}

void MainWindow::updateStatus()
{
    ServerConnection *c = m_session->connection();
    switch (c->state()) {
    case ServerConnection::State::Connected:
        m_connectionLabel->setText(tr("Connected to %1").arg(c->endpoint()));
        m_connectionLabel->setStyleSheet(QString());
        break;
    case ServerConnection::State::Connecting:
    case ServerConnection::State::Handshaking:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(c->endpoint()));
        m_connectionLabel->setStyleSheet(QString());
        break;
    case ServerConnection::State::Disconnected:
        m_connectionLabel->setText(tr("No connection to the server — reconnecting"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        break;
    }
    const int pending = c->pendingWrites();
    m_pendingLabel->setText(pending > 0 ? tr("Not yet saved: %n change(s)", nullptr, pending) : QString());
}

void MainWindow::updateForUser()
{
    const UserInfo &user = m_session->user();
    m_userLabel->setText(user.id ? tr("%1 — %2").arg(user.shortName, RoleText::names(user.roles)) : QString());
    setWindowTitle(user.schoolName.isEmpty() ? tr("ClassJournal") : tr("ClassJournal — %1").arg(user.schoolName));
    buildAreaMenus();
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ClassJournal"),
                       tr("<h3>ClassJournal %1</h3><p>Electronic class journal for general education schools.</p>"
                          "<p>Server: %2</p>")
                           .arg(QStringLiteral(CJ_VERSION),
                                m_session->connection()->helloResult().value(QStringLiteral("server")).toString()));
}

} // namespace cj::client
