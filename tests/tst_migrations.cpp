// Migrations on a fresh, real PostgreSQL: applied in order once each, recorded, idempotent, and a
// newer schema is refused. Also the statement splitter, the audit log's append-only guard and the
// rows never deleted.
#include <QtTest>

#include "TestCluster.h"
#include "db/Db.h"
#include "db/Migrator.h"
#include "db/SqlScript.h"

using namespace cj;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
    }

    void splitter()
    {
        const QStringList parts = server::splitSqlScript(QStringLiteral(
            "-- comment; not a split\nCREATE TABLE a (x text DEFAULT 'a;b');\n"
            "/* block ; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
            "CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 2; END $body$;\n"
            "SELECT \"odd;name\" FROM a;;\n"));
        QCOMPARE(parts.size(), 5);
        QVERIFY(parts[0].startsWith(QLatin1String("CREATE TABLE a")));
        QVERIFY(parts[1].contains(QLatin1String("'it''s; fine'")));
        QVERIFY(parts[2].contains(QLatin1String("$$ SELECT 1; $$")));
        QVERIFY(parts[3].contains(QLatin1String("RETURN 2; END")));
        QVERIFY(parts[4].contains(QLatin1String("\"odd;name\"")));
    }

    void embeddedMigrationsAreNumberedWithoutGaps()
    {
        const auto list = server::Migrator::embeddedMigrations();
        QVERIFY(list.size() >= 2);
        for (int i = 0; i < list.size(); ++i)
            QCOMPARE(list[i].version, i + 1);
    }

    void freshDatabaseMigratesOnceAndRecordsEachStep()
    {
        const server::DatabaseConfig config = test::TestCluster::instance().createDatabase(QStringLiteral("mig"), false);
        server::Db db(config, QStringLiteral("mig1"));
        db.open();
        server::Migrator migrator(db);
        QCOMPARE(migrator.currentVersion(), 0);
        QString error;
        QVERIFY2(migrator.migrate(&error), qPrintable(error));
        QCOMPARE(migrator.currentVersion(), server::Migrator::latestVersion());
        const qint64 rows = db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"))->toLongLong();
        QCOMPARE(rows, qint64(server::Migrator::embeddedMigrations().size()));
        for (const QString &table : {QStringLiteral("users"), QStringLiteral("sessions"), QStringLiteral("login_log"),
                                     QStringLiteral("audit_log"), QStringLiteral("applied_operations"),
                                     QStringLiteral("classes"), QStringLiteral("lessons")}) {
            QVERIFY2(db.scalar(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {table})->toBool(), qPrintable(table));
        }
        // A second run changes nothing.
        QVERIFY(migrator.migrate(&error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"))->toLongLong(), rows);
    }

    void newerSchemaIsRefused()
    {
        const server::DatabaseConfig config = test::TestCluster::instance().createDatabase(QStringLiteral("mignew"));
        server::Db db(config, QStringLiteral("mig2"));
        db.open();
        db.exec(QStringLiteral("INSERT INTO schema_migrations(version, name) VALUES (999, 'from_the_future')"));
        server::Migrator migrator(db);
        QString error;
        QVERIFY(!migrator.migrate(&error));
        QVERIFY(error.contains(QLatin1String("999")));
    }

    void auditLogIsAppendOnly()
    {
        const server::DatabaseConfig config = test::TestCluster::instance().createDatabase(QStringLiteral("migaudit"));
        server::Db db(config, QStringLiteral("mig3"));
        db.open();
        db.exec(QStringLiteral("INSERT INTO schools(name) VALUES ('s')"));
        db.exec(QStringLiteral("INSERT INTO audit_log(school_id, entity, action) VALUES (1, 'mark', 'set')"));
        QVERIFY_THROWS_EXCEPTION(server::SqlError, db.exec(QStringLiteral("UPDATE audit_log SET action = 'x'")));
        QVERIFY_THROWS_EXCEPTION(server::SqlError, db.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT action FROM audit_log"))->toString(), QStringLiteral("set"));
    }

    // Marks and absences keep no foreign keys to their pupil, writer and kind of work (008): the
    // database refuses to delete those rows instead.
    void pupilsAccountsAndKindsOfWorkAreNeverDeleted()
    {
        const server::DatabaseConfig config = test::TestCluster::instance().createDatabase(QStringLiteral("migkeep"));
        server::Db db(config, QStringLiteral("mig4"));
        db.open();
        db.exec(QStringLiteral("INSERT INTO schools(name) VALUES ('s')"));
        db.exec(QStringLiteral("INSERT INTO users(school_id, login, surname, first_name) VALUES (1, 'ivanova', 'Иванова', 'Анна')"));
        db.exec(QStringLiteral("INSERT INTO students(school_id, surname, first_name) VALUES (1, 'Петров', 'Пётр')"));
        db.exec(QStringLiteral("INSERT INTO work_kinds(school_id, name) VALUES (1, 'Контрольная работа')"));
        for (const QString &table : {QStringLiteral("users"), QStringLiteral("students"), QStringLiteral("work_kinds")}) {
            QVERIFY_THROWS_EXCEPTION(server::SqlError, db.exec(QStringLiteral("DELETE FROM ") + table));
            QVERIFY_THROWS_EXCEPTION(server::SqlError, db.exec(QStringLiteral("TRUNCATE ") + table + QStringLiteral(" CASCADE")));
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong(), qint64(1));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
