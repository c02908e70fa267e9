// The journal page against the real server and PostgreSQL: who may read and write, entry windows and
// locks (with the server's test clock), grade 1, allowed marks, final marks, absence reasons,
// substitutes, correction requests, the audit trail, exactly-once writes, live updates between two
// clients, the КТП, settings, and hand-computed averages and forecasts.
#include <QCborArray>

#include <algorithm>
#include <vector>
#include <QtTest>

#include "TestClient.h"
#include "TestServer.h"
#include "db/Db.h"
#include "handlers/JournalCbor.h"
#include "protocol/ArgReader.h"
#include "protocol/CborBytes.h"
#include "rpc/RequestContext.h"

using namespace cj;
using protocol::ErrorCode;
using protocol::MessageType;

namespace {
const QString kPass = QStringLiteral("Pass-word-1");

QString ruleOf(const protocol::Response &r)
{
    return r.error.details.value(QStringLiteral("rule")).toString();
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::TestClient> m_admin;
    // Ids of the little school built in initTestCase.
    qint64 m_year = 0, m_q1 = 0, m_q2 = 0;
    qint64 m_class5 = 0, m_class1 = 0;
    qint64 m_math = 0, m_russian = 0, m_orkse = 0;
    qint64 m_teacherMath = 0, m_teacherRus = 0, m_classTeacher = 0, m_substitute = 0, m_parent = 0;
    qint64 m_aMath = 0, m_aRus = 0, m_aOrkse = 0, m_aGrade1 = 0;
    qint64 m_ivanov = 0, m_abramova = 0, m_yolkin = 0, m_leaver = 0, m_firstGrader = 0;
    QHash<QString, qint64> m_lessons; // "math:2025-09-08" -> id
    qint64 m_kr = 0, m_sr = 0;        // kinds of work: контрольная (3, written), самостоятельная (2, written)

    qint64 exec(const QString &sql, const QVariantList &params = {})
    {
        const auto v = m_server->fixture().db().scalar(sql, params);
        return v ? v->toLongLong() : 0;
    }

    qint64 lesson(qint64 assignment, const QString &key, const char *date, int number)
    {
        const qint64 id = exec(QStringLiteral("INSERT INTO lessons(school_id, assignment_id, on_date, lesson_number) "
                                              "VALUES (?, ?, ?, ?) RETURNING id"),
                               {m_server->schoolId(), assignment, QDate::fromString(QString::fromLatin1(date), Qt::ISODate), number});
        m_lessons.insert(key + QLatin1Char(':') + QString::fromLatin1(date), id);
        return id;
    }

    qint64 student(qint64 classId, const QString &surname, const QString &first, const char *from = "2025-09-01",
                   const char *left = nullptr)
    {
        const qint64 id = exec(QStringLiteral("INSERT INTO students(school_id, surname, first_name, patronymic) "
                                              "VALUES (?, ?, ?, 'Петрович') RETURNING id"),
                               {m_server->schoolId(), surname, first});
        exec(QStringLiteral("INSERT INTO class_memberships(school_id, student_id, class_id, starts_on, left_on) "
                            "VALUES (?, ?, ?, ?, ?) RETURNING id"),
             {m_server->schoolId(), id, classId, QDate::fromString(QString::fromLatin1(from), Qt::ISODate),
              left ? QVariant(QDate::fromString(QString::fromLatin1(left), Qt::ISODate)) : QVariant(QMetaType::fromType<QDate>())});
        return id;
    }

    std::unique_ptr<test::TestClient> as(const QString &login)
    {
        auto c = std::make_unique<test::TestClient>(m_server->port());
        if (!c->open() || !c->login(login, login == QLatin1String("admin") ? test::TestServer::kAdminPassword : kPass))
            qFatal("%s cannot sign in", qPrintable(login));
        return c;
    }

    void setToday(const char *date)
    {
        const protocol::Response r = m_admin->call(MessageType::TestSetClock,
                                                   QCborMap{{QStringLiteral("date"), QString::fromLatin1(date)},
                                                            {QStringLiteral("time"), QStringLiteral("12:00")}});
        QVERIFY2(r.ok, qPrintable(r.error.message));
    }

    protocol::Response write(test::TestClient &c, MessageType type, const QCborMap &args, const QUuid &opId = {})
    {
        return c.call(type, args, 30000, opId.isNull() ? QUuid::createUuid() : opId);
    }

    protocol::Response setMarks(test::TestClient &c, qint64 lessonId, qint64 studentId, const QCborArray &marks)
    {
        return write(c, MessageType::JournalSetMarks,
                     QCborMap{{QStringLiteral("lessonId"), lessonId}, {QStringLiteral("studentId"), studentId},
                              {QStringLiteral("marks"), marks}});
    }

    static QCborMap mark(int value, qint64 kind = 0)
    {
        QCborMap m{{QStringLiteral("value"), value}};
        if (kind)
            m.insert(QStringLiteral("workKindId"), kind);
        return m;
    }

    QCborMap statsOf(const QCborMap &page, qint64 studentId)
    {
        for (const QCborValue &v : page.value(QStringLiteral("stats")).toArray()) {
            if (v.toMap().value(QStringLiteral("studentId")).toInteger() == studentId)
                return v.toMap();
        }
        return {};
    }

private Q_SLOTS:
    // A mark save's cell and figures are written as bytes key by key (journalcbor), a page's as maps:
    // both give the documented shape (docs/protocol.md, "The journal") and the same bytes, and the
    // change event wraps the answer's bytes.
    void cellsAndFiguresAreWrittenInTheirShape()
    {
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        server::MarkRow five;
        five.position = 1;
        five.value = 5;
        five.workKindId = 12;
        five.comment = s("устно");
        five.enteredAt = QDateTime(QDate(2026, 3, 17), QTime(8, 31), Qt::UTC);
        five.enteredBy = s("Фролова А. П.");
        server::MarkRow failed;
        failed.position = 2;
        failed.passed = false;
        const QCborMap fiveMap{{s("position"), 1}, {s("workKindId"), 12}, {s("comment"), s("устно")},
                               {s("enteredAt"), protocol::dateTimeToWire(five.enteredAt)}, {s("enteredBy"), s("Фролова А. П.")},
                               {s("value"), 5}};
        const QCborMap failedMap{{s("position"), 2}, {s("workKindId"), nullptr}, {s("comment"), QString()},
                                 {s("enteredAt"), nullptr}, {s("enteredBy"), QString()}, {s("passed"), false}};
        const QByteArray cell = server::journalcbor::cellBytes(7, 9, {five, failed}, server::AttendanceRow{7, 9, s("absent"), QString()});
        const QCborMap cellMap{{s("lessonId"), 7}, {s("studentId"), 9}, {s("marks"), QCborArray{fiveMap, failedMap}},
                               {s("attendance"), QCborMap{{s("kind"), s("absent")}, {s("reason"), nullptr}}}};
        QCOMPARE(QCborValue::fromCbor(cell).toMap(), cellMap);
        QCOMPARE(server::journalcbor::cell(7, 9, {}, std::nullopt),
                 (QCborMap{{s("lessonId"), 7}, {s("studentId"), 9}, {s("marks"), QCborArray()}, {s("attendance"), nullptr}}));

        MarkStats figures;
        figures.count = 3;
        figures.average = 4.0;
        figures.forecast = 4;
        const QCborMap statsMap{{s("studentId"), 9}, {s("count"), 3}, {s("average"), 4.0}, {s("weighted"), nullptr},
                                {s("forecast"), 4}, {s("tooFewMarks"), false}};
        QCOMPARE(server::journalcbor::stats(9, figures), statsMap);
        QVERIFY(server::journalcbor::stats(9, figures).value(s("average")).isDouble()); // 4.0, not 4

        // Both forms, over marks and cells of every kind: the same bytes.
        server::MarkRow plain;
        plain.position = 3;
        plain.value = 2;
        plain.comment = s("контрольная \"№2\"");
        plain.enteredAt = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        server::MarkRow passedMark = failed;
        passedMark.passed = true;
        passedMark.workKindId = 1;
        const QList<QList<server::MarkRow>> markLists{{}, {five}, {failed}, {five, failed, plain, passedMark}};
        const QList<std::optional<server::AttendanceRow>> attendances{
            std::nullopt, server::AttendanceRow{1, 2, s("late"), QString()}, server::AttendanceRow{1, 2, s("absent"), s("ill")}};
        for (const QList<server::MarkRow> &list : markLists) {
            for (const std::optional<server::AttendanceRow> &att : attendances) {
                for (const qint64 id : {qint64(1), qint64(23), qint64(24), qint64(70000), qint64(1) << 40})
                    QCOMPARE(protocol::CborBytes::of(server::journalcbor::cell(id, id + 1, list, att)),
                             server::journalcbor::cellBytes(id, id + 1, list, att));
            }
        }
        MarkStats none;
        none.tooFewMarks = true;
        MarkStats many;
        many.count = 41;
        many.average = 22.0 / 6.0;
        many.weighted = 3.5;
        many.forecast = 5;
        for (const MarkStats &st : {none, figures, many})
            QCOMPARE(protocol::CborBytes::of(server::journalcbor::stats(4711, st)), server::journalcbor::statsBytes(4711, st));
        for (const MarkStats &st : {none, many})
            QCOMPARE(protocol::CborBytes::of(server::journalcbor::cellChange(cellMap, server::journalcbor::stats(9, st))),
                     server::journalcbor::cellChangeBytes(cell, server::journalcbor::statsBytes(9, st)));
        QCOMPARE(protocol::CborBytes::of(server::journalcbor::cellChange(cellMap, {})), server::journalcbor::cellChangeBytes(cell, {}));
        QCOMPARE(protocol::CborBytes::of(QCborMap{{s("cell"), cellMap}, {s("stats"), statsMap}}),
                 server::journalcbor::savedCellBytes(cell, server::journalcbor::statsBytes(9, figures)));

        const QByteArray change = server::journalcbor::cellChangeBytes(cell, server::journalcbor::statsBytes(9, figures));
        QCOMPARE(QCborValue::fromCbor(change).toMap(), (QCborMap{{s("kind"), s("cell")}, {s("cell"), cellMap}, {s("stats"), statsMap}}));
        const server::Publication published = server::journalcbor::changed(31, server::journalcbor::cellChangeBytes(cell, {}));
        QCOMPARE(published.topic, server::journalcbor::topic(31));
        const auto incoming = protocol::decodeIncoming(protocol::encodeEvent(published.event));
        QVERIFY(std::holds_alternative<protocol::Event>(incoming));
        const protocol::Event event = std::get<protocol::Event>(incoming);
        QCOMPARE(event.type, MessageType::EventJournalChanged);
        QCOMPARE(event.data, (QCborMap{{s("assignmentId"), 31},
                                       {s("changes"), QCborArray{QCborMap{{s("kind"), s("cell")}, {s("cell"), cellMap}}}}}));
    }

    void initTestCase()
    {
        QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
        m_server = std::make_unique<test::TestServer>(QStringLiteral("journal"));
        const qint64 s = m_server->schoolId();
        test::Fixture &f = m_server->fixture();
        m_teacherMath = f.user(s, QStringLiteral("math"), kPass, Role::Teacher, QStringLiteral("Фролова"), QStringLiteral("Анна"));
        m_teacherRus = f.user(s, QStringLiteral("rus"), kPass, Role::Teacher, QStringLiteral("Гусева"), QStringLiteral("Вера"));
        m_classTeacher = f.user(s, QStringLiteral("ct"), kPass, Role::Teacher, QStringLiteral("Орлова"), QStringLiteral("Нина"));
        m_substitute = f.user(s, QStringLiteral("sub"), kPass, Role::Teacher, QStringLiteral("Зуев"), QStringLiteral("Олег"));
        f.user(s, QStringLiteral("deputy"), kPass, Role::Deputy);
        f.user(s, QStringLiteral("director"), kPass, Role::Director);
        f.user(s, QStringLiteral("secretary"), kPass, Role::Secretary);
        m_parent = f.user(s, QStringLiteral("parent"), kPass, Role::Parent);
        f.user(s, QStringLiteral("otherparent"), kPass, Role::Parent);

        m_year = exec(QStringLiteral("INSERT INTO academic_years(school_id, name, starts_on, ends_on) "
                                     "VALUES (?, '2025/2026', '2025-09-01', '2026-05-31') RETURNING id"), {s});
        m_q1 = exec(QStringLiteral("INSERT INTO periods(school_id, year_id, scheme, number, name, starts_on, ends_on) "
                                   "VALUES (?, ?, 'quarters', 1, '1 четверть', '2025-09-01', '2025-10-26') RETURNING id"), {s, m_year});
        m_q2 = exec(QStringLiteral("INSERT INTO periods(school_id, year_id, scheme, number, name, starts_on, ends_on) "
                                   "VALUES (?, ?, 'quarters', 2, '2 четверть', '2025-11-05', '2025-12-28') RETURNING id"), {s, m_year});
        exec(QStringLiteral("INSERT INTO holidays(school_id, year_id, name, starts_on, ends_on) "
                            "VALUES (?, ?, 'Осенние каникулы', '2025-10-27', '2025-11-04') RETURNING id"), {s, m_year});
        m_class5 = exec(QStringLiteral("INSERT INTO classes(school_id, year_id, grade, letter, class_teacher_id, period_scheme) "
                                       "VALUES (?, ?, 5, 'А', ?, 'quarters') RETURNING id"), {s, m_year, m_classTeacher});
        m_class1 = exec(QStringLiteral("INSERT INTO classes(school_id, year_id, grade, letter, period_scheme) "
                                       "VALUES (?, ?, 1, 'А', 'quarters') RETURNING id"), {s, m_year});
        m_math = exec(QStringLiteral("INSERT INTO subjects(school_id, name) VALUES (?, 'Математика') RETURNING id"), {s});
        m_russian = exec(QStringLiteral("INSERT INTO subjects(school_id, name, extended_window) VALUES (?, 'Русский язык', true) "
                                        "RETURNING id"), {s});
        m_orkse = exec(QStringLiteral("INSERT INTO subjects(school_id, name, grading) VALUES (?, 'ОРКСЭ', 'pass_fail') RETURNING id"), {s});
        auto assign = [&](qint64 cls, qint64 subject, qint64 teacher) {
            return exec(QStringLiteral("INSERT INTO assignments(school_id, class_id, subject_id, teacher_id, hours_per_week) "
                                       "VALUES (?, ?, ?, ?, 4) RETURNING id"), {s, cls, subject, teacher});
        };
        m_aMath = assign(m_class5, m_math, m_teacherMath);
        m_aRus = assign(m_class5, m_russian, m_teacherRus);
        m_aOrkse = assign(m_class5, m_orkse, m_teacherRus);
        m_aGrade1 = assign(m_class1, m_math, m_teacherMath);
        exec(QStringLiteral("INSERT INTO curriculum(school_id, class_id, subject_id, hours_per_week) VALUES (?, ?, ?, 4) RETURNING id"),
             {s, m_class5, m_math});

        m_ivanov = student(m_class5, QStringLiteral("Иванов"), QStringLiteral("Иван"));
        m_abramova = student(m_class5, QStringLiteral("Абрамова"), QStringLiteral("Анна"));
        m_yolkin = student(m_class5, QStringLiteral("Ёлкин"), QStringLiteral("Егор"));
        m_leaver = student(m_class5, QStringLiteral("Яшин"), QStringLiteral("Яков"), "2025-09-01", "2025-10-01");
        m_firstGrader = student(m_class1, QStringLiteral("Малышев"), QStringLiteral("Миша"));
        const qint64 guardian = exec(QStringLiteral("INSERT INTO guardians(school_id, surname, first_name, user_id) "
                                                    "VALUES (?, 'Иванова', 'Ольга', ?) RETURNING id"), {s, m_parent});
        exec(QStringLiteral("INSERT INTO student_guardians(student_id, guardian_id) VALUES (?, ?) RETURNING student_id"),
             {m_ivanov, guardian});

        for (const char *d : {"2025-09-08", "2025-09-10", "2025-09-15", "2025-09-17", "2025-10-01", "2025-10-24"})
            lesson(m_aMath, QStringLiteral("math"), d, 1);
        lesson(m_aMath, QStringLiteral("math"), "2025-11-10", 1);
        lesson(m_aRus, QStringLiteral("rus"), "2025-09-12", 2);
        lesson(m_aOrkse, QStringLiteral("orkse"), "2025-09-12", 3);
        lesson(m_aGrade1, QStringLiteral("g1"), "2025-09-08", 1);
        exec(QStringLiteral("INSERT INTO substitutions(school_id, lesson_id, teacher_id) VALUES (?, ?, ?) RETURNING id"),
             {s, m_lessons.value(QStringLiteral("math:2025-09-15")), m_substitute});
        m_kr = exec(QStringLiteral("SELECT id FROM work_kinds WHERE school_id = ? AND name = 'Контрольная работа'"), {s});
        m_sr = exec(QStringLiteral("SELECT id FROM work_kinds WHERE school_id = ? AND name = 'Самостоятельная работа'"), {s});
        QVERIFY(m_kr && m_sr);

        QVERIFY2(m_server->start({QStringLiteral("--test-clock")}), qPrintable(m_server->process().log()));
        m_admin = as(QStringLiteral("admin"));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        const int code = m_server->stop();
        if (code != 0)
            qWarning().noquote() << m_server->process().log().right(3000);
        QCOMPARE(code, 0);
    }

    void whoMayOpenThePage()
    {
        setToday("2025-09-10");
        const QCborMap args{{QStringLiteral("assignmentId"), m_aMath}, {QStringLiteral("periodId"), m_q1}};
        auto t = as(QStringLiteral("math"));
        const protocol::Response own = t->call(MessageType::JournalOpen, args);
        QVERIFY2(own.ok, qPrintable(own.error.message));
        const QCborMap rights = own.result.value(QStringLiteral("rights")).toMap();
        QVERIFY(rights.value(QStringLiteral("marks")).toBool());
        QVERIFY(rights.value(QStringLiteral("plan")).toBool());
        QVERIFY(!rights.value(QStringLiteral("reasons")).toBool());
        // Russian alphabetical order: Абрамова, Ёлкин, Иванов, Яшин (Ё after Е, not before А).
        QStringList names;
        for (const QCborValue &v : own.result.value(QStringLiteral("students")).toArray())
            names.append(v.toMap().value(QStringLiteral("shortName")).toString());
        QCOMPARE(names, (QStringList{QStringLiteral("Абрамова А. П."), QStringLiteral("Ёлкин Е. П."),
                                     QStringLiteral("Иванов И. П."), QStringLiteral("Яшин Я. П.")}));
        // The leaver is greyed from the day they left.
        const QCborMap yashin = own.result.value(QStringLiteral("students")).toArray().at(3).toMap();
        QCOMPARE(yashin.value(QStringLiteral("leftOn")).toString(), QStringLiteral("2025-10-01"));
        QCOMPARE(own.result.value(QStringLiteral("lessons")).toArray().size(), 6);

        auto ct = as(QStringLiteral("ct"));
        const protocol::Response classTeacher = ct->call(MessageType::JournalOpen, args);
        QVERIFY(classTeacher.ok);
        QVERIFY(!classTeacher.result.value(QStringLiteral("rights")).toMap().value(QStringLiteral("marks")).toBool());
        QVERIFY(classTeacher.result.value(QStringLiteral("rights")).toMap().value(QStringLiteral("reasons")).toBool());
        QVERIFY(classTeacher.result.value(QStringLiteral("rights")).toMap().value(QStringLiteral("finalMarks")).toBool());

        QVERIFY(as(QStringLiteral("deputy"))->call(MessageType::JournalOpen, args).ok);
        QVERIFY(as(QStringLiteral("director"))->call(MessageType::JournalOpen, args).ok);
        QVERIFY(m_admin->call(MessageType::JournalOpen, args).ok);
        QCOMPARE(as(QStringLiteral("rus"))->call(MessageType::JournalOpen, args).error.code, ErrorCode::PermissionDenied);
        QCOMPARE(as(QStringLiteral("secretary"))->call(MessageType::JournalOpen, args).error.code, ErrorCode::PermissionDenied);
        QCOMPARE(as(QStringLiteral("parent"))->call(MessageType::JournalOpen, args).error.code, ErrorCode::PermissionDenied);
        // The substitute reads the page and may edit only the lesson they give.
        const protocol::Response sub = as(QStringLiteral("sub"))->call(MessageType::JournalOpen, args);
        QVERIFY(sub.ok);
        int editable = 0;
        for (const QCborValue &l : sub.result.value(QStringLiteral("lessons")).toArray())
            editable += l.toMap().value(QStringLiteral("canEdit")).toBool() ? 1 : 0;
        QCOMPARE(editable, 1);
    }

    void marksAveragesAndForecastByHand()
    {
        setToday("2025-09-17");
        auto t = as(QStringLiteral("math"));
        const qint64 l08 = m_lessons.value(QStringLiteral("math:2025-09-08"));
        const qint64 l10 = m_lessons.value(QStringLiteral("math:2025-09-10"));
        const qint64 l17 = m_lessons.value(QStringLiteral("math:2025-09-17"));
        // 5 oral (weight 1) on the 17th, 3 for a control work (weight 3) on the 10th, 4 for a самостоятельная
        // (weight 2) on the 10th as a second mark: count 3, mean 4.0, weighted (5 + 9 + 8) / 6 = 3.667 -> «4».
        QVERIFY(setMarks(*t, l17, m_ivanov, {mark(5)}).ok);
        const protocol::Response r = setMarks(*t, l10, m_ivanov, {mark(3, m_kr), mark(4, m_sr)});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap stats = r.result.value(QStringLiteral("stats")).toMap();
        QCOMPARE(stats.value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(stats.value(QStringLiteral("average")).toDouble(), 4.0);
        QVERIFY(qAbs(stats.value(QStringLiteral("weighted")).toDouble() - 22.0 / 6.0) < 1e-9);
        QCOMPARE(stats.value(QStringLiteral("forecast")).toInteger(), 4);
        // A double mark «3/5» counts as two marks.
        QVERIFY(setMarks(*t, l17, m_abramova, {mark(3), mark(5)}).ok);
        const QCborMap page = t->call(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), m_aMath},
                                                                         {QStringLiteral("periodId"), m_q1}}).result;
        QCOMPARE(statsOf(page, m_abramova).value(QStringLiteral("count")).toInteger(), 2);
        QVERIFY(statsOf(page, m_abramova).value(QStringLiteral("tooFewMarks")).toBool()); // minMarks 3
        QVERIFY(statsOf(page, m_abramova).value(QStringLiteral("forecast")).isNull());
        // With thresholds 2.6/3.6/4.6, the same 3.667 still gives «4»; 3.5 would give «3».
        QVERIFY(write(*m_admin, MessageType::SettingsUpdate,
                      QCborMap{{QStringLiteral("rounding"), QCborMap{{QStringLiteral("thresholds"), QCborArray{2.6, 3.6, 4.6}},
                                                                     {QStringLiteral("weighted"), false}}}}).ok);
        const QCborMap plain = t->call(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), m_aMath},
                                                                          {QStringLiteral("periodId"), m_q1}}).result;
        QCOMPARE(statsOf(plain, m_ivanov).value(QStringLiteral("forecast")).toInteger(), 4); // plain mean 4.0
        QVERIFY(write(*m_admin, MessageType::SettingsUpdate,
                      QCborMap{{QStringLiteral("rounding"), QCborMap{{QStringLiteral("thresholds"), QCborArray{2.5, 3.5, 4.5}},
                                                                     {QStringLiteral("weighted"), true}}}}).ok);
        // Marks are set one cell at a time, in the lessons of the page.
        QCOMPARE(setMarks(*t, l08, m_yolkin, {mark(6)}).error.code, ErrorCode::InvalidArgument);
        QCOMPARE(ruleOf(setMarks(*t, l08, m_yolkin, {mark(1)})), QStringLiteral("mark_one_not_allowed"));
    }

    void entryWindowsLockCells()
    {
        auto t = as(QStringLiteral("math"));
        const qint64 l10 = m_lessons.value(QStringLiteral("math:2025-09-10"));
        const qint64 l17 = m_lessons.value(QStringLiteral("math:2025-09-17"));
        const qint64 l01 = m_lessons.value(QStringLiteral("math:2025-10-01"));
        setToday("2025-09-18");
        // Oral marks: the lesson's day only.
        protocol::Response late = setMarks(*t, l17, m_yolkin, {mark(4)});
        QCOMPARE(late.error.code, ErrorCode::CellLocked);
        QCOMPARE(late.error.details.value(QStringLiteral("window")).toString(), QStringLiteral("oralMark"));
        QCOMPARE(late.error.details.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-09-17"));
        // Written work: 7 calendar days (the 10th is open until the 17th).
        QVERIFY(setMarks(*t, l17, m_yolkin, {mark(4, m_kr)}).ok);
        QCOMPARE(setMarks(*t, l10, m_yolkin, {mark(4, m_kr)}).error.code, ErrorCode::CellLocked);
        // Unchanged marks may stay when another is added... but adding to a locked oral cell is locked.
        QCOMPARE(setMarks(*t, l10, m_ivanov, {mark(3, m_kr), mark(4, m_sr), mark(5)}).error.code, ErrorCode::CellLocked);
        // The future is not open.
        const protocol::Response future = setMarks(*t, l01, m_yolkin, {mark(5)});
        QCOMPARE(future.error.code, ErrorCode::WindowClosed);
        QCOMPARE(future.error.details.value(QStringLiteral("opensOn")).toString(), QStringLiteral("2025-10-01"));
        // Attendance: the same day.
        QCOMPARE(write(*t, MessageType::JournalSetAttendance,
                       QCborMap{{QStringLiteral("lessonId"), l17}, {QStringLiteral("studentId"), m_yolkin},
                                {QStringLiteral("kind"), QStringLiteral("absent")}}).error.code,
                 ErrorCode::CellLocked);
        // The admin widens the oral window to 2 days: now it is open.
        QVERIFY(write(*m_admin, MessageType::SettingsUpdate,
                      QCborMap{{QStringLiteral("entryWindows"), QCborMap{{QStringLiteral("oralMark"),
                                                                         QCborMap{{QStringLiteral("days"), 2}, {QStringLiteral("working"), false}}}}}}).ok);
        QVERIFY(setMarks(*t, l17, m_yolkin, {mark(4, m_kr), mark(5)}).ok);
        QVERIFY(write(*m_admin, MessageType::SettingsUpdate,
                      QCborMap{{QStringLiteral("entryWindows"), QCborMap{{QStringLiteral("oralMark"),
                                                                         QCborMap{{QStringLiteral("days"), 0}, {QStringLiteral("working"), false}}}}}}).ok);
    }

    void russianHasTenWorkingDaysForWrittenWork()
    {
        auto t = as(QStringLiteral("rus"));
        const qint64 l = m_lessons.value(QStringLiteral("rus:2025-09-12"));
        // Friday the 12th + 10 working days = Friday the 26th; Saturday the 27th is too late.
        setToday("2025-09-26");
        QVERIFY(setMarks(*t, l, m_ivanov, {mark(5, m_kr)}).ok);
        setToday("2025-09-27");
        const protocol::Response r = setMarks(*t, l, m_abramova, {mark(4, m_kr)});
        QCOMPARE(r.error.code, ErrorCode::CellLocked);
        QCOMPARE(r.error.details.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-09-26"));
        QCOMPARE(r.error.details.value(QStringLiteral("window")).toString(), QStringLiteral("extendedWrittenMark"));
    }

    void rulesOfMarks()
    {
        setToday("2025-09-12");
        auto rus = as(QStringLiteral("rus"));
        const qint64 orkse = m_lessons.value(QStringLiteral("orkse:2025-09-12"));
        QCOMPARE(ruleOf(setMarks(*rus, orkse, m_ivanov, {mark(5)})), QStringLiteral("pass_fail_subject"));
        QVERIFY(setMarks(*rus, orkse, m_ivanov, {QCborMap{{QStringLiteral("passed"), true}}}).ok);
        setToday("2025-09-08");
        auto math = as(QStringLiteral("math"));
        const qint64 g1 = m_lessons.value(QStringLiteral("g1:2025-09-08"));
        QCOMPARE(ruleOf(setMarks(*math, g1, m_firstGrader, {mark(5)})), QStringLiteral("grade_1_no_marks"));
        QCOMPARE(ruleOf(write(*math, MessageType::JournalSetLesson,
                              QCborMap{{QStringLiteral("lessonId"), g1}, {QStringLiteral("homework"), QStringLiteral("с. 5")}})),
                 QStringLiteral("grade_1_no_homework"));
        QVERIFY(write(*math, MessageType::JournalSetAttendance,
                      QCborMap{{QStringLiteral("lessonId"), g1}, {QStringLiteral("studentId"), m_firstGrader},
                               {QStringLiteral("kind"), QStringLiteral("absent")}}).ok);
        QVERIFY(write(*math, MessageType::JournalSetLesson,
                      QCborMap{{QStringLiteral("lessonId"), g1}, {QStringLiteral("topic"), QStringLiteral("Счёт до 10")}}).ok);
        // Another teacher may not write here; a student of another class is not on the page.
        const qint64 l08 = m_lessons.value(QStringLiteral("math:2025-09-08"));
        QCOMPARE(setMarks(*rus, l08, m_ivanov, {mark(5)}).error.code, ErrorCode::PermissionDenied);
        QCOMPARE(ruleOf(setMarks(*math, l08, m_firstGrader, {mark(5)})), QStringLiteral("not_a_member"));
        // The leaver: fine before leaving, refused after.
        setToday("2025-10-01");
        const qint64 l01 = m_lessons.value(QStringLiteral("math:2025-10-01"));
        QCOMPARE(ruleOf(setMarks(*math, l01, m_leaver, {mark(4)})), QStringLiteral("not_a_member"));
    }

    void substituteFillsOnlyTheirLesson()
    {
        setToday("2025-09-15");
        auto sub = as(QStringLiteral("sub"));
        QVERIFY(setMarks(*sub, m_lessons.value(QStringLiteral("math:2025-09-15")), m_ivanov, {mark(4)}).ok);
        QVERIFY(write(*sub, MessageType::JournalSetLesson,
                      QCborMap{{QStringLiteral("lessonId"), m_lessons.value(QStringLiteral("math:2025-09-15"))},
                               {QStringLiteral("topic"), QStringLiteral("Дроби")}}).ok);
        setToday("2025-09-17");
        QCOMPARE(setMarks(*sub, m_lessons.value(QStringLiteral("math:2025-09-17")), m_ivanov, {mark(4)}).error.code,
                 ErrorCode::PermissionDenied);
    }

    void absenceAndReasons()
    {
        setToday("2025-09-17");
        auto t = as(QStringLiteral("math"));
        const qint64 l17 = m_lessons.value(QStringLiteral("math:2025-09-17"));
        QVERIFY(write(*t, MessageType::JournalSetAttendance,
                      QCborMap{{QStringLiteral("lessonId"), l17}, {QStringLiteral("studentId"), m_abramova},
                               {QStringLiteral("kind"), QStringLiteral("absent")}}).ok);
        // The subject teacher does not set reasons; the class teacher does, any time later.
        QCOMPARE(write(*t, MessageType::JournalSetAbsenceReason,
                       QCborMap{{QStringLiteral("lessonId"), l17}, {QStringLiteral("studentId"), m_abramova},
                                {QStringLiteral("reason"), QStringLiteral("ill")}}).error.code,
                 ErrorCode::PermissionDenied);
        setToday("2025-09-25");
        auto ct = as(QStringLiteral("ct"));
        const protocol::Response range = write(*ct, MessageType::JournalSetAbsenceReason,
                                               QCborMap{{QStringLiteral("studentId"), m_abramova},
                                                        {QStringLiteral("from"), QStringLiteral("2025-09-15")},
                                                        {QStringLiteral("to"), QStringLiteral("2025-09-19")},
                                                        {QStringLiteral("reason"), QStringLiteral("ill")}});
        QVERIFY2(range.ok, qPrintable(range.error.message));
        QCOMPARE(range.result.value(QStringLiteral("updated")).toInteger(), 1);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM attendance WHERE student_id = ? AND reason = 'ill'"), {m_abramova}), 1);
        QCOMPARE(write(*ct, MessageType::JournalSetAbsenceReason,
                       QCborMap{{QStringLiteral("lessonId"), l17}, {QStringLiteral("studentId"), m_ivanov},
                                {QStringLiteral("reason"), QStringLiteral("ill")}}).error.details.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("not_absent"));
    }

    void finalMarks()
    {
        auto t = as(QStringLiteral("math"));
        const QCborMap args{{QStringLiteral("assignmentId"), m_aMath}, {QStringLiteral("studentId"), m_ivanov},
                            {QStringLiteral("kind"), QStringLiteral("period")}, {QStringLiteral("periodId"), m_q1},
                            {QStringLiteral("value"), 4}};
        setToday("2025-10-01"); // opens 14 days before the 26th
        QCOMPARE(write(*t, MessageType::JournalSetFinalMark, args).error.code, ErrorCode::WindowClosed);
        setToday("2025-10-24");
        QVERIFY(write(*t, MessageType::JournalSetFinalMark, args).ok);
        QCborMap na = args;
        na.insert(QStringLiteral("value"), QStringLiteral("н/а"));
        QCOMPARE(ruleOf(write(*t, MessageType::JournalSetFinalMark, na)), QStringLiteral("na_not_allowed"));
        na.insert(QStringLiteral("value"), QStringLiteral("осв."));
        QCOMPARE(ruleOf(write(*t, MessageType::JournalSetFinalMark, na)), QStringLiteral("na_not_allowed"));
        QCborMap one = args;
        one.insert(QStringLiteral("value"), 1);
        QCOMPARE(ruleOf(write(*t, MessageType::JournalSetFinalMark, one)), QStringLiteral("final_mark_range"));
        // The autumn holidays do not count: 5 working days after the 26th end on 11 November.
        setToday("2025-11-11");
        QCborMap byClassTeacher = args;
        byClassTeacher.insert(QStringLiteral("studentId"), m_abramova);
        byClassTeacher.insert(QStringLiteral("value"), 5);
        QVERIFY(write(*as(QStringLiteral("ct")), MessageType::JournalSetFinalMark, byClassTeacher).ok);
        QCOMPARE(write(*as(QStringLiteral("rus")), MessageType::JournalSetFinalMark, byClassTeacher).error.code,
                 ErrorCode::PermissionDenied);
        setToday("2025-11-12");
        QVERIFY(write(*t, MessageType::JournalSetFinalMark, args).ok); // unchanged: nothing to lock
        QCborMap change = args;
        change.insert(QStringLiteral("value"), 5);
        const protocol::Response locked = write(*t, MessageType::JournalSetFinalMark, change);
        QCOMPARE(locked.error.code, ErrorCode::CellLocked);
        QCOMPARE(locked.error.details.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-11-11"));
        QCOMPARE(exec(QStringLiteral("SELECT value FROM final_marks WHERE student_id = ? AND period_id = ?"), {m_ivanov, m_q1}), 4);
    }

    void correctionRoundTripAndAudit()
    {
        setToday("2025-10-20");
        auto t = as(QStringLiteral("math"));
        const qint64 l08 = m_lessons.value(QStringLiteral("math:2025-09-08"));
        const QCborMap change{{QStringLiteral("type"), QStringLiteral("journal.setMarks")},
                              {QStringLiteral("args"), QCborMap{{QStringLiteral("lessonId"), l08},
                                                                {QStringLiteral("studentId"), m_yolkin},
                                                                {QStringLiteral("marks"), QCborArray{mark(4)}}}}};
        QCOMPARE(setMarks(*t, l08, m_yolkin, {mark(4)}).error.code, ErrorCode::CellLocked);
        QCOMPARE(write(*t, MessageType::CorrectionsFile, QCborMap{{QStringLiteral("change"), change}}).error.code,
                 ErrorCode::InvalidArgument); // a reason is required
        const protocol::Response filed = write(*t, MessageType::CorrectionsFile,
                                               QCborMap{{QStringLiteral("change"), change},
                                                        {QStringLiteral("reason"), QStringLiteral("Оценка не была выставлена по ошибке")}});
        QVERIFY2(filed.ok, qPrintable(filed.error.message));
        const qint64 requestId = filed.result.value(QStringLiteral("id")).toInteger();
        QCOMPARE(filed.result.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(filed.result.value(QStringLiteral("className")).toString(), QStringLiteral("5А"));
        QCOMPARE(filed.result.value(QStringLiteral("lessonDate")).toString(), QStringLiteral("2025-09-08"));
        QCOMPARE(filed.result.value(QStringLiteral("description")).toString(), QStringLiteral("Отметки: — → «4»"));
        // Someone without the right to the change cannot file it.
        QCOMPARE(write(*as(QStringLiteral("rus")), MessageType::CorrectionsFile,
                       QCborMap{{QStringLiteral("change"), change}, {QStringLiteral("reason"), QStringLiteral("x")}}).error.code,
                 ErrorCode::PermissionDenied);
        // Teachers cannot decide; the admin approves, and the change is applied and recorded.
        QCOMPARE(write(*t, MessageType::CorrectionsDecide,
                       QCborMap{{QStringLiteral("id"), requestId}, {QStringLiteral("approve"), true}}).error.code,
                 ErrorCode::PermissionDenied);
        const protocol::Response approved = write(*m_admin, MessageType::CorrectionsDecide,
                                                  QCborMap{{QStringLiteral("id"), requestId}, {QStringLiteral("approve"), true},
                                                           {QStringLiteral("comment"), QStringLiteral("Согласовано")}});
        QVERIFY2(approved.ok, qPrintable(approved.error.message));
        QCOMPARE(approved.result.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(exec(QStringLiteral("SELECT value FROM marks WHERE lesson_id = ? AND student_id = ?"), {l08, m_yolkin}), 4);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks' AND entity_id = ? "
                                     "AND action = 'correction' AND (new_value->>'correctionId')::bigint = ?"), {l08, requestId}), 1);
        QCOMPARE(write(*m_admin, MessageType::CorrectionsDecide,
                       QCborMap{{QStringLiteral("id"), requestId}, {QStringLiteral("approve"), false},
                                {QStringLiteral("comment"), QStringLiteral("x")}}).error.code,
                 ErrorCode::Conflict);
        // A rejection needs a reason and changes nothing.
        QCborMap other = change;
        other.insert(QStringLiteral("args"), QCborMap{{QStringLiteral("lessonId"), l08}, {QStringLiteral("studentId"), m_abramova},
                                                      {QStringLiteral("marks"), QCborArray{mark(2)}}});
        const qint64 second = write(*t, MessageType::CorrectionsFile,
                                    QCborMap{{QStringLiteral("change"), other}, {QStringLiteral("reason"), QStringLiteral("Ошибка")}})
                                  .result.value(QStringLiteral("id")).toInteger();
        QCOMPARE(write(*m_admin, MessageType::CorrectionsDecide,
                       QCborMap{{QStringLiteral("id"), second}, {QStringLiteral("approve"), false}}).error.code,
                 ErrorCode::ValidationFailed);
        QVERIFY(write(*m_admin, MessageType::CorrectionsDecide,
                      QCborMap{{QStringLiteral("id"), second}, {QStringLiteral("approve"), false},
                               {QStringLiteral("comment"), QStringLiteral("Нет оснований")}}).ok);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = ? AND student_id = ?"), {l08, m_abramova}), 0);
        // The register: the admin sees both, another teacher sees none of them.
        QCOMPARE(m_admin->call(MessageType::CorrectionsList).result.value(QStringLiteral("requests")).toArray().size(), 2);
        QCOMPARE(as(QStringLiteral("rus"))->call(MessageType::CorrectionsList).result.value(QStringLiteral("requests")).toArray().size(), 0);
    }

    void auditTrailOfACell()
    {
        auto t = as(QStringLiteral("math"));
        const qint64 l10 = m_lessons.value(QStringLiteral("math:2025-09-10"));
        const protocol::Response r = t->call(MessageType::JournalHistory,
                                             QCborMap{{QStringLiteral("lessonId"), l10}, {QStringLiteral("studentId"), m_ivanov}});
        QVERIFY(r.ok);
        const QCborArray entries = r.result.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QCborMap e = entries.first().toMap();
        QCOMPARE(e.value(QStringLiteral("userName")).toString(), QStringLiteral("Фролова А."));
        QCOMPARE(e.value(QStringLiteral("workstation")).toString(), QSysInfo::machineHostName());
        QCOMPARE(e.value(QStringLiteral("new")).toMap().value(QStringLiteral("marks")).toArray().size(), 2);
        QCOMPARE(e.value(QStringLiteral("old")).toMap().value(QStringLiteral("marks")).toArray().size(), 0);
    }

    void aResentWriteIsAppliedOnce()
    {
        setToday("2025-10-24");
        auto t = as(QStringLiteral("math"));
        const qint64 l = m_lessons.value(QStringLiteral("math:2025-10-24"));
        const QUuid op = QUuid::createUuid();
        const QCborMap args{{QStringLiteral("lessonId"), l}, {QStringLiteral("studentId"), m_ivanov},
                            {QStringLiteral("marks"), QCborArray{mark(5)}}};
        const protocol::Response first = write(*t, MessageType::JournalSetMarks, args, op);
        QVERIFY(first.ok);
        QCOMPARE(write(*t, MessageType::JournalSetMarks, args, op).result, first.result);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks' AND entity_id = ?"), {l}), 1);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = ?"), {l}), 1);

        // A resend in a batch beside new writes: the new ones are written, the resend answered as before.
        auto other = as(QStringLiteral("math"));
        protocol::Response resent, fresh;
        t->connection().call(MessageType::JournalSetMarks, args, nullptr, [&](const protocol::Response &r) { resent = r; }, 30000, op);
        other->connection().call(MessageType::JournalSetMarks,
                                 QCborMap{{QStringLiteral("lessonId"), l}, {QStringLiteral("studentId"), m_yolkin},
                                          {QStringLiteral("marks"), QCborArray{mark(3)}}},
                                 nullptr, [&](const protocol::Response &r) { fresh = r; });
        QTRY_VERIFY_WITH_TIMEOUT(resent.id >= 0 && fresh.id >= 0, 20000);
        QCOMPARE(resent.result, first.result);
        QVERIFY(fresh.ok);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks' AND entity_id = ?"), {l}), 2);

        // The window of the oral mark has closed since and the cell was corrected: the rules would
        // refuse the write now, but the resend still gets its first answer...
        setToday("2025-10-25");
        exec(QStringLiteral("UPDATE marks SET value = 3 WHERE lesson_id = ? AND student_id = ? RETURNING 1"), {l, m_ivanov});
        QCOMPARE(write(*t, MessageType::JournalSetMarks, args, op).result, first.result);
        // ...and a new write is refused.
        QCOMPARE(setMarks(*t, l, m_ivanov, {mark(4)}).error.code, ErrorCode::CellLocked);
        // The same operation id from someone else is a conflict, not their write and not the answer.
        auto rus = as(QStringLiteral("rus"));
        QCOMPARE(write(*rus, MessageType::JournalSetMarks, args, op).error.code, ErrorCode::Conflict);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks' AND entity_id = ?"), {l}), 2);
    }

    void aDoubleMarkBecomesASingleOne()
    {
        setToday("2025-10-24");
        auto t = as(QStringLiteral("math"));
        const qint64 l = m_lessons.value(QStringLiteral("math:2025-10-24"));
        const protocol::Response two = setMarks(*t, l, m_abramova, {mark(3), mark(5)});
        QVERIFY2(two.ok, qPrintable(two.error.message));
        QCOMPARE(two.result.value(QStringLiteral("cell")).toMap().value(QStringLiteral("marks")).toArray().size(), 2);
        const protocol::Response one = setMarks(*t, l, m_abramova, {mark(4)});
        QVERIFY2(one.ok, qPrintable(one.error.message));
        const QCborArray marks = one.result.value(QStringLiteral("cell")).toMap().value(QStringLiteral("marks")).toArray();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().toMap().value(QStringLiteral("value")).toInteger(), 4);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = ? AND student_id = ?"), {l, m_abramova}), 1);
    }

    void concurrentMarksAreCommittedTogetherAndAnsweredEachOnItsOwn()
    {
        setToday("2025-10-24");
        const qint64 l = m_lessons.value(QStringLiteral("math:2025-10-24"));
        const qint64 l17 = m_lessons.value(QStringLiteral("math:2025-09-17")); // locked by now
        std::vector<std::unique_ptr<test::TestClient>> clients;
        for (int i = 0; i < 6; ++i)
            clients.push_back(as(QStringLiteral("math")));
        const qint64 auditBefore = exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks'"));
        // Every connection sends its writes without waiting (pipelined); the server runs each
        // connection's in order, and different connections' writes share group commits.
        struct Sent {
            qint64 student;
            int value;
            bool expectOk;
            protocol::Response reply;
            bool done = false;
        };
        std::vector<Sent> sent;
        const QList<qint64> students{m_ivanov, m_abramova, m_yolkin};
        for (int i = 0; i < 6; ++i)
            for (int round = 0; round < 3; ++round)
                sent.push_back(Sent{students[(i + round) % 3], 2 + (i + round) % 4, true, {}});
        sent.push_back(Sent{m_ivanov, 2, false, {}}); // the locked lesson below (it holds a «5»)
        for (size_t k = 0; k < sent.size(); ++k) {
            Sent &s = sent[k];
            const bool locked = !s.expectOk;
            clients[k % clients.size()]->connection().call(
                MessageType::JournalSetMarks,
                QCborMap{{QStringLiteral("lessonId"), locked ? l17 : l}, {QStringLiteral("studentId"), s.student},
                         {QStringLiteral("marks"), QCborArray{mark(s.value)}}},
                nullptr, [&s](const protocol::Response &r) {
                    s.reply = r;
                    s.done = true;
                });
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sent.begin(), sent.end(), [](const Sent &s) { return s.done; }), 20000);
        for (const Sent &s : sent) {
            QCOMPARE(s.reply.ok, s.expectOk);
            if (s.expectOk)
                QCOMPARE(s.reply.result.value(QStringLiteral("cell")).toMap().value(QStringLiteral("marks")).toArray()
                             .first().toMap().value(QStringLiteral("value")).toInteger(), s.value);
            else
                QCOMPARE(s.reply.error.code, ErrorCode::CellLocked);
        }
        // One audit entry per change that actually changed something, each cell holds one mark.
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = ? AND position > 1"), {l}), 0);
        const qint64 audited = exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks'")) - auditBefore;
        QVERIFY(audited >= 3 && audited <= 18);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks' AND entity_id = ? AND op_id IS NULL"), {l}), 0);
    }

    void oneConnectionsSavesWithoutWaitingRunInTheOrderSent()
    {
        // Mark saves to one lesson go on into the group commit before the one before is answered;
        // they must still run, and be answered, as if one at a time: a save to a cell written just
        // before sees that write, and a request of another kind waits for them.
        setToday("2025-10-24");
        const qint64 l = m_lessons.value(QStringLiteral("math:2025-10-24"));
        auto t = as(QStringLiteral("math"));
        QVERIFY(write(*t, MessageType::JournalSetAttendance,
                      QCborMap{{QStringLiteral("lessonId"), l}, {QStringLiteral("studentId"), m_yolkin}, {QStringLiteral("kind"), QCborValue()}}).ok);
        QVERIFY(setMarks(*t, l, m_ivanov, {mark(5)}).ok);
        QVERIFY(setMarks(*t, l, m_abramova, {mark(2)}).ok);
        QVERIFY(setMarks(*t, l, m_yolkin, {mark(5)}).ok);
        const qint64 auditBefore = exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks' AND entity_id = ?"), {l});
        struct Sent {
            MessageType type;
            QCborMap args;
            int value = 0;
            protocol::Response reply;
            int answeredAs = -1;
        };
        const auto save = [&](qint64 student, int value) {
            return Sent{MessageType::JournalSetMarks,
                        QCborMap{{QStringLiteral("lessonId"), l}, {QStringLiteral("studentId"), student},
                                 {QStringLiteral("marks"), QCborArray{mark(value)}}},
                        value, {}, -1};
        };
        std::vector<Sent> sent{save(m_ivanov, 3), save(m_ivanov, 5), save(m_abramova, 4),
                               Sent{MessageType::JournalSetAttendance,
                                    QCborMap{{QStringLiteral("lessonId"), l}, {QStringLiteral("studentId"), m_yolkin},
                                             {QStringLiteral("kind"), QStringLiteral("late")}},
                                    0, {}, -1},
                               save(m_yolkin, 2), save(m_ivanov, 2), save(m_ivanov, 4), save(m_abramova, 4)};
        int answered = 0;
        for (Sent &s : sent)
            t->connection().call(s.type, s.args, nullptr, [&s, &answered](const protocol::Response &r) {
                s.reply = r;
                s.answeredAs = answered++;
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, int(sent.size()), 20000);
        for (size_t k = 0; k < sent.size(); ++k) {
            const Sent &s = sent[k];
            QVERIFY2(s.reply.ok, qPrintable(s.reply.error.message));
            QCOMPARE(s.answeredAs, int(k));
            const QCborMap cell = s.reply.result.value(QStringLiteral("cell")).toMap();
            if (s.type == MessageType::JournalSetMarks)
                QCOMPARE(cell.value(QStringLiteral("marks")).toArray().first().toMap().value(QStringLiteral("value")).toInteger(), s.value);
            else
                QCOMPARE(cell.value(QStringLiteral("attendance")).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("late"));
        }
        // The last answers are the cells and figures as stored; every save changed its cell but
        // the repeated «4» of Абрамова.
        const QCborMap page = t->call(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), m_aMath},
                                                                         {QStringLiteral("periodId"), m_q1}}).result;
        QCOMPARE(sent[6].reply.result.value(QStringLiteral("stats")).toMap(), statsOf(page, m_ivanov));
        QCOMPARE(sent[4].reply.result.value(QStringLiteral("stats")).toMap(), statsOf(page, m_yolkin));
        QCOMPARE(exec(QStringLiteral("SELECT value FROM marks WHERE lesson_id = ? AND student_id = ?"), {l, m_ivanov}), 4);
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'marks' AND entity_id = ?"), {l}) - auditBefore, 6);
    }

    void twoClientsSeeEachOthersWrites()
    {
        setToday("2025-10-24");
        auto t = as(QStringLiteral("math"));
        auto ct = as(QStringLiteral("ct"));
        const QCborMap open{{QStringLiteral("assignmentId"), m_aMath}, {QStringLiteral("periodId"), m_q1}};
        QVERIFY(ct->call(MessageType::JournalOpen, open).ok);
        QVERIFY(t->call(MessageType::JournalOpen, open).ok);
        ct->clearEvents();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(setMarks(*t, m_lessons.value(QStringLiteral("math:2025-10-24")), m_yolkin, {mark(3), mark(4)}).ok);
        protocol::Event event;
        QVERIFY(ct->waitForEvent(MessageType::EventJournalChanged, 1000, &event));
        QVERIFY(timer.elapsed() < 1000);
        const QCborMap change = event.data.value(QStringLiteral("changes")).toArray().first().toMap();
        QCOMPARE(change.value(QStringLiteral("cell")).toMap().value(QStringLiteral("studentId")).toInteger(), m_yolkin);
        QCOMPARE(change.value(QStringLiteral("cell")).toMap().value(QStringLiteral("marks")).toArray().first().toMap()
                     .value(QStringLiteral("value")).toInteger(), 3);
        // The writer does not get its own change back; after journal.close, no more events.
        QVERIFY(!t->waitForEvent(MessageType::EventJournalChanged, 300));
        QVERIFY(ct->call(MessageType::JournalClose, QCborMap{{QStringLiteral("assignmentId"), m_aMath}}).ok);
        QVERIFY(setMarks(*t, m_lessons.value(QStringLiteral("math:2025-10-24")), m_yolkin, {mark(5)}).ok);
        QVERIFY(!ct->waitForEvent(MessageType::EventJournalChanged, 500));
    }

    void theAnswerIsTheCellAsStored()
    {
        // A batched write builds its answer from what it read before writing: it must be the cell
        // as a reader of the page finds it afterwards, who entered each mark and when included.
        setToday("2025-10-24");
        const qint64 l = m_lessons.value(QStringLiteral("math:2025-10-24"));
        auto t = as(QStringLiteral("math"));
        QVERIFY(setMarks(*t, l, m_abramova, {mark(3), mark(4)}).ok);
        // The director keeps the first mark, changes the second and adds a third.
        const protocol::Response r = setMarks(*as(QStringLiteral("director")), l, m_abramova, {mark(3), mark(5), mark(2, m_sr)});
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborArray marks = r.result.value(QStringLiteral("cell")).toMap().value(QStringLiteral("marks")).toArray();
        QCOMPARE(marks.size(), 3);
        const QString teacher = marks.at(0).toMap().value(QStringLiteral("enteredBy")).toString();
        const QString director = marks.at(1).toMap().value(QStringLiteral("enteredBy")).toString();
        QVERIFY(!teacher.isEmpty() && !director.isEmpty() && teacher != director);
        QCOMPARE(marks.at(2).toMap().value(QStringLiteral("enteredBy")).toString(), director);

        const protocol::Response page = t->call(MessageType::JournalOpen,
                                                QCborMap{{QStringLiteral("assignmentId"), m_aMath}, {QStringLiteral("periodId"), m_q1}});
        QVERIFY(page.ok);
        const auto find = [&](const QString &list, const std::function<bool(const QCborMap &)> &match) {
            for (const QCborValue &v : page.result.value(list).toArray())
                if (match(v.toMap()))
                    return v.toMap();
            return QCborMap();
        };
        const QCborMap stored = find(QStringLiteral("cells"), [&](const QCborMap &c) {
            return c.value(QStringLiteral("lessonId")).toInteger() == l && c.value(QStringLiteral("studentId")).toInteger() == m_abramova;
        });
        QCOMPARE(stored, r.result.value(QStringLiteral("cell")).toMap());
        const QCborMap stats = find(QStringLiteral("stats"), [&](const QCborMap &s) {
            return s.value(QStringLiteral("studentId")).toInteger() == m_abramova;
        });
        QCOMPARE(stats, r.result.value(QStringLiteral("stats")).toMap());
        QVERIFY(stats.value(QStringLiteral("weighted")).toDouble() != stats.value(QStringLiteral("average")).toDouble());
    }

    void figuresFollowWritesMadeOtherWays()
    {
        // A batch's answer takes the pupil's other marks of the period from what earlier batches
        // kept (PeriodMarksCache): a kind's new weight and a mark written by an approved correction
        // must show in the next answer as they do on the page.
        auto t = as(QStringLiteral("math"));
        const qint64 l01 = m_lessons.value(QStringLiteral("math:2025-10-01"));
        const qint64 l08 = m_lessons.value(QStringLiteral("math:2025-09-08"));
        const qint64 l24 = m_lessons.value(QStringLiteral("math:2025-10-24"));
        const auto pageStats = [&] {
            const protocol::Response page = t->call(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), m_aMath},
                                                                                       {QStringLiteral("periodId"), m_q1}});
            for (const QCborValue &v : page.result.value(QStringLiteral("stats")).toArray())
                if (v.toMap().value(QStringLiteral("studentId")).toInteger() == m_yolkin)
                    return v.toMap();
            return QCborMap();
        };
        const auto answerStats = [&](int value) {
            const protocol::Response r = setMarks(*t, l24, m_yolkin, {mark(value)});
            return r.ok ? r.result.value(QStringLiteral("stats")).toMap() : QCborMap();
        };
        setToday("2025-10-02");
        QVERIFY(setMarks(*t, l01, m_yolkin, {mark(2, m_sr)}).ok);
        setToday("2025-10-24");
        QCOMPARE(answerStats(4), pageStats());
        QCOMPARE(answerStats(5), pageStats()); // from what the first answer kept

        QCborMap kind;
        for (const QCborValue &v : t->call(MessageType::WorkKindsList).result.value(QStringLiteral("workKinds")).toArray())
            if (v.toMap().value(QStringLiteral("id")).toInteger() == m_sr)
                kind = v.toMap();
        const double weight = kind.value(QStringLiteral("weight")).toDouble();
        kind.insert(QStringLiteral("weight"), weight + 1.5);
        QVERIFY(write(*m_admin, MessageType::WorkKindsSave, kind).ok);
        const QCborMap reweighted = answerStats(4);
        QCOMPARE(reweighted, pageStats());

        const QCborMap change{{QStringLiteral("type"), QStringLiteral("journal.setMarks")},
                              {QStringLiteral("args"), QCborMap{{QStringLiteral("lessonId"), l08}, {QStringLiteral("studentId"), m_yolkin},
                                                                {QStringLiteral("marks"), QCborArray{mark(2), mark(2)}}}}};
        const qint64 request = write(*t, MessageType::CorrectionsFile,
                                     QCborMap{{QStringLiteral("change"), change}, {QStringLiteral("reason"), QStringLiteral("Ошибка")}})
                                   .result.value(QStringLiteral("id")).toInteger();
        QVERIFY(write(*m_admin, MessageType::CorrectionsDecide, QCborMap{{QStringLiteral("id"), request}, {QStringLiteral("approve"), true}}).ok);
        const QCborMap corrected = answerStats(4);
        QCOMPARE(corrected, pageStats());
        QCOMPARE(corrected.value(QStringLiteral("count")).toInteger(), reweighted.value(QStringLiteral("count")).toInteger() + 1);

        kind.insert(QStringLiteral("weight"), weight);
        QVERIFY(write(*m_admin, MessageType::WorkKindsSave, kind).ok);
    }

    void aCellKnownWholeFollowsItsAttendanceAndTheWritersName()
    {
        // A cell a batch has read or written is answered without a read the next time
        // (PeriodMarksCache knows it whole): attendance and a reason set in between, and the
        // writer's name changed in between, must show in the next answer as they do on the page.
        setToday("2025-10-24");
        const qint64 l = m_lessons.value(QStringLiteral("math:2025-10-24"));
        auto t = as(QStringLiteral("math"));
        const auto pageCell = [&] {
            const protocol::Response page = t->call(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), m_aMath},
                                                                                       {QStringLiteral("periodId"), m_q1}});
            for (const QCborValue &v : page.result.value(QStringLiteral("cells")).toArray())
                if (v.toMap().value(QStringLiteral("lessonId")).toInteger() == l
                    && v.toMap().value(QStringLiteral("studentId")).toInteger() == m_ivanov)
                    return v.toMap();
            return QCborMap();
        };
        const auto answerCell = [&](int value) {
            const protocol::Response r = setMarks(*t, l, m_ivanov, {mark(value)});
            return r.ok ? r.result.value(QStringLiteral("cell")).toMap() : QCborMap();
        };
        const auto attendance = [&](const QCborMap &args) {
            QCborMap a{{QStringLiteral("lessonId"), l}, {QStringLiteral("studentId"), m_ivanov}};
            for (auto it = args.begin(); it != args.end(); ++it)
                a.insert(it.key(), it.value());
            return a;
        };
        QCOMPARE(answerCell(3), pageCell());
        QCOMPARE(answerCell(4), pageCell());

        QVERIFY(write(*t, MessageType::JournalSetAttendance, attendance({{QStringLiteral("kind"), QStringLiteral("absent")}})).ok);
        const QCborMap absent = answerCell(5);
        QCOMPARE(absent.value(QStringLiteral("attendance")).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("absent"));
        QCOMPARE(absent, pageCell());
        QVERIFY(write(*as(QStringLiteral("ct")), MessageType::JournalSetAbsenceReason,
                      attendance({{QStringLiteral("reason"), QStringLiteral("ill")}})).ok);
        const QCborMap ill = answerCell(4);
        QCOMPARE(ill.value(QStringLiteral("attendance")).toMap().value(QStringLiteral("reason")).toString(), QStringLiteral("ill"));
        QCOMPARE(ill, pageCell());

        const auto rename = [&](const QString &surname) {
            return write(*m_admin, MessageType::UsersUpdate, QCborMap{{QStringLiteral("id"), m_teacherMath}, {QStringLiteral("surname"), surname}}).ok;
        };
        auto director = as(QStringLiteral("director"));
        QVERIFY(rename(QStringLiteral("Фролова-Ли")));
        pageCell(); // the teacher's connection takes in the change (its next write is batched again)
        // Someone else's write makes the cell known again after the change, with their name only.
        QVERIFY(setMarks(*director, l, m_ivanov, {mark(4)}).ok);
        const QCborMap renamed = answerCell(5);
        QVERIFY(renamed.value(QStringLiteral("marks")).toArray().at(0).toMap().value(QStringLiteral("enteredBy")).toString().startsWith(
            QStringLiteral("Фролова-Ли")));
        QCOMPARE(renamed, pageCell());

        QVERIFY(rename(QStringLiteral("Фролова")));
        QVERIFY(write(*t, MessageType::JournalSetAttendance, attendance({})).ok);
        QCOMPARE(answerCell(3), pageCell());
    }

    void planFlowsIntoLessons()
    {
        setToday("2025-09-16");
        auto t = as(QStringLiteral("math"));
        const protocol::Response parsed = t->call(MessageType::PlanImportCsv,
                                                  QCborMap{{QStringLiteral("assignmentId"), m_aMath},
                                                           {QStringLiteral("csv"), QStringLiteral("№;Тема;Часы;Домашнее задание\n"
                                                                                                  "1;Натуральные числа;2;§1\n"
                                                                                                  "2;Сложение;x;§2\n"
                                                                                                  "3;Вычитание;1;§3\n")}});
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.result.value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(parsed.result.value(QStringLiteral("errors")).toArray().first().toMap().value(QStringLiteral("line")).toInteger(), 3);
        const protocol::Response saved = write(*t, MessageType::PlanSave,
                                               QCborMap{{QStringLiteral("assignmentId"), m_aMath},
                                                        {QStringLiteral("items"), parsed.result.value(QStringLiteral("items"))}});
        QVERIFY2(saved.ok, qPrintable(saved.error.message));
        QCOMPARE(saved.result.value(QStringLiteral("plannedHours")).toDouble(), 3.0);
        QCOMPARE(saved.result.value(QStringLiteral("curriculumHours")).toDouble(), 4.0 * 34);
        // A page open elsewhere is told to load itself again.
        auto ct = as(QStringLiteral("ct"));
        QVERIFY(ct->call(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), m_aMath}, {QStringLiteral("periodId"), m_q1}}).ok);
        ct->clearEvents();
        const protocol::Response applied = write(*t, MessageType::PlanApply, QCborMap{{QStringLiteral("assignmentId"), m_aMath}});
        QVERIFY2(applied.ok, qPrintable(applied.error.message));
        protocol::Event reload;
        QVERIFY(ct->waitForEvent(MessageType::EventJournalChanged, 1000, &reload));
        QCOMPARE(reload.data, (QCborMap{{QStringLiteral("assignmentId"), m_aMath}, {QStringLiteral("changes"), QCborArray()},
                                        {QStringLiteral("reload"), true}}));
        QVERIFY(ct->call(MessageType::JournalClose, QCborMap{{QStringLiteral("assignmentId"), m_aMath}}).ok);
        // From the 16th: the 17th, 1 Oct and 24 Oct lack topics (2 + 1 hours fill three of them).
        QCOMPARE(applied.result.value(QStringLiteral("filled")).toInteger(), 3);
        QCOMPARE(m_server->fixture().db().scalar(QStringLiteral("SELECT topic FROM lessons WHERE id = ?"),
                                                 {m_lessons.value(QStringLiteral("math:2025-10-24"))})->toString(),
                 QStringLiteral("Вычитание"));
        QCOMPARE(write(*as(QStringLiteral("rus")), MessageType::PlanSave,
                       QCborMap{{QStringLiteral("assignmentId"), m_aMath}, {QStringLiteral("items"), QCborArray()}}).error.code,
                 ErrorCode::PermissionDenied);
    }

    void settingsAreTheAdminsAndValidated()
    {
        auto t = as(QStringLiteral("math"));
        QVERIFY(t->call(MessageType::SettingsGet).ok);
        QCOMPARE(write(*t, MessageType::SettingsUpdate, QCborMap{{QStringLiteral("allowOne"), true}}).error.code,
                 ErrorCode::PermissionDenied);
        const protocol::Response bad = write(*m_admin, MessageType::SettingsUpdate,
                                             QCborMap{{QStringLiteral("rounding"),
                                                       QCborMap{{QStringLiteral("thresholds"), QCborArray{3.5, 2.5, 4.5}}}}});
        QCOMPARE(bad.error.code, ErrorCode::ValidationFailed);
        QCOMPARE(bad.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("rounding.thresholds"));
        const protocol::Response defaults = t->call(MessageType::SettingsGet);
        QCOMPARE(defaults.result.value(QStringLiteral("entryWindows")).toMap().value(QStringLiteral("writtenMark")).toMap()
                     .value(QStringLiteral("days")).toInteger(), 7);
        QCOMPARE(defaults.result.value(QStringLiteral("symbols")).toMap().value(QStringLiteral("absent")).toString(),
                 QStringLiteral("н"));
    }

    void diaryOfAChild()
    {
        auto p = as(QStringLiteral("parent"));
        const QCborMap args{{QStringLiteral("studentId"), m_ivanov}, {QStringLiteral("from"), QStringLiteral("2025-09-01")},
                            {QStringLiteral("to"), QStringLiteral("2025-10-31")}};
        const protocol::Response r = p->call(MessageType::DiaryGet, args);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.value(QStringLiteral("student")).toMap().value(QStringLiteral("className")).toString(), QStringLiteral("5А"));
        int marks = 0;
        for (const QCborValue &l : r.result.value(QStringLiteral("lessons")).toArray())
            marks += int(l.toMap().value(QStringLiteral("marks")).toArray().size());
        QVERIFY(marks >= 5);
        QCOMPARE(as(QStringLiteral("otherparent"))->call(MessageType::DiaryGet, args).error.code, ErrorCode::PermissionDenied);
        // The Russian teacher teaches 5А, so may look; the first-grade class's teacher may not.
        QVERIFY(as(QStringLiteral("rus"))->call(MessageType::DiaryGet, args).ok);
        QCOMPARE(as(QStringLiteral("sub"))->call(MessageType::DiaryGet, args).error.code, ErrorCode::PermissionDenied);
    }

    void testClockIsOnlyForTestServers()
    {
        test::ServerProcess plain;
        QVERIFY(plain.start({QStringLiteral("--db"), test::TestCluster::url(m_server->database()), QStringLiteral("--data-dir"),
                             m_server->dataDir() + QStringLiteral("/plain")}));
        test::TestClient c(plain.port());
        QVERIFY(c.open());
        QVERIFY(c.login(QStringLiteral("admin"), test::TestServer::kAdminPassword));
        QCOMPARE(c.call(MessageType::TestSetClock, QCborMap{{QStringLiteral("date"), QStringLiteral("2025-09-01")}}).error.code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(plain.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
