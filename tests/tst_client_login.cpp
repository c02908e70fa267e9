// The real login dialog and connection code, offscreen, against the real server: sign in with a
// password, first sign-in with an activation code, wrong passwords shown in Russian, a changed
// server certificate refused with a warning, and the main window's status bar.
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>
#include <QtTest>

#include "TestClient.h"
#include "TestServer.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/ClientApp.h"

using namespace cj;

class TestClientLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no widget %s", name);
        return c;
    }

    void fill(client::LoginDialog &dialog, const QString &login, const QString &password)
    {
        child<QLineEdit>(&dialog, "serverEdit")->setText(QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
        child<QLineEdit>(&dialog, "loginEdit")->setText(login);
        child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        client::installTranslations();
        m_server = std::make_unique<test::TestServer>(QStringLiteral("clientlogin"));
        QVERIFY2(m_server->start(), qPrintable(m_server->process().log()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server->stop(), 0);
    }

    void wrongPasswordIsExplainedInRussian()
    {
        client::ServerConnection connection;
        client::Session session(&connection);
        client::LoginDialog dialog(&session);
        dialog.show();
        fill(dialog, QStringLiteral("admin"), QStringLiteral("wrong-pass-1"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QLabel *error = child<QLabel>(&dialog, "errorLabel");
        QTRY_COMPARE_WITH_TIMEOUT(error->text(), QStringLiteral("Неверный логин или пароль."), 20000);
        QVERIFY(dialog.isVisible());
        QVERIFY(!session.isSignedIn());
    }

    void signInWithPasswordAndSeeTheMainWindow()
    {
        client::ServerConnection connection;
        client::Session session(&connection);
        client::LoginDialog dialog(&session);
        dialog.show();
        fill(dialog, QStringLiteral("admin"), test::TestServer::kAdminPassword);
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 20000);
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.user().login, QStringLiteral("admin"));
        // Remembered for next time.
        QCOMPARE(QSettings().value(QStringLiteral("login/login")).toString(), QStringLiteral("admin"));

        client::MainWindow window(&session);
        window.show();
        QLabel *status = child<QLabel>(&window, "connectionLabel");
        QCOMPARE(status->text(), QStringLiteral("Подключено к 127.0.0.1:%1").arg(m_server->port()));
        QVERIFY(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("Администратор")));
    }

    void firstSignInWithActivationCode()
    {
        test::TestClient admin(m_server->port());
        QVERIFY(admin.open());
        QVERIFY(admin.login(QStringLiteral("admin"), test::TestServer::kAdminPassword));
        const QCborMap created = admin.resultOf(protocol::MessageType::UsersCreate,
                                                QCborMap{{QStringLiteral("surname"), QStringLiteral("Смирнова")},
                                                         {QStringLiteral("firstName"), QStringLiteral("Ольга")},
                                                         {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}});
        client::ServerConnection connection;
        client::Session session(&connection);
        client::LoginDialog dialog(&session);
        dialog.show();
        fill(dialog, created.value(QStringLiteral("login")).toString(), QString());
        child<QCheckBox>(&dialog, "activationCheck")->setChecked(true);
        child<QLineEdit>(&dialog, "codeEdit")->setText(created.value(QStringLiteral("activationCode")).toString());
        child<QLineEdit>(&dialog, "newPasswordEdit")->setText(QStringLiteral("Olga-pass-1"));
        child<QLineEdit>(&dialog, "repeatPasswordEdit")->setText(QStringLiteral("Olga-pass-2"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("Пароли не совпадают."));
        child<QLineEdit>(&dialog, "repeatPasswordEdit")->setText(QStringLiteral("Olga-pass-1"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 20000);
        QVERIFY(session.user().has(Role::Teacher));
    }

    void changedCertificateIsRefusedLoudly()
    {
        const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
        client::ServerConnection connection;
        connection.knownServers().remember(endpoint, QStringLiteral("00:11:22"));
        client::Session session(&connection);
        client::LoginDialog dialog(&session);
        dialog.show();
        fill(dialog, QStringLiteral("admin"), test::TestServer::kAdminPassword);
        bool warned = false;
        // The warning is modal: answer it "Cancel" when it shows up.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warned = box->text().contains(QStringLiteral("00:11:22"));
                box->button(QMessageBox::Cancel)->click();
            }
        });
        poll.start(50);
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(warned, 20000);
        QTRY_VERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("сертификат")));
        QVERIFY(!session.isSignedIn());
        QCOMPARE(connection.knownServers().fingerprintFor(endpoint), QStringLiteral("00:11:22"));
    }
};

QTEST_MAIN(TestClientLogin)
#include "tst_client_login.moc"
