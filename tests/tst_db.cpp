// The server's database layer on a real PostgreSQL: values of every type the storage binds and
// reads come back as they went in, SQL errors carry PostgreSQL's SQLSTATE and constraint, a
// statement fails without losing the connection, and Db::execAsOne writes all of its parts or none.
#include <QCborArray>
#include <QCborMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

#include <limits>

#include "TestCluster.h"
#include "db/Db.h"
#include "db/JsonText.h"
#include "db/SqlArray.h"
#include "db/SqlBinaryArray.h"
#include "storage/AuditStore.h"

using namespace cj;
using server::Db;
using server::SqlError;
using server::SqlRows;

class TestDb : public QObject
{
    Q_OBJECT

    std::unique_ptr<Db> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
        m_db = std::make_unique<Db>(test::TestCluster::instance().createDatabase(QStringLiteral("db"), false), QStringLiteral("tst-db"));
        m_db->open();
        m_db->execScript(QStringLiteral("CREATE TABLE t (id bigserial PRIMARY KEY, i int, b boolean, s text UNIQUE, d date, "
                                        "ts timestamptz, tm time, bin bytea, n numeric(4, 2), f float8);"
                                        "CREATE TABLE u (k int PRIMARY KEY)"));
    }

    void valuesComeBackAsTheyWent()
    {
        const QDateTime moment(QDate(2026, 3, 17), QTime(5, 30, 1, 250), Qt::UTC);
        const QByteArray binary("\x00\x01'\\\xff", 5);
        const QString text = QStringLiteral("Отметки: «3» → «4», it's a \"quote\" and a \\ backslash; ? too");
        const qint64 id = m_db->scalar(QStringLiteral("INSERT INTO t(i, b, s, d, ts, tm, bin, n, f) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                                      "RETURNING id"),
                                       {-42, true, text, QDate(2026, 3, 17), moment.toTimeZone(QTimeZone(3 * 3600)),
                                        QTime(8, 30), binary, 4.5, 0.1})
                               ->toLongLong();
        SqlRows r = m_db->exec(QStringLiteral("SELECT i, b, s, d, ts, tm, bin, n, f, '?' FROM t WHERE id = ?"), {id});
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), -42);
        QCOMPARE(r.value(0), QVariant(-42));
        QCOMPARE(r.boolean(1), true);
        QCOMPARE(r.text(2), text);
        QCOMPARE(r.date(3), QDate(2026, 3, 17));
        QCOMPARE(r.dateTime(4), moment);
        QCOMPARE(r.dateTime(4).toUTC().time(), QTime(5, 30, 1, 250));
        QCOMPARE(r.value(5).toTime(), QTime(8, 30));
        QCOMPARE(r.bytes(6), binary);
        QCOMPARE(r.number(7), 4.5);
        QCOMPARE(r.text(7), QStringLiteral("4.5")); // read as text, a value is spelled as Qt spells it
        QCOMPARE(r.text(1), QStringLiteral("true"));
        QCOMPARE(r.text(4), moment.toString(Qt::ISODateWithMs));
        QCOMPARE(r.number(8), 0.1);
        QCOMPARE(r.text(9), QStringLiteral("?")); // a question mark in a literal is not a placeholder
        QVERIFY(!r.next());
    }

    void nullsAndEmptyText()
    {
        const qint64 id = m_db->scalar(QStringLiteral("INSERT INTO t(i, s, d, ts) VALUES (?, ?, ?, ?) RETURNING id"),
                                       {server::orNullId(0), QString(), server::orNull(QDate()), QDateTime()})
                              ->toLongLong();
        SqlRows r = m_db->exec(QStringLiteral("SELECT i, s, d, ts, b FROM t WHERE id = ?"), {id});
        QVERIFY(r.next());
        QVERIFY(r.isNull(0));
        QVERIFY(r.value(0).isNull());
        QCOMPARE(r.optionalInteger(0), std::nullopt);
        QVERIFY(!r.isNull(1)); // a null QString binds as empty text: only typed nulls are NULL
        QCOMPARE(r.text(1), QString());
        QVERIFY(r.isNull(2));
        QVERIFY(!r.date(2).isValid());
        QVERIFY(r.isNull(3));
        QVERIFY(!r.dateTime(3).isValid());
        QVERIFY(r.value(4).isNull());
    }

    void arraysAreBoundAsOneParameter()
    {
        server::SqlArray texts;
        texts.add(QStringLiteral("a,b")).add(QStringLiteral("say \"hi\"")).add(QStringLiteral("back\\slash")).addNull();
        texts.add(QStringLiteral("\"\\\"edge\\")); // backslashed characters first, in a row and last
        SqlRows r = m_db->exec(QStringLiteral("SELECT x FROM unnest(?::text[]) WITH ORDINALITY AS a(x, n) ORDER BY n"),
                               {texts.literal()});
        QStringList got;
        while (r.next())
            got.append(r.isNull(0) ? QStringLiteral("<null>") : r.text(0));
        QCOMPARE(got, (QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"),
                                   QStringLiteral("<null>"), QStringLiteral("\"\\\"edge\\")}));
    }

    void arraysOfEveryKindRoundTrip()
    {
        const QDateTime moment(QDate(2026, 3, 17), QTime(8, 5, 9, 42), QTimeZone(QByteArrayLiteral("Europe/Moscow")));
        server::SqlArray ints, flags, texts, dates, moments;
        ints.add(qint64(-7)).add(qint64(0)).add(std::optional<qint64>()).add(std::numeric_limits<qint64>::max());
        flags.add(true).add(false).add(std::optional<bool>()).add(std::optional<bool>(true));
        texts.add(QStringLiteral("Пётр Ильич")).add(QString()).add(QStringLiteral("NULL")).add(QStringLiteral("{1}"));
        dates.add(QDate(2026, 1, 9)).add(QDate(999, 12, 31)).add(QDate()).add(QDate(2026, 12, 31));
        moments.add(moment).add(moment).add(QDateTime()).add(moment.addMSecs(1));
        SqlRows r = m_db->exec(QStringLiteral("SELECT i, f, x, d, m FROM unnest(?::bigint[], ?::boolean[], ?::text[], "
                                              "?::date[], ?::timestamptz[]) WITH ORDINALITY AS a(i, f, x, d, m, n) ORDER BY n"),
                               {ints.literal(), flags.literal(), texts.literal(), dates.literal(), moments.literal()});
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), -7);
        QCOMPARE(r.value(1).toBool(), true);
        QCOMPARE(r.text(2), QStringLiteral("Пётр Ильич"));
        QCOMPARE(r.date(3), QDate(2026, 1, 9));
        QCOMPARE(r.dateTime(4).toMSecsSinceEpoch(), moment.toMSecsSinceEpoch());
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), 0);
        QCOMPARE(r.value(1).toBool(), false);
        QVERIFY(!r.isNull(2));
        QCOMPARE(r.text(2), QString());
        QCOMPARE(r.date(3), QDate(999, 12, 31));
        QCOMPARE(r.dateTime(4).toMSecsSinceEpoch(), moment.toMSecsSinceEpoch());
        QVERIFY(r.next());
        for (int column = 0; column < 5; ++column) {
            if (column != 2)
                QVERIFY2(r.isNull(column), qPrintable(QString::number(column)));
        }
        QCOMPARE(r.text(2), QStringLiteral("NULL")); // quoted: the text, not a null
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), std::numeric_limits<qint64>::max());
        QCOMPARE(r.text(2), QStringLiteral("{1}"));
        QCOMPARE(r.date(3), QDate(2026, 12, 31));
        QCOMPARE(r.dateTime(4).toMSecsSinceEpoch(), moment.toMSecsSinceEpoch() + 1);
        QVERIFY(!r.next());
    }

    // Arrays in PostgreSQL's binary format: every element type, NULLs, empty arrays, and each
    // element as the text literal of the same values gives it.
    void binaryArraysOfEveryKindRoundTrip()
    {
        using E = server::SqlBinaryArray::Element;
        const QDateTime moment(QDate(2026, 3, 17), QTime(8, 5, 9, 42), QTimeZone(QByteArrayLiteral("Europe/Moscow")));
        const QDateTime before2000(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        server::SqlBinaryArray big(E::BigInt), ints(E::Int), smalls(E::SmallInt), flags(E::Boolean), texts(E::Text),
            bytes(E::Bytea), moments(E::TimestampTz), empty(E::BigInt);
        big.add(std::numeric_limits<qint64>::min()).add(qint64(-7)).addNull().add(std::numeric_limits<qint64>::max());
        ints.add(qint64(-100000)).add(qint64(0)).add(std::optional<qint64>()).add(qint64(2147483647));
        smalls.add(qint64(-5)).add(qint64(1)).addNull().add(qint64(32767));
        flags.add(true).add(false).add(std::optional<bool>()).add(std::optional<bool>(true));
        texts.add(QStringLiteral("Пётр \"Ильич\" {1,2}")).add(QString()).addNull().addUtf8("NULL");
        bytes.addBytes(QByteArray("\x00\xff\x01", 3)).addBytes(QByteArray()).addNull().addBytes("ab");
        moments.add(moment).add(before2000).add(QDateTime()).add(moment.addMSecs(1));
        SqlRows r = m_db->exec(QStringLiteral("SELECT b, i, s, f, x, y, m, (SELECT count(*) FROM unnest(?::bigint[])) "
                                              "FROM unnest(?::bigint[], ?::int[], ?::smallint[], ?::boolean[], ?::text[], "
                                              "?::bytea[], ?::timestamptz[]) WITH ORDINALITY AS a(b, i, s, f, x, y, m, n) ORDER BY n"),
                               {empty.param(), big.param(), ints.param(), smalls.param(), flags.param(), texts.param(),
                                bytes.param(), moments.param()});
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), std::numeric_limits<qint64>::min());
        QCOMPARE(r.integer(1), -100000);
        QCOMPARE(r.integer(2), -5);
        QCOMPARE(r.value(3).toBool(), true);
        QCOMPARE(r.text(4), QStringLiteral("Пётр \"Ильич\" {1,2}"));
        QCOMPARE(r.bytes(5), QByteArray("\x00\xff\x01", 3));
        QCOMPARE(r.dateTime(6).toMSecsSinceEpoch(), moment.toMSecsSinceEpoch());
        QCOMPARE(r.integer(7), 0);
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), -7);
        QCOMPARE(r.integer(1), 0);
        QCOMPARE(r.integer(2), 1);
        QCOMPARE(r.value(3).toBool(), false);
        QVERIFY(!r.isNull(4));
        QCOMPARE(r.text(4), QString());
        QVERIFY(!r.isNull(5));
        QCOMPARE(r.bytes(5), QByteArray());
        QCOMPARE(r.dateTime(6).toMSecsSinceEpoch(), before2000.toMSecsSinceEpoch());
        QVERIFY(r.next());
        for (int column = 0; column < 7; ++column)
            QVERIFY2(r.isNull(column), qPrintable(QString::number(column)));
        QVERIFY(r.next());
        QCOMPARE(r.integer(0), std::numeric_limits<qint64>::max());
        QCOMPARE(r.integer(1), 2147483647);
        QCOMPARE(r.integer(2), 32767);
        QCOMPARE(r.value(3).toBool(), true);
        QCOMPARE(r.text(4), QStringLiteral("NULL"));
        QCOMPARE(r.bytes(5), QByteArray("ab"));
        QCOMPARE(r.dateTime(6).toMSecsSinceEpoch(), moment.addMSecs(1).toMSecsSinceEpoch());
        QVERIFY(!r.next());
    }

    void jsonTextReadsAsQtsOwn()
    {
        // JsonText writes the audit rows' values in one pass: Qt and PostgreSQL must read what
        // Qt's own writer gives, and it must fall back to it for what it does not write.
        const QList<QCborMap> maps{
            QCborMap(),
            QCborMap{{QStringLiteral("studentId"), 42},
                     {QStringLiteral("marks"), QCborArray{QCborMap{{QStringLiteral("value"), 5}, {QStringLiteral("kind"), QCborValue(nullptr)},
                                                                   {QStringLiteral("comment"), QStringLiteral("say \"hi\" \\ /\n\t\r\b\f\x01\x1f")}},
                                                          QCborArray{}, QCborMap()}}},
            QCborMap{{QStringLiteral("Пётр Ильич — 😀"), QStringLiteral("ё\u2028")}, {QStringLiteral("half"), 4.5},
                     {QStringLiteral("tiny"), 1e-300}, {QStringLiteral("whole"), 5.0}, {QStringLiteral("min"), std::numeric_limits<qint64>::min()},
                     {QStringLiteral("yes"), true}, {QStringLiteral("no"), false}, {QStringLiteral("inf"), qInf()}},
            QCborMap{{QStringLiteral("bytes"), QByteArray("\x00\xff", 2)}, {QStringLiteral("u"), QCborValue()}},
            QCborMap{{1, QStringLiteral("a key that is a number")}},
        };
        for (const QCborMap &map : maps) {
            const QByteArray ours = server::JsonText::of(map);
            const QByteArray qts = QJsonDocument(map.toJsonObject()).toJson(QJsonDocument::Compact);
            QJsonParseError error;
            const QJsonDocument back = QJsonDocument::fromJson(ours, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, ours.constData());
            QCOMPARE(back.object(), map.toJsonObject());
            SqlRows r = m_db->exec(QStringLiteral("SELECT ?::jsonb = ?::jsonb"), {QString::fromUtf8(ours), QString::fromUtf8(qts)});
            QVERIFY(r.next());
            QVERIFY2(r.value(0).toBool(), ours.constData());
        }
        QCOMPARE(server::JsonText::of(QCborMap{{QStringLiteral("a"), QStringLiteral("\"\\\n\x01")}}),
                 QByteArrayLiteral("{\"a\":\"\\\"\\\\\\n\\u0001\"}"));
    }

    void errorsCarryTheirStateAndTheConnectionStays()
    {
        m_db->exec(QStringLiteral("INSERT INTO t(s) VALUES (?)"), {QStringLiteral("once")});
        try {
            m_db->exec(QStringLiteral("INSERT INTO t(s) VALUES (?)"), {QStringLiteral("once")});
            QFAIL("a duplicate was accepted");
        } catch (const SqlError &e) {
            QVERIFY(e.isUniqueViolation());
            QCOMPARE(e.constraint(), QStringLiteral("t_s_key"));
            QVERIFY(!e.isConnectionLost());
        }
        try {
            m_db->exec(QStringLiteral("SELECT no_such_column FROM t"));
            QFAIL("a bad statement ran");
        } catch (const SqlError &e) {
            QCOMPARE(e.sqlState(), QStringLiteral("42703"));
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM t WHERE s = ?"), {QStringLiteral("once")})->toLongLong(), 1);
    }

    void aTransactionRollsBackUnlessCommitted()
    {
        {
            server::Transaction tx(*m_db);
            m_db->exec(QStringLiteral("INSERT INTO u(k) VALUES (?)"), {1});
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM u"))->toLongLong(), 0);
        server::Transaction tx(*m_db);
        m_db->exec(QStringLiteral("INSERT INTO u(k) VALUES (?)"), {1});
        tx.commit();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM u"))->toLongLong(), 1);
    }

    void execAsOneWritesAllPartsOrNone()
    {
        const auto insert = [](int k) { return server::SqlStatement{QStringLiteral("INSERT INTO u(k) VALUES (?)"), {k}}; };
        m_db->execAsOne({insert(10), insert(11)});
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM u WHERE k IN (10, 11)"))->toLongLong(), 2);
        // The second part collides with a row written before: the first part is not kept either.
        QVERIFY_THROWS_EXCEPTION(SqlError, m_db->execAsOne({insert(12), insert(10)}));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM u WHERE k = 12"))->toLongLong(), 0);
    }

    // A batch's audit rows, each with its own values in its own row: empty values as SQL NULL,
    // values JSON cannot hold as Qt writes them.
    void auditRowsKeepTheirValuesInOrder()
    {
        Db db(test::TestCluster::instance().createDatabase(QStringLiteral("dbaudit")), QStringLiteral("tst-db-audit"));
        db.open();
        db.exec(QStringLiteral("INSERT INTO schools(name) VALUES ('s')"));
        QList<server::AuditEntry> entries;
        for (int i = 0; i < 4; ++i) {
            server::AuditEntry e;
            e.schoolId = 1;
            e.entity = QStringLiteral("marks");
            e.entityId = 100 + i;
            e.action = QStringLiteral("set");
            e.workstation = QStringLiteral("Учительская \"2\"");
            if (i != 0)
                e.oldValue = QCborMap{{QStringLiteral("marks"), QCborArray{i}}, {QStringLiteral("comment"), QStringLiteral("«устно»\\")}};
            if (i != 1)
                e.newValue = QCborMap{{QStringLiteral("marks"), QCborArray{i, 5}}};
            if (i == 3)
                e.newValue.insert(QStringLiteral("bytes"), QByteArray("\x01\x02"));
            entries.append(e);
        }
        db.exec(server::AuditStore::appendStatement(entries));
        const QList<server::AuditEntry> rows = server::AuditStore::trail(db, 1, {QStringLiteral("marks")}, 102);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].workstation, entries[2].workstation);
        // jsonb keeps an object's keys in its own order.
        QCOMPARE(rows[0].oldValue.toJsonObject(), entries[2].oldValue.toJsonObject());
        QCOMPARE(rows[0].newValue.toJsonObject(), entries[2].newValue.toJsonObject());
        SqlRows r = db.exec(QStringLiteral("SELECT entity_id, old_value IS NULL, new_value IS NULL, new_value::text FROM audit_log ORDER BY id"));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(r.next());
            QCOMPARE(r.integer(0), 100 + i);
            QCOMPARE(r.boolean(1), i == 0);
            QCOMPARE(r.boolean(2), i == 1);
            if (i != 1)
                QCOMPARE(server::AuditStore::fromJson(r.text(3)).toJsonObject(), entries[i].newValue.toJsonObject());
        }
    }

    void reconnectsAfterTheConnectionIsLost()
    {
        const qint64 pid = m_db->scalar(QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
        Db other(test::TestCluster::instance().createDatabase(QStringLiteral("dbkill"), false), QStringLiteral("tst-db-kill"));
        other.open();
        QVERIFY(other.scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid})->toBool());
        try {
            m_db->exec(QStringLiteral("SELECT 1"));
            QFAIL("a statement ran on a terminated connection");
        } catch (const SqlError &e) {
            QVERIFY2(e.isConnectionLost(), e.what());
        }
        m_db->reconnect();
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM u WHERE k = ?"), {1})->toLongLong(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDb)
#include "tst_db.moc"
