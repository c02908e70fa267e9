// CSV import against the real server: ';' with a BOM and quotes or ',' with English headers; per-row
// errors (bad date, duplicate in the file, unknown class, already in the school, unknown role); the
// preview writes nothing; commit is refused while rows are invalid unless told to skip them; a bad
// row writes nothing.
#include <QCborArray>
#include <QtTest>

#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"
#include "db/Db.h"

using namespace cj;
using protocol::MessageType;

namespace {
// Line 2 fine, 3 bad date, 4 duplicate of 2, 5 unknown class, 6 already in the school (SmallSchool's
// first student of 5А), 7 a quoted address with the separator in it.
const QString kStudents = QString(QChar(0xFEFF)) + QStringLiteral( // a UTF-8 file's byte order mark
    "Фамилия;Имя;Отчество;Пол;Дата рождения;Класс;Номер приказа;Адрес;Примечание\r\n"
    "Новикова;Вера;Олеговна;ж;12.03.2014;5А;77-у;;\r\n"
    "Орлов;Пётр;;м;31.02.2014;5А;77-у;;\r\n"
    "Новикова;Вера;Олеговна;ж;12.03.2014;5А;77-у;;\r\n"
    "Павлов;Иван;;м;2014-01-01;5Я;77-у;;\r\n"
    "Алексеев;Артём;Дмитриевич;м;10.03.2014;5А;77-у;;\r\n"
    "Руденко;Олег;;м;;10 а;77-у;\"г. Энск; ул. Мира, 1\";\r\n");
} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    std::unique_ptr<test::TestClient> m_secretary;

    int count(const QString &table)
    {
        return m_server->fixture().db().scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toInt();
    }

    QCborMap args(const QString &kind, const QString &csv) const
    {
        return QCborMap{{QStringLiteral("kind"), kind}, {QStringLiteral("csv"), csv}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startSmallSchool(QStringLiteral("import"), &m_server, &m_school));
        m_secretary = test::signedIn(m_server->port(), QStringLiteral("secretary"), test::SmallSchool::kPassword);
    }

    void cleanupTestCase()
    {
        m_secretary.reset();
        QCOMPARE(m_server->stop(), 0);
    }

    void previewFindsEveryProblemAndWritesNothing()
    {
        const int students = count(QStringLiteral("students"));
        const protocol::Response r = m_secretary->call(MessageType::ImportPreview, args(QStringLiteral("students"), kStudents));
        QCOMPARE(test::outcome(r), QStringLiteral("ok"));
        QCOMPARE(r.result.value(QStringLiteral("valid")).toInteger(), 2);
        QCOMPARE(r.result.value(QStringLiteral("invalid")).toInteger(), 4);
        QCOMPARE(r.result.value(QStringLiteral("ignoredColumns")).toArray(), QCborArray{QStringLiteral("Примечание")});
        QStringList found;
        for (const QCborValue &row : r.result.value(QStringLiteral("rows")).toArray()) {
            const QCborMap m = row.toMap();
            for (const QCborValue &e : m.value(QStringLiteral("errors")).toArray())
                found.append(QStringLiteral("%1:%2").arg(m.value(QStringLiteral("line")).toInteger()).arg(e.toMap().value(QStringLiteral("rule")).toString()));
            if (m.value(QStringLiteral("line")).toInteger() == 7)
                QCOMPARE(m.value(QStringLiteral("values")).toMap().value(QStringLiteral("address")).toString(), QStringLiteral("г. Энск; ул. Мира, 1"));
        }
        QCOMPARE(found, QStringList({QStringLiteral("3:bad_date"), QStringLiteral("4:duplicate_in_file"),
                                     QStringLiteral("5:unknown_class"), QStringLiteral("6:already_exists")}));
        QCOMPARE(count(QStringLiteral("students")), students);
    }

    void commitNeedsSkipInvalid()
    {
        const int students = count(QStringLiteral("students"));
        QCOMPARE(test::outcome(m_secretary->call(MessageType::ImportCommit, args(QStringLiteral("students"), kStudents))),
                 QStringLiteral("validation_failed:invalid_rows"));
        QCOMPARE(count(QStringLiteral("students")), students);
        QCborMap skip = args(QStringLiteral("students"), kStudents);
        skip.insert(QStringLiteral("skipInvalid"), true);
        const protocol::Response r = m_secretary->call(MessageType::ImportCommit, skip);
        QCOMPARE(test::outcome(r), QStringLiteral("ok"));
        QCOMPARE(r.result.value(QStringLiteral("created")).toInteger(), 2);
        QCOMPARE(r.result.value(QStringLiteral("skipped")).toInteger(), 4);
        QCOMPARE(count(QStringLiteral("students")), students + 2);
        // The bad rows wrote nothing; the good ones are enrolled with a movement.
        QCOMPARE(m_server->fixture().db().scalar(QStringLiteral("SELECT count(*) FROM students WHERE surname IN ('Орлов', 'Павлов')"))->toInt(), 0);
        QCOMPARE(m_server->fixture().db().scalar(QStringLiteral("SELECT count(*) FROM movements WHERE order_number = '77-у'"))->toInt(), 2);
        // Importing the same file again: the two are now already in the school.
        const protocol::Response again = m_secretary->call(MessageType::ImportPreview, args(QStringLiteral("students"), kStudents));
        QCOMPARE(again.result.value(QStringLiteral("valid")).toInteger(), 0);
    }

    void staffWithCommasAndEnglishHeaders()
    {
        const QString csv = QStringLiteral("surname,firstName,patronymic,roles,login\n"
                                           "Титова,Нина,Львовна,\"учитель, завуч\",\n"
                                           "Фомин,Лев,,волшебник,\n"
                                           "Гаврилов,Олег,,teacher,math\n");
        // The secretary may not hand out the deputy's role; the administrator may.
        const protocol::Response bySecretary = m_secretary->call(MessageType::ImportPreview, args(QStringLiteral("staff"), csv));
        QCOMPARE(bySecretary.result.value(QStringLiteral("invalid")).toInteger(), 3);
        QCOMPARE(bySecretary.result.value(QStringLiteral("rows")).toArray().first().toMap().value(QStringLiteral("errors"))
                     .toArray().first().toMap().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("role_not_allowed"));
        auto admin = test::signedIn(m_server->port(), QStringLiteral("admin"), test::TestServer::kAdminPassword);
        const protocol::Response preview = admin->call(MessageType::ImportPreview, args(QStringLiteral("staff"), csv));
        QCOMPARE(preview.result.value(QStringLiteral("invalid")).toInteger(), 2); // unknown role, login taken
        QCborMap commit = args(QStringLiteral("staff"), csv);
        commit.insert(QStringLiteral("skipInvalid"), true);
        const protocol::Response r = admin->call(MessageType::ImportCommit, commit);
        const QCborArray accounts = r.result.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toMap().value(QStringLiteral("login")).toString(), QStringLiteral("titova.nl"));
        QVERIFY(!accounts.first().toMap().value(QStringLiteral("activationCode")).toString().isEmpty());
        QCOMPARE(m_server->fixture().db().scalar(QStringLiteral("SELECT string_agg(role, ',' ORDER BY role) FROM user_roles r "
                                                                 "JOIN users u ON u.id = r.user_id WHERE u.login = 'titova.nl'"))->toString(),
                 QStringLiteral("deputy,teacher"));
        // A file without a required column is refused as a whole.
        QCOMPARE(test::outcome(m_secretary->call(MessageType::ImportPreview, args(QStringLiteral("students"), QStringLiteral("Фамилия;Имя\nА;Б\n")))),
                 QStringLiteral("validation_failed:missing_column"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
