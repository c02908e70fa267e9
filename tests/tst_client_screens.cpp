// Every screen of the main window, for every kind of staff member, offscreen against the real server
// and a small school: the menus each person gets, and that each screen they can open loads without a
// refusal or an error box. With CJ_SCREENSHOT_DIR set, each screen is also saved as a PNG to look at.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

#include "ModalWatcher.h"
#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"
#include "ui/ClientApp.h"
#include "ui/MainWindow.h"

using namespace cj;

class TestClientScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;

    static QStringList menuTitles(client::MainWindow &window)
    {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles.append(a->text().remove(QLatin1Char('&')));
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        client::installTranslations();
        m_server = std::make_unique<test::TestServer>(QStringLiteral("clientscreens"));
        m_school = std::make_unique<test::SmallSchool>(m_server->fixture().db(), m_server->schoolId());
        QVERIFY2(m_server->start({QStringLiteral("--today"), QStringLiteral("2025-10-15")}), qPrintable(m_server->process().log()));
    }

    void cleanupTestCase() { QCOMPARE(m_server->stop(), 0); }

    void everyScreenLoads_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("menus");
        const QString school = QStringLiteral("Школа"), students = QStringLiteral("Ученики"), schedule = QStringLiteral("Расписание"),
                      admin = QStringLiteral("Администрирование"), myClass = QStringLiteral("Мой класс"),
                      journal = QStringLiteral("Журнал");
        QTest::newRow("admin") << QStringLiteral("admin") << QStringList{journal, school, schedule, students, admin};
        QTest::newRow("director") << QStringLiteral("director") << QStringList{journal, school, schedule, students, admin};
        QTest::newRow("deputy") << QStringLiteral("deputy") << QStringList{journal, school, schedule, students};
        QTest::newRow("secretary") << QStringLiteral("secretary") << QStringList{schedule, students, admin};
        QTest::newRow("class teacher") << QStringLiteral("russian") << QStringList{journal, schedule, students, myClass};
        QTest::newRow("subject teacher") << QStringLiteral("math") << QStringList{journal, schedule};
    }

    void everyScreenLoads()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, menus);
        auto client = test::signedIn(m_server->port(), login,
                                     login == QLatin1String("admin") ? test::TestServer::kAdminPassword : test::SmallSchool::kPassword);
        test::ModalWatcher watcher;
        client::MainWindow window(&client->session());
        window.resize(1280, 800);
        window.show();
        QStringList titles = menuTitles(window);
        for (const QString &menu : menus)
            QVERIFY2(titles.contains(menu), qPrintable(titles.join(QLatin1Char(','))));
        QCOMPARE(titles.size(), menus.size() + 2); // and File, Help
        const QString shots = qEnvironmentVariable("CJ_SCREENSHOT_DIR");
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("screenTabs"));
        for (QAction *action : window.findChildren<QAction *>()) {
            if (!action->objectName().endsWith(QLatin1String("Action")) || !action->parent()->inherits("QMenu"))
                continue;
            action->trigger();
            QWidget *screen = tabs->currentWidget();
            // A list screen says how many records it shows; the grid screens have no status line.
            auto *status = screen->findChild<QLabel *>(QStringLiteral("statusLabel"));
            if (status && !screen->objectName().startsWith(QLatin1String("import")))
                QTRY_VERIFY2_WITH_TIMEOUT(!status->text().isEmpty(), qPrintable(action->objectName()), 10000);
            else
                QTest::qWait(700);
            if (status)
                QVERIFY2(!status->text().contains(QStringLiteral("Не удалось")), qPrintable(action->objectName() + status->text()));
            QVERIFY2(watcher.unexpected().isEmpty(), qPrintable(action->objectName() + QLatin1Char(':') + watcher.unexpected().join(QLatin1Char('|'))));
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                window.grab().save(QStringLiteral("%1/%2-%3.png").arg(shots, login, action->objectName()));
            }
        }
    }
};

QTEST_MAIN(TestClientScreens)
#include "tst_client_screens.moc"
