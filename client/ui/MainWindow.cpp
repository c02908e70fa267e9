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

#include "core/RoleText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/HomePage.h"
#include "ui/journal/AbsencesScreen.h"
#include "ui/journal/CorrectionsScreen.h"
#include "ui/journal/DiaryScreen.h"
#include "ui/journal/JournalPagesScreen.h"
#include "ui/journal/JournalSettingsScreen.h"

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

    m_journalMenu = menuBar()->addMenu(tr("&Journal"));
    m_journalMenu->setObjectName(QStringLiteral("journalMenu"));
    connect(m_journalMenu, &QMenu::aboutToShow, this, &MainWindow::buildJournalMenu);

    m_adminMenu = menuBar()->addMenu(tr("&Administration"));
    m_adminMenu->setObjectName(QStringLiteral("adminMenu"));
    QAction *settings = m_adminMenu->addAction(tr("Journal &settings…"), this, [this] {
        openScreen(QStringLiteral("journalSettings"), tr("Journal settings"),
                   [](Session *s, QWidget *p) -> QWidget * { return new JournalSettingsScreen(s, p); });
    });
    settings->setObjectName(QStringLiteral("journalSettingsAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ClassJournal"), this, &MainWindow::about);
}

// Built when opened, so it follows the roles of whoever is signed in now.
void MainWindow::buildJournalMenu()
{
    m_journalMenu->clear();
    const UserInfo &u = m_session->user();
    const bool reader = u.has(Role::Admin) || u.has(Role::Director) || u.has(Role::Deputy);
    if (u.has(Role::Teacher)) {
        m_journalMenu->addAction(tr("&My classes"), this, [this] {
            openScreen(QStringLiteral("myClasses"), tr("My classes"), [](Session *s, QWidget *p) -> QWidget * {
                return new JournalPagesScreen(s, JournalPagesScreen::Mode::MyClasses, p);
            });
        });
    }
    if (u.isClassTeacher()) {
        m_journalMenu->addAction(tr("My c&lass"), this, [this] {
            openScreen(QStringLiteral("myClass"), tr("My class"), [](Session *s, QWidget *p) -> QWidget * {
                return new JournalPagesScreen(s, JournalPagesScreen::Mode::MyClass, p);
            });
        });
    }
    if (reader) {
        m_journalMenu->addAction(tr("Class &journals"), this, [this] {
            openScreen(QStringLiteral("classJournals"), tr("Class journals"), [](Session *s, QWidget *p) -> QWidget * {
                return new JournalPagesScreen(s, JournalPagesScreen::Mode::AnyClass, p);
            });
        });
    }
    const QSettings settings;
    const qint64 last = settings.value(QStringLiteral("journal/lastAssignment")).toLongLong();
    if (last > 0 && (u.has(Role::Teacher) || reader)) {
        const QString title = settings.value(QStringLiteral("journal/lastTitle")).toString();
        m_journalMenu->addAction(tr("&Last page: %1").arg(title), this,
                                 [this, last, title] { JournalPagesScreen::openPage(this, m_session, last, title); });
    }
    if (u.isClassTeacher() || u.has(Role::Admin) || u.has(Role::Director)) {
        m_journalMenu->addSeparator();
        m_journalMenu->addAction(tr("&Absences and reasons…"), this, [this] {
            openScreen(QStringLiteral("absences"), tr("Absences"),
                       [](Session *s, QWidget *p) -> QWidget * { return new AbsencesScreen(s, p); });
        });
    }
    if (u.has(Role::Teacher) || reader) {
        m_journalMenu->addSeparator();
        const bool registerOf = u.has(Role::Admin) || u.has(Role::Director) || u.has(Role::Deputy);
        m_journalMenu->addAction(registerOf ? tr("&Register of corrections («Журнал замены сведений»)") : tr("My &correction requests"),
                                 this, [this, registerOf] {
                                     openScreen(QStringLiteral("corrections"), registerOf ? tr("Corrections register") : tr("My requests"),
                                                [](Session *s, QWidget *p) -> QWidget * { return new CorrectionsScreen(s, p); });
                                 });
    }
    if (u.has(Role::Student) || u.has(Role::Parent)) {
        m_journalMenu->addAction(tr("&Diary"), this, [this] {
            openScreen(QStringLiteral("diary"), tr("Diary"), [](Session *s, QWidget *p) -> QWidget * { return new DiaryScreen(s, 0, p); });
        });
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
    m_adminMenu->menuAction()->setVisible(user.has(Role::Admin) || user.has(Role::Director) || user.has(Role::Deputy)
                                          || user.has(Role::Secretary));
    if (QAction *settings = m_adminMenu->findChild<QAction *>(QStringLiteral("journalSettingsAction")))
        settings->setVisible(user.has(Role::Admin));
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
