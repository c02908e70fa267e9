// Accounts and sessions against the real server and PostgreSQL: passwords, one-time activation codes,
// brute-force brakes, session resume, logout, the admin ending sessions and locking accounts, role
// gates, and exactly-once writes.
#include <QCborArray>
#include <QtTest>

#include "TestClient.h"
#include "TestServer.h"
#include "db/Db.h"

using namespace cj;
using protocol::ErrorCode;
using protocol::MessageType;

class TestAccounts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;

    std::unique_ptr<test::TestClient> client()
    {
        auto c = std::make_unique<test::TestClient>(m_server->port());
        if (!c->open())
            qFatal("cannot connect to the test server");
        return c;
    }

    std::unique_ptr<test::TestClient> admin()
    {
        auto c = client();
        if (!c->login(QStringLiteral("admin"), test::TestServer::kAdminPassword))
            qFatal("admin cannot sign in");
        return c;
    }

    // Creates an account through the protocol and returns {id, login, activationCode}.
    QCborMap createUser(test::TestClient &admin, const QString &surname, const QStringList &roles)
    {
        return admin.resultOf(MessageType::UsersCreate,
                              QCborMap{{QStringLiteral("surname"), surname},
                                       {QStringLiteral("firstName"), QStringLiteral("Мария")},
                                       {QStringLiteral("patronymic"), QStringLiteral("Петровна")},
                                       {QStringLiteral("roles"), QCborArray::fromStringList(roles)}});
    }

    int loginLogCount(const QString &login, const QString &outcome)
    {
        return m_server->fixture().db()
            .scalar(QStringLiteral("SELECT count(*) FROM login_log WHERE login = ? AND outcome = ?"), {login, outcome})
            ->toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
        m_server = std::make_unique<test::TestServer>(QStringLiteral("accounts"));
        QVERIFY2(m_server->start(), qPrintable(m_server->process().log()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server->stop(), 0);
    }

    void requestsBeforeHelloOrLoginAreRefused()
    {
        test::RawClient raw(m_server->port());
        QVERIFY(raw.open());
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("users.list")}, {QStringLiteral("id"), 1}});
        QCOMPARE(raw.receive().value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("handshake_required"));
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("id"), 2},
                             {QStringLiteral("args"), test::helloArgs()}});
        QVERIFY(raw.receive().value(QStringLiteral("ok")).toBool());
        raw.sendMap(QCborMap{{QStringLiteral("type"), QStringLiteral("users.list")}, {QStringLiteral("id"), 3}});
        QCOMPARE(raw.receive().value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_authenticated"));
    }

    void passwordRightAndWrong()
    {
        auto c = client();
        protocol::Error error;
        QVERIFY(!c->login(QStringLiteral("admin"), QStringLiteral("wrong-password-1"), &error));
        QCOMPARE(error.code, ErrorCode::AuthFailed);
        QVERIFY(!c->login(QStringLiteral("nobody"), QStringLiteral("whatever-1"), &error));
        QCOMPARE(error.code, ErrorCode::AuthFailed); // unknown logins look the same
        QVERIFY(c->login(QStringLiteral("admin"), test::TestServer::kAdminPassword, &error));
        QCOMPARE(c->session().user().login, QStringLiteral("admin"));
        QVERIFY(c->session().user().has(Role::Admin));
        QVERIFY(loginLogCount(QStringLiteral("admin"), QStringLiteral("wrong_password")) >= 1);
        QVERIFY(loginLogCount(QStringLiteral("nobody"), QStringLiteral("wrong_password")) >= 1);
        QVERIFY(loginLogCount(QStringLiteral("admin"), QStringLiteral("ok")) >= 1);
        // The admin sees the attempts in the login log.
        const QCborArray entries = c->resultOf(MessageType::LoginLogList).value(QStringLiteral("entries")).toArray();
        QVERIFY(entries.size() >= 2);
    }

    void activationCodeWorksOnce()
    {
        auto a = admin();
        const QCborMap created = createUser(*a, QStringLiteral("Иванова"), {QStringLiteral("teacher")});
        const QString login = created.value(QStringLiteral("login")).toString();
        const QString code = created.value(QStringLiteral("activationCode")).toString();
        QCOMPARE(login, QStringLiteral("ivanova.mp"));
        QVERIFY(code.size() == 14);

        auto c = client();
        auto activate = [&](const QString &withCode, const QString &password) {
            return c->call(MessageType::AuthActivate, QCborMap{{QStringLiteral("login"), login},
                                                               {QStringLiteral("code"), withCode},
                                                               {QStringLiteral("newPassword"), password}});
        };
        QCOMPARE(activate(QStringLiteral("AAAA-BBBB-CCCC"), QStringLiteral("Good-pass-1")).error.code, ErrorCode::AuthFailed);
        QCOMPARE(activate(code, QStringLiteral("short")).error.code, ErrorCode::WeakPassword);
        // Typed in lower case without dashes still works.
        const protocol::Response ok = activate(code.toLower().remove(QLatin1Char('-')), QStringLiteral("Good-pass-1"));
        QVERIFY2(ok.ok, qPrintable(ok.error.message));
        QVERIFY(!ok.result.value(QStringLiteral("token")).toString().isEmpty());

        auto again = client();
        const protocol::Response reuse = again->call(MessageType::AuthActivate,
                                                     QCborMap{{QStringLiteral("login"), login},
                                                              {QStringLiteral("code"), code},
                                                              {QStringLiteral("newPassword"), QStringLiteral("Other-pass-2")}});
        QCOMPARE(reuse.error.code, ErrorCode::AuthFailed);
        QVERIFY(again->login(login, QStringLiteral("Good-pass-1")));
    }

    void accountThrottlingAndTheAdminSeesIt()
    {
        auto a = admin();
        m_server->fixture().user(m_server->schoolId(), QStringLiteral("victim"), QStringLiteral("Victim-pass-1"), Role::Teacher);
        auto c = client();
        protocol::Error error;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!c->login(QStringLiteral("victim"), QStringLiteral("guess-%1").arg(i), &error));
            QCOMPARE(error.code, ErrorCode::AuthFailed);
        }
        // Now even the right password is refused for a while.
        QVERIFY(!c->login(QStringLiteral("victim"), QStringLiteral("Victim-pass-1"), &error));
        QCOMPARE(error.code, ErrorCode::Throttled);
        QVERIFY(error.details.value(QStringLiteral("retryAfter")).toInteger() > 0);

        const QCborArray lockedOut = a->resultOf(MessageType::UsersList, QCborMap{{QStringLiteral("onlyLockedOut"), true}})
                                         .value(QStringLiteral("users"))
                                         .toArray();
        QCOMPARE(lockedOut.size(), 1);
        const QCborMap victim = lockedOut.first().toMap();
        QCOMPARE(victim.value(QStringLiteral("login")).toString(), QStringLiteral("victim"));
        QVERIFY(victim.value(QStringLiteral("lockoutUntil")).isString());
        QCOMPARE(victim.value(QStringLiteral("failedAttempts")).toInteger(), 5);

        QVERIFY(a->call(MessageType::UsersClearLockout, QCborMap{{QStringLiteral("id"), victim.value(QStringLiteral("id"))}}, 30000,
                        QUuid::createUuid())
                    .ok);
        QVERIFY(c->login(QStringLiteral("victim"), QStringLiteral("Victim-pass-1"), &error));
    }

    void sessionResumesOnAnotherConnectionUntilLogout()
    {
        auto first = client();
        QVERIFY(first->login(QStringLiteral("admin"), test::TestServer::kAdminPassword));
        const protocol::Response login = first->call(MessageType::SessionWhoAmI);
        QVERIFY(login.ok);

        // The token from a fresh login, used on a new connection.
        auto c = client();
        const protocol::Response signedIn = c->call(MessageType::AuthLogin,
                                                    QCborMap{{QStringLiteral("login"), QStringLiteral("admin")},
                                                             {QStringLiteral("password"), test::TestServer::kAdminPassword}});
        const QString token = signedIn.result.value(QStringLiteral("token")).toString();
        auto other = client();
        const protocol::Response resumed = other->call(MessageType::AuthResume, QCborMap{{QStringLiteral("token"), token}});
        QVERIFY2(resumed.ok, qPrintable(resumed.error.message));
        QCOMPARE(resumed.result.value(QStringLiteral("user")).toMap().value(QStringLiteral("login")).toString(),
                 QStringLiteral("admin"));
        QVERIFY(other->call(MessageType::UsersList).ok);

        QVERIFY(c->call(MessageType::AuthLogout).ok);
        QCOMPARE(c->call(MessageType::UsersList).error.code, ErrorCode::NotAuthenticated);
        auto late = client();
        QCOMPARE(late->call(MessageType::AuthResume, QCborMap{{QStringLiteral("token"), token}}).error.code,
                 ErrorCode::SessionInvalid);
        QCOMPARE(late->call(MessageType::AuthResume, QCborMap{{QStringLiteral("token"), QStringLiteral("forged")}}).error.code,
                 ErrorCode::SessionInvalid);
    }

    void adminEndsSessionsAndLocksAccounts()
    {
        const qint64 id = m_server->fixture().user(m_server->schoolId(), QStringLiteral("teacher1"),
                                                   QStringLiteral("Teacher-pass-1"), Role::Teacher);
        auto t = client();
        QVERIFY(t->login(QStringLiteral("teacher1"), QStringLiteral("Teacher-pass-1")));
        auto a = admin();
        const QCborArray sessions = a->resultOf(MessageType::SessionsList, QCborMap{{QStringLiteral("userId"), id}})
                                        .value(QStringLiteral("sessions"))
                                        .toArray();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().toMap().value(QStringLiteral("workstation")).toString(), QSysInfo::machineHostName());

        QSignalSpy signedOut(&t->session(), &client::Session::signedOut);
        const protocol::Response ended = a->call(MessageType::SessionsEnd, QCborMap{{QStringLiteral("userId"), id}}, 30000,
                                                 QUuid::createUuid());
        QCOMPARE(ended.result.value(QStringLiteral("ended")).toInteger(), 1);
        QVERIFY(t->waitForEvent(MessageType::EventSessionEnded));
        QVERIFY(signedOut.count() == 1 || signedOut.wait(2000));
        QCOMPARE(t->call(MessageType::SessionWhoAmI).error.code, ErrorCode::NotAuthenticated);

        QVERIFY(t->login(QStringLiteral("teacher1"), QStringLiteral("Teacher-pass-1")));
        QVERIFY(a->call(MessageType::UsersSetLocked,
                        QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("locked"), true},
                                 {QStringLiteral("reason"), QStringLiteral("уволен")}},
                        30000, QUuid::createUuid())
                    .ok);
        QVERIFY(t->waitForEvent(MessageType::EventSessionEnded));
        auto again = client();
        protocol::Error error;
        QVERIFY(!again->login(QStringLiteral("teacher1"), QStringLiteral("Teacher-pass-1"), &error));
        QCOMPARE(error.code, ErrorCode::AccountLocked);
        // The admin cannot lock themselves out, nor leave the school without an admin.
        QCOMPARE(a->call(MessageType::UsersSetLocked,
                         QCborMap{{QStringLiteral("id"), m_server->adminId()}, {QStringLiteral("locked"), true}}, 30000,
                         QUuid::createUuid())
                     .error.code,
                 ErrorCode::RuleViolation);
        QCOMPARE(a->call(MessageType::UsersSetRoles,
                         QCborMap{{QStringLiteral("id"), m_server->adminId()},
                                  {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}},
                         30000, QUuid::createUuid())
                     .error.code,
                 ErrorCode::RuleViolation);
    }

    void rolesGateAdminMessagesAndChangesApplyWithoutReLogin()
    {
        const qint64 id = m_server->fixture().user(m_server->schoolId(), QStringLiteral("teacher2"),
                                                   QStringLiteral("Teacher-pass-2"), Role::Teacher);
        auto t = client();
        QVERIFY(t->login(QStringLiteral("teacher2"), QStringLiteral("Teacher-pass-2")));
        QCOMPARE(t->call(MessageType::UsersList).error.code, ErrorCode::PermissionDenied);
        QCOMPARE(t->call(MessageType::UsersCreate, QCborMap{{QStringLiteral("surname"), QStringLiteral("X")}}, 30000,
                         QUuid::createUuid())
                     .error.code,
                 ErrorCode::PermissionDenied);
        auto a = admin();
        QVERIFY(a->call(MessageType::UsersSetRoles,
                        QCborMap{{QStringLiteral("id"), id},
                                 {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher"), QStringLiteral("director")}}},
                        30000, QUuid::createUuid())
                    .ok);
        QVERIFY(t->call(MessageType::UsersList).ok);
        QCOMPARE(a->call(MessageType::UsersSetRoles,
                         QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("roles"), QCborArray{QStringLiteral("wizard")}}},
                         30000, QUuid::createUuid())
                     .error.code,
                 ErrorCode::ValidationFailed);
    }

    void aResentWriteIsAppliedOnce()
    {
        auto a = admin();
        const QUuid opId = QUuid::createUuid();
        const QCborMap args{{QStringLiteral("surname"), QStringLiteral("Повторов")},
                            {QStringLiteral("firstName"), QStringLiteral("Пётр")},
                            {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}};
        const protocol::Response first = a->call(MessageType::UsersCreate, args, 30000, opId);
        QVERIFY(first.ok);
        const protocol::Response second = a->call(MessageType::UsersCreate, args, 30000, opId);
        QVERIFY(second.ok);
        QCOMPARE(second.result, first.result);
        QCOMPARE(m_server->fixture().db().scalar(QStringLiteral("SELECT count(*) FROM users WHERE surname = 'Повторов'"))->toInt(), 1);
        // Another account may not replay someone else's operation.
        m_server->fixture().user(m_server->schoolId(), QStringLiteral("admin2"), QStringLiteral("Admin-pass-2"), Role::Admin);
        auto b = client();
        QVERIFY(b->login(QStringLiteral("admin2"), QStringLiteral("Admin-pass-2")));
        QCOMPARE(b->call(MessageType::UsersCreate, args, 30000, opId).error.code, ErrorCode::Conflict);
    }

    void changePasswordEndsOtherSessions()
    {
        m_server->fixture().user(m_server->schoolId(), QStringLiteral("changer"), QStringLiteral("Changer-pass-1"), Role::Teacher);
        auto one = client();
        auto two = client();
        QVERIFY(one->login(QStringLiteral("changer"), QStringLiteral("Changer-pass-1")));
        QVERIFY(two->login(QStringLiteral("changer"), QStringLiteral("Changer-pass-1")));
        QCOMPARE(one->call(MessageType::AuthChangePassword,
                           QCborMap{{QStringLiteral("currentPassword"), QStringLiteral("nope")},
                                    {QStringLiteral("newPassword"), QStringLiteral("Changer-pass-2")}},
                           30000, QUuid::createUuid())
                     .error.code,
                 ErrorCode::AuthFailed);
        QVERIFY(one->call(MessageType::AuthChangePassword,
                          QCborMap{{QStringLiteral("currentPassword"), QStringLiteral("Changer-pass-1")},
                                   {QStringLiteral("newPassword"), QStringLiteral("Changer-pass-2")}},
                          30000, QUuid::createUuid())
                    .ok);
        QVERIFY(two->waitForEvent(MessageType::EventSessionEnded));
        QVERIFY(one->call(MessageType::SessionWhoAmI).ok);
        auto three = client();
        QVERIFY(three->login(QStringLiteral("changer"), QStringLiteral("Changer-pass-2")));
    }

    void clientResumesAfterServerRestartAndResendsWritesOnce()
    {
        auto a = admin();
        QSignalSpy resumed(&a->session(), &client::Session::resumed);
        QCOMPARE(m_server->stop(), 0);
        QVERIFY(a->waitForState(client::ServerConnection::State::Disconnected, 10000));
        // A write made while the server is down waits, and is delivered once after the reconnect.
        protocol::Response created;
        bool done = false;
        a->connection().call(MessageType::UsersCreate,
                             QCborMap{{QStringLiteral("surname"), QStringLiteral("Офлайнов")},
                                      {QStringLiteral("firstName"), QStringLiteral("Олег")},
                                      {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}},
                             nullptr, [&](const protocol::Response &r) {
                                 created = r;
                                 done = true;
                             });
        QCOMPARE(a->connection().pendingWrites(), 1);
        QVERIFY(m_server->process().start({QStringLiteral("--db"), test::TestCluster::url(m_server->database()),
                                           QStringLiteral("--data-dir"), m_server->dataDir() + QStringLiteral("/server"),
                                           QStringLiteral("--port"), QString::number(a->connection().port())}));
        QTRY_VERIFY_WITH_TIMEOUT(done, 40000);
        QVERIFY2(created.ok, qPrintable(created.error.message));
        QVERIFY(resumed.count() >= 1);
        QCOMPARE(m_server->fixture().db().scalar(QStringLiteral("SELECT count(*) FROM users WHERE surname = 'Офлайнов'"))->toInt(), 1);
    }

    void addressThrottling()
    {
        // Last: it blocks 127.0.0.1 for a while.
        auto c = client();
        protocol::Error error;
        int throttledAt = -1;
        for (int i = 0; i < 25 && throttledAt < 0; ++i) {
            c->login(QStringLiteral("nouser%1").arg(i), QStringLiteral("x-pass-%1").arg(i), &error);
            if (error.code == ErrorCode::Throttled)
                throttledAt = i;
        }
        QVERIFY2(throttledAt > 0, "many failures from one address are throttled");
        QVERIFY(!c->login(QStringLiteral("admin"), test::TestServer::kAdminPassword, &error));
        QCOMPARE(error.code, ErrorCode::Throttled);
        QVERIFY(loginLogCount(QStringLiteral("admin"), QStringLiteral("throttled_address")) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
