// Every report against the real server and PostgreSQL, on a small fixed school built here: class 5А
// (9 pupils over the year: one leaves, one arrives, one moves to 5Б), 5Б, 10А (halves; one pupil on
// the list without a registered order); five subjects of 5А: Русский язык, Математика, Английский язык
// (one subgroup), ОРКСЭ (зачёт/незачёт), Физическая культура (one pupil exempt for the year); four
// days of lessons with marks, absences of every reason, whole missed days and lateness; period and
// year marks; movements with orders. Every figure expected below is worked out by hand from the data
// (the arithmetic is in the comments), not computed by the code under test. Then who may ask for
// which report.
#include <QCborArray>
#include <QtTest>

#include "TestClient.h"
#include "TestServer.h"
#include "db/Db.h"
#include "protocol/ArgReader.h"

using namespace cj;
using protocol::ErrorCode;
using protocol::MessageType;

namespace {
const QString kPass = QStringLiteral("Pass-word-1");

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Noon of a school day, as the UTC instant the server stores.
QDateTime noon(const char *iso)
{
    return QDateTime(day(iso), QTime(12, 0)).toUTC();
}

QString wireNoon(const char *iso)
{
    return protocol::dateTimeToWire(noon(iso));
}

QString text(const QCborValue &v)
{
    return v.toString();
}

int integer(const QCborValue &v)
{
    return int(v.toInteger(-999));
}

// Expected rates: a number or null.
using Rate = std::optional<double>;
constexpr std::nullopt_t kNull = std::nullopt;

bool sameRate(const QCborValue &v, Rate expected)
{
    if (!expected)
        return v.isNull();
    return v.isDouble() && qFuzzyCompare(v.toDouble(), *expected);
}

struct SubjectRow {
    const char *name;
    int onList, exempt, withoutMark, n, n5, n4, n3, n2, passed, failed;
    Rate success, quality, sou, average;
};

struct ClassRow {
    int onList, n, excellent, good, oneThree, failing, withoutMarks;
    Rate success, quality;
};

struct TallyRow {
    int missed, ill, excused, unexcused, daysMissed, late;
};

struct ForecastRow {
    const char *pupil;
    const char *subject;
    int count;
    Rate average, weighted;
    int forecast; // 0: null
    int minimum, valid, lessons;
    QStringList risks;
};
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    QHash<QString, std::shared_ptr<test::TestClient>> m_clients;
    qint64 m_year = 0;
    QHash<QString, qint64> m_period;   // "Q1" … "Q4", "H1", "H2"
    QHash<QString, qint64> m_class;    // "5А", "5Б", "10А"
    QHash<QString, qint64> m_subject;  // "rus", "math", "eng", "orkse", "pe"
    QHash<QString, qint64> m_assign;   // "rus", "math", "eng", "orkse", "pe", "math5B", "math10"
    QHash<QString, qint64> m_user;     // by login
    QHash<QString, qint64> m_pupil;    // by surname
    QHash<QString, qint64> m_lesson;   // "math:A" …
    qint64 m_test = 0;                 // kind of work "Тестовая контрольная": weight 3, written, control
    // Final marks inserted, as "surname/subject/kind/period/class" → value ("з"/"нз" for зачёт/незачёт).
    QHash<QString, QString> m_finals;

    qint64 sql(const QString &statement, const QVariantList &params = {})
    {
        const auto v = m_server->fixture().db().scalar(statement, params);
        return v ? v->toLongLong() : 0;
    }

    qint64 school() const { return m_server->schoolId(); }

    void pupil(const QString &surname, const QString &first, const char *gender, qint64 classId, const char *from,
               const char *left = nullptr)
    {
        const qint64 id = sql(QStringLiteral("INSERT INTO students(school_id, surname, first_name, gender) VALUES (?, ?, ?, ?) "
                                             "RETURNING id"),
                              {school(), surname, first, QString::fromLatin1(gender)});
        m_pupil.insert(surname, id);
        membership(surname, classId, from, left);
    }

    void membership(const QString &surname, qint64 classId, const char *from, const char *left = nullptr)
    {
        sql(QStringLiteral("INSERT INTO class_memberships(school_id, student_id, class_id, starts_on, left_on) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {school(), m_pupil.value(surname), classId, day(from), left ? QVariant(day(left)) : QVariant(QMetaType::fromType<QDate>())});
    }

    void movement(const QString &surname, const char *kind, const char *on, const QString &order, qint64 from, qint64 to,
                  const QString &counterpart = {})
    {
        sql(QStringLiteral("INSERT INTO movements(school_id, student_id, kind, on_date, order_number, order_date, "
                           "from_class_id, to_class_id, counterpart) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {school(), m_pupil.value(surname), QString::fromLatin1(kind), day(on), order, day(on),
             from ? QVariant(from) : QVariant(QMetaType::fromType<qint64>()), to ? QVariant(to) : QVariant(QMetaType::fromType<qint64>()),
             counterpart});
    }

    void lesson(const QString &key, const char *date, int number, const QString &topic, const QString &homework)
    {
        const QString subject = key.section(QLatin1Char(':'), 0, 0);
        m_lesson.insert(key, sql(QStringLiteral("INSERT INTO lessons(school_id, assignment_id, on_date, lesson_number, topic, homework) "
                                                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                 {school(), m_assign.value(subject), day(date), number, topic, homework}));
    }

    // An absence («н», reason null/ill/excused/unexcused) or lateness, entered on the lesson's day.
    void attendance(const QString &lessonKey, const QString &surname, const char *kind, const char *reason, const char *date)
    {
        sql(QStringLiteral("INSERT INTO attendance(lesson_id, student_id, school_id, kind, reason, set_by, set_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING lesson_id"),
            {m_lesson.value(lessonKey), m_pupil.value(surname), school(), QString::fromLatin1(kind),
             reason ? QVariant(QString::fromLatin1(reason)) : QVariant(QMetaType::fromType<QString>()), m_server->adminId(),
             noon(date)});
    }

    // A current mark; value 0 with passed for зачёт/незачёт; entered at noon of `entered`.
    void mark(const QString &lessonKey, const QString &surname, int value, const char *entered, qint64 kind = 0, int position = 1,
              std::optional<bool> passed = std::nullopt)
    {
        sql(QStringLiteral("INSERT INTO marks(school_id, lesson_id, student_id, position, value, passed, work_kind_id, "
                           "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {school(), m_lesson.value(lessonKey), m_pupil.value(surname), position,
             value ? QVariant(value) : QVariant(QMetaType::fromType<int>()),
             passed ? QVariant(*passed) : QVariant(QMetaType::fromType<bool>()), kind ? QVariant(kind) : QVariant(QMetaType::fromType<qint64>()),
             m_server->adminId(), noon(entered)});
    }

    // A period/year mark: "5", "з" (зачёт) or "нз" (незачёт).
    void finalMark(const QString &surname, const QString &subject, const QString &kind, const QString &period, const QString &cls,
                   const QString &value)
    {
        const bool passFail = value.endsWith(QStringLiteral("з"));
        sql(QStringLiteral("INSERT INTO final_marks(school_id, student_id, subject_id, class_id, year_id, kind, period_id, value, "
                           "passed, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) RETURNING id"),
            {school(), m_pupil.value(surname), m_subject.value(subject), m_class.value(cls), m_year, kind,
             period.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(m_period.value(period)),
             passFail ? QVariant(QMetaType::fromType<int>()) : QVariant(value.toInt()),
             passFail ? QVariant(value == QStringLiteral("з")) : QVariant(QMetaType::fromType<bool>()), m_server->adminId()});
        m_finals.insert(QStringList{surname, subject, kind, period, cls}.join(QLatin1Char('/')), value);
    }

    // One row of marks by subject: "math rus orkse pe eng", "-" for none.
    void finalRow(const QString &surname, const QString &kind, const QString &period, const QString &cls, const QString &marks)
    {
        const QStringList subjects{QStringLiteral("math"), QStringLiteral("rus"), QStringLiteral("orkse"), QStringLiteral("pe"),
                                   QStringLiteral("eng")};
        const QStringList values = marks.split(QLatin1Char(' '));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i) != QLatin1String("-"))
                finalMark(surname, subjects.at(i), kind, period, cls, values.at(i));
        }
    }

    test::TestClient &as(const QString &login)
    {
        auto &c = m_clients[login];
        if (!c) {
            c = std::make_shared<test::TestClient>(m_server->port());
            if (!c->open() || !c->login(login, login == QLatin1String("admin") ? test::TestServer::kAdminPassword : kPass))
                qFatal("%s cannot sign in", qPrintable(login));
        }
        return *c;
    }

    QCborMap report(MessageType type, const QCborMap &args, const QString &login = QStringLiteral("deputy"))
    {
        const protocol::Response r = as(login).call(type, args);
        if (!r.ok)
            qWarning().noquote() << protocol::messageTypeName(type) << "refused:" << r.error.message;
        return r.ok ? r.result : QCborMap();
    }

    QCborMap classArgs(const char *cls) const { return QCborMap{{QStringLiteral("classId"), m_class.value(QString::fromUtf8(cls))}}; }

    static QCborMap withArg(QCborMap args, const QString &key, const QCborValue &value)
    {
        args.insert(key, value);
        return args;
    }

    static void checkSubject(const QCborMap &row, const SubjectRow &e)
    {
        const QString where = QString::fromUtf8(e.name);
        QCOMPARE(text(row[QStringLiteral("subjectName")]), where);
        QCOMPARE(integer(row[QStringLiteral("onList")]), e.onList);
        QCOMPARE(integer(row[QStringLiteral("exempt")]), e.exempt);
        QCOMPARE(integer(row[QStringLiteral("withoutMark")]), e.withoutMark);
        QCOMPARE(integer(row[QStringLiteral("n")]), e.n);
        QCOMPARE(integer(row[QStringLiteral("n5")]), e.n5);
        QCOMPARE(integer(row[QStringLiteral("n4")]), e.n4);
        QCOMPARE(integer(row[QStringLiteral("n3")]), e.n3);
        QCOMPARE(integer(row[QStringLiteral("n2")]), e.n2);
        QCOMPARE(integer(row[QStringLiteral("passed")]), e.passed);
        QCOMPARE(integer(row[QStringLiteral("failed")]), e.failed);
        QVERIFY2(sameRate(row[QStringLiteral("successRate")], e.success), qPrintable(where));
        QVERIFY2(sameRate(row[QStringLiteral("qualityRate")], e.quality), qPrintable(where));
        QVERIFY2(sameRate(row[QStringLiteral("sou")], e.sou), qPrintable(where));
        QVERIFY2(sameRate(row[QStringLiteral("average")], e.average), qPrintable(where));
    }

    static void checkSubjects(const QCborValue &rows, const QList<SubjectRow> &expected)
    {
        QCOMPARE(rows.toArray().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            checkSubject(rows[i].toMap(), expected.at(i));
    }

    static void checkCounts(const QCborMap &row, const ClassRow &e)
    {
        QCOMPARE(integer(row[QStringLiteral("onList")]), e.onList);
        QCOMPARE(integer(row[QStringLiteral("n")]), e.n);
        for (const auto &[key, value] : {std::pair{"excellent", e.excellent}, std::pair{"good", e.good},
                                         std::pair{"oneThree", e.oneThree}, std::pair{"failing", e.failing},
                                         std::pair{"withoutMarks", e.withoutMarks}}) {
            const QCborValue v = row[QString::fromLatin1(key)];
            QCOMPARE(v.isArray() ? int(v.toArray().size()) : integer(v), value);
        }
        QVERIFY(sameRate(row[QStringLiteral("successRate")], e.success));
        QVERIFY(sameRate(row[QStringLiteral("qualityRate")], e.quality));
    }

    static QStringList names(const QCborValue &pupils)
    {
        QStringList list;
        for (const QCborValue &p : pupils.toArray())
            list.append(text(p[QStringLiteral("fullName")]));
        return list;
    }

    static void checkTally(const QCborValue &t, const TallyRow &e)
    {
        QCOMPARE(integer(t[QStringLiteral("missed")]), e.missed);
        QCOMPARE(integer(t[QStringLiteral("ill")]), e.ill);
        QCOMPARE(integer(t[QStringLiteral("excused")]), e.excused);
        QCOMPARE(integer(t[QStringLiteral("unexcused")]), e.unexcused);
        QCOMPARE(integer(t[QStringLiteral("daysMissed")]), e.daysMissed);
        QCOMPARE(integer(t[QStringLiteral("late")]), e.late);
    }

    static QCborMap movementOf(const QCborValue &list, int i) { return list.toArray().at(i).toMap(); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void periodResultsOfTheClass();
    void periodResultsForTheYear();
    void periodResultsOfOneAssignment();
    void progressStatement();
    void attendanceStatement();
    void attendanceMonth();
    void movementStatements();
    void classTeacherReport();
    void forecast();
    void parentLetters();
    void studentDynamics();
    void schoolEnrolment();
    void schoolMovement();
    void schoolResults();
    void journalControl();
    void classJournalAndSubjectPages();
    void badArguments();
    void whoMayAskForWhich_data();
    void whoMayAskForWhich();
};

void TestReports::initTestCase()
{
    QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
    m_server = std::make_unique<test::TestServer>(QStringLiteral("reports"));
    const qint64 s = school();
    test::Fixture &f = m_server->fixture();
    sql(QStringLiteral("UPDATE schools SET name = 'МБОУ «Тестовая школа»', short_name = 'Тестовая школа', "
                       "address = 'г. Тула, ул. Мира, 1', director_name = 'Иванов И. И.' WHERE id = ? RETURNING id"), {s});
    const auto teacher = [&](const char *login, const char *surname, const char *first) {
        m_user.insert(QString::fromLatin1(login), f.user(s, QString::fromLatin1(login), kPass, Role::Teacher,
                                                          QString::fromUtf8(surname), QString::fromUtf8(first)));
    };
    teacher("math", "Фролова", "Анна");
    teacher("rus", "Гусева", "Вера");
    teacher("eng", "Новикова", "Елена");
    teacher("pe", "Кузнецов", "Кирилл");
    teacher("ct", "Орлова", "Нина");     // class teacher of 5А, teaches nothing
    teacher("ct2", "Соколова", "Софья"); // class teacher of 5Б, teaches mathematics in 5Б and 10А
    teacher("sub", "Зуев", "Олег");
    for (const auto &[login, role] : {std::pair{"deputy", Role::Deputy}, std::pair{"director", Role::Director},
                                      std::pair{"secretary", Role::Secretary}, std::pair{"student", Role::Student},
                                      std::pair{"parent", Role::Parent}})
        m_user.insert(QString::fromLatin1(login), f.user(s, QString::fromLatin1(login), kPass, role));

    m_year = sql(QStringLiteral("INSERT INTO academic_years(school_id, name, starts_on, ends_on) "
                                "VALUES (?, '2025/2026', '2025-09-01', '2026-05-31') RETURNING id"), {s});
    const auto period = [&](const char *key, const char *scheme, int number, const char *name, const char *from, const char *to) {
        m_period.insert(QString::fromLatin1(key),
                        sql(QStringLiteral("INSERT INTO periods(school_id, year_id, scheme, number, name, starts_on, ends_on) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            {s, m_year, QString::fromLatin1(scheme), number, QString::fromUtf8(name), day(from), day(to)}));
    };
    period("Q1", "quarters", 1, "1 четверть", "2025-09-01", "2025-10-24");
    period("Q2", "quarters", 2, "2 четверть", "2025-11-05", "2025-12-28");
    period("Q3", "quarters", 3, "3 четверть", "2026-01-12", "2026-03-20");
    period("Q4", "quarters", 4, "4 четверть", "2026-03-30", "2026-05-26");
    period("H1", "halves", 1, "1 полугодие", "2025-09-01", "2025-12-28");
    period("H2", "halves", 2, "2 полугодие", "2026-01-12", "2026-05-26");
    const auto cls = [&](const char *name, int grade, const char *letter, qint64 teacherId, const char *scheme) {
        m_class.insert(QString::fromUtf8(name),
                       sql(QStringLiteral("INSERT INTO classes(school_id, year_id, grade, letter, class_teacher_id, period_scheme) "
                                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {s, m_year, grade, QString::fromUtf8(letter),
                            teacherId ? QVariant(teacherId) : QVariant(QMetaType::fromType<qint64>()), QString::fromLatin1(scheme)}));
    };
    cls("5А", 5, "А", m_user.value(QStringLiteral("ct")), "quarters");
    cls("5Б", 5, "Б", m_user.value(QStringLiteral("ct2")), "quarters");
    cls("10А", 10, "А", 0, "halves");
    const auto subject = [&](const char *key, const char *name, int order, const char *grading, bool extended) {
        m_subject.insert(QString::fromLatin1(key),
                         sql(QStringLiteral("INSERT INTO subjects(school_id, name, sort_order, grading, extended_window) "
                                            "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                             {s, QString::fromUtf8(name), order, QString::fromLatin1(grading), extended}));
    };
    subject("rus", "Русский язык", 1, "marks", true);
    subject("math", "Математика", 2, "marks", false);
    subject("eng", "Английский язык", 3, "marks", false);
    subject("orkse", "ОРКСЭ", 4, "pass_fail", false);
    subject("pe", "Физическая культура", 5, "marks", false);
    m_test = sql(QStringLiteral("INSERT INTO work_kinds(school_id, name, weight, written, control) "
                                "VALUES (?, 'Тестовая контрольная', 3, true, true) RETURNING id"), {s});
    const qint64 c5a = m_class.value(QStringLiteral("5А"));
    const qint64 group = sql(QStringLiteral("INSERT INTO subgroups(school_id, class_id, subject_id, name) "
                                            "VALUES (?, ?, ?, '1 группа') RETURNING id"), {s, c5a, m_subject.value(QStringLiteral("eng"))});
    const auto assign = [&](const char *key, const char *cls, const char *subject, const char *teacherLogin, double hours,
                            qint64 subgroup) {
        m_assign.insert(QString::fromLatin1(key),
                        sql(QStringLiteral("INSERT INTO assignments(school_id, class_id, subject_id, subgroup_id, teacher_id, "
                                           "hours_per_week) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                            {s, m_class.value(QString::fromUtf8(cls)), m_subject.value(QString::fromLatin1(subject)),
                             subgroup ? QVariant(subgroup) : QVariant(QMetaType::fromType<qint64>()),
                             m_user.value(QString::fromLatin1(teacherLogin)), hours}));
    };
    assign("rus", "5А", "rus", "rus", 5, 0);
    assign("math", "5А", "math", "math", 4, 0);
    assign("eng", "5А", "eng", "eng", 2, group);
    assign("orkse", "5А", "orkse", "rus", 1, 0);
    assign("pe", "5А", "pe", "pe", 2, 0);
    assign("math5B", "5Б", "math", "ct2", 4, 0);
    assign("math10", "10А", "math", "ct2", 4, 0);

    // 5А: eight from the first day; Жуков arrives 01.10; Петров moves to 5Б 06.10; Яшин leaves 15.10.
    const qint64 c5b = m_class.value(QStringLiteral("5Б"));
    const qint64 c10 = m_class.value(QStringLiteral("10А"));
    pupil(QStringLiteral("Абрамова"), QStringLiteral("Анна"), "f", c5a, "2025-09-01");
    pupil(QStringLiteral("Борисов"), QStringLiteral("Борис"), "m", c5a, "2025-09-01");
    pupil(QStringLiteral("Васильева"), QStringLiteral("Вера"), "f", c5a, "2025-09-01");
    pupil(QStringLiteral("Григорьев"), QStringLiteral("Глеб"), "m", c5a, "2025-09-01");
    pupil(QStringLiteral("Дмитриева"), QStringLiteral("Дарья"), "f", c5a, "2025-09-01");
    pupil(QStringLiteral("Ёлкин"), QStringLiteral("Егор"), "m", c5a, "2025-09-01");
    pupil(QStringLiteral("Жуков"), QStringLiteral("Жан"), "m", c5a, "2025-10-01");
    pupil(QStringLiteral("Петров"), QStringLiteral("Пётр"), "m", c5a, "2025-09-01", "2025-10-06");
    membership(QStringLiteral("Петров"), c5b, "2025-10-06");
    pupil(QStringLiteral("Яшин"), QStringLiteral("Яков"), "m", c5a, "2025-09-01", "2025-10-15");
    pupil(QStringLiteral("Сидоров"), QStringLiteral("Семён"), "m", c5b, "2025-09-01");
    pupil(QStringLiteral("Тарасова"), QStringLiteral("Таисия"), "f", c5b, "2025-09-01");
    pupil(QStringLiteral("Ульянов"), QStringLiteral("Устин"), "m", c10, "2025-09-01");
    pupil(QStringLiteral("Фёдорова"), QStringLiteral("Фаина"), "f", c10, "2025-09-01");
    pupil(QStringLiteral("Шилов"), QStringLiteral("Шамиль"), "m", c10, "2025-11-17"); // no order registered
    for (const QString &name : {QStringLiteral("Абрамова"), QStringLiteral("Борисов"), QStringLiteral("Васильева"),
                                QStringLiteral("Григорьев"), QStringLiteral("Дмитриева"), QStringLiteral("Ёлкин"),
                                QStringLiteral("Петров"), QStringLiteral("Яшин")})
        movement(name, "enrolment", "2025-09-01", QStringLiteral("№ 1-у"), 0, c5a);
    for (const QString &name : {QStringLiteral("Сидоров"), QStringLiteral("Тарасова")})
        movement(name, "enrolment", "2025-09-01", QStringLiteral("№ 1-у"), 0, c5b);
    for (const QString &name : {QStringLiteral("Ульянов"), QStringLiteral("Фёдорова")})
        movement(name, "enrolment", "2025-09-01", QStringLiteral("№ 1-у"), 0, c10);
    movement(QStringLiteral("Жуков"), "enrolment", "2025-10-01", QStringLiteral("№ 12-у"), 0, c5a, QStringLiteral("МБОУ СОШ № 5"));
    movement(QStringLiteral("Петров"), "transfer", "2025-10-06", QStringLiteral("№ 15-у"), c5a, c5b);
    movement(QStringLiteral("Яшин"), "leaving", "2025-10-15", QStringLiteral("№ 17-у"), c5a, 0, QStringLiteral("МБОУ СОШ № 3 г. Тулы"));
    for (const QString &name : {QStringLiteral("Абрамова"), QStringLiteral("Борисов"), QStringLiteral("Григорьев")})
        sql(QStringLiteral("INSERT INTO subgroup_memberships(school_id, student_id, subgroup_id, starts_on) "
                           "VALUES (?, ?, ?, '2025-09-01') RETURNING id"), {s, m_pupil.value(name), group});
    // Personal data of one pupil, her guardian (the parent account) and her own account.
    sql(QStringLiteral("UPDATE students SET birth_date = '2014-03-15', address = 'ул. Ленина, 1', user_id = ? WHERE id = ? "
                       "RETURNING id"), {m_user.value(QStringLiteral("student")), m_pupil.value(QStringLiteral("Абрамова"))});
    const qint64 mother = sql(QStringLiteral("INSERT INTO guardians(school_id, surname, first_name, relation, user_id) "
                                             "VALUES (?, 'Абрамова', 'Мария', 'мать', ?) RETURNING id"), {s, m_user.value(QStringLiteral("parent"))});
    sql(QStringLiteral("INSERT INTO student_guardians(student_id, guardian_id) VALUES (?, ?) RETURNING student_id"),
        {m_pupil.value(QStringLiteral("Абрамова")), mother});
    sql(QStringLiteral("INSERT INTO exemptions(school_id, student_id, subject_id, year_id, reason) "
                       "VALUES (?, ?, ?, ?, 'справка') RETURNING id"),
        {s, m_pupil.value(QStringLiteral("Дмитриева")), m_subject.value(QStringLiteral("pe")), m_year});

    // Lessons of 5А. A: Mon 08.09, B: Wed 10.09, C: Mon 13.10, D: Tue 11.11.
    lesson(QStringLiteral("rus:A"), "2025-09-08", 1, QStringLiteral("Фонетика"), QStringLiteral("упр. 10"));
    lesson(QStringLiteral("math:A"), "2025-09-08", 2, QStringLiteral("Натуральные числа"), QStringLiteral("№ 100"));
    lesson(QStringLiteral("eng:A"), "2025-09-08", 3, QStringLiteral("Greetings"), QString());
    lesson(QStringLiteral("pe:A"), "2025-09-08", 4, QString(), QString());
    lesson(QStringLiteral("math:B"), "2025-09-10", 1, QStringLiteral("Сложение"), QStringLiteral("№ 110"));
    lesson(QStringLiteral("rus:B"), "2025-09-10", 2, QStringLiteral("Орфоэпия"), QString());
    lesson(QStringLiteral("orkse:B"), "2025-09-10", 3, QStringLiteral("Введение"), QString());
    lesson(QStringLiteral("rus:C"), "2025-10-13", 1, QStringLiteral("Лексика"), QStringLiteral("упр. 45"));
    lesson(QStringLiteral("math:C"), "2025-10-13", 2, QString(), QStringLiteral("№ 120"));
    lesson(QStringLiteral("eng:C"), "2025-10-13", 3, QStringLiteral("Family"), QStringLiteral("p. 12 ex. 3"));
    lesson(QStringLiteral("pe:C"), "2025-10-13", 4, QStringLiteral("Бег"), QString());
    lesson(QStringLiteral("math:D"), "2025-11-11", 1, QStringLiteral("Дроби"), QString());
    lesson(QStringLiteral("rus:D"), "2025-11-11", 2, QStringLiteral("Морфемика"), QString());
    sql(QStringLiteral("INSERT INTO substitutions(school_id, lesson_id, teacher_id) VALUES (?, ?, ?) RETURNING id"),
        {s, m_lesson.value(QStringLiteral("math:B")), m_user.value(QStringLiteral("sub"))});
    int position = 0;
    for (double hours : {1.0, 1.0, 2.0})
        sql(QStringLiteral("INSERT INTO plan_items(school_id, assignment_id, position, topic, hours) VALUES (?, ?, ?, 'Тема', ?) "
                           "RETURNING id"), {s, m_assign.value(QStringLiteral("math")), ++position, hours});

    // Attendance. A: Ёлкин misses all his three lessons (ill) — a whole day, the subgroup's English
    // not being his; Григорьев misses Russian (excused), mathematics (unexcused) and English (no
    // reason yet) but comes to PE; Абрамова is late to mathematics. B: Борисов misses the whole day
    // (no reason); Петров is late to Russian. C: Яшин misses Russian (ill), is late to mathematics.
    // D: Жуков misses both lessons (excused, a whole day); Васильева misses mathematics (ill).
    for (const char *lessonKey : {"rus:A", "math:A", "pe:A"})
        attendance(QString::fromLatin1(lessonKey), QStringLiteral("Ёлкин"), "absent", "ill", "2025-09-08");
    attendance(QStringLiteral("rus:A"), QStringLiteral("Григорьев"), "absent", "excused", "2025-09-08");
    attendance(QStringLiteral("math:A"), QStringLiteral("Григорьев"), "absent", "unexcused", "2025-09-08");
    attendance(QStringLiteral("eng:A"), QStringLiteral("Григорьев"), "absent", nullptr, "2025-09-08");
    attendance(QStringLiteral("math:A"), QStringLiteral("Абрамова"), "late", nullptr, "2025-09-08");
    for (const char *lessonKey : {"math:B", "rus:B", "orkse:B"})
        attendance(QString::fromLatin1(lessonKey), QStringLiteral("Борисов"), "absent", nullptr, "2025-09-10");
    attendance(QStringLiteral("rus:B"), QStringLiteral("Петров"), "late", nullptr, "2025-09-10");
    attendance(QStringLiteral("rus:C"), QStringLiteral("Яшин"), "absent", "ill", "2025-10-13");
    attendance(QStringLiteral("math:C"), QStringLiteral("Яшин"), "late", nullptr, "2025-10-13");
    attendance(QStringLiteral("math:D"), QStringLiteral("Жуков"), "absent", "excused", "2025-11-11");
    attendance(QStringLiteral("rus:D"), QStringLiteral("Жуков"), "absent", "excused", "2025-11-11");
    attendance(QStringLiteral("math:D"), QStringLiteral("Васильева"), "absent", "ill", "2025-11-11");

    // Current marks (entered on the lesson's day unless said). "k": the weight-3 written control work.
    mark(QStringLiteral("math:A"), QStringLiteral("Абрамова"), 5, "2025-09-08");
    mark(QStringLiteral("math:A"), QStringLiteral("Борисов"), 4, "2025-09-08");
    mark(QStringLiteral("math:A"), QStringLiteral("Васильева"), 5, "2025-09-08");
    mark(QStringLiteral("math:A"), QStringLiteral("Дмитриева"), 5, "2025-09-08");
    mark(QStringLiteral("math:B"), QStringLiteral("Абрамова"), 5, "2025-09-16", m_test);  // k, 6 days later: in time (7)
    mark(QStringLiteral("math:B"), QStringLiteral("Васильева"), 4, "2025-09-10", m_test); // k
    mark(QStringLiteral("math:B"), QStringLiteral("Григорьев"), 2, "2025-09-10", m_test); // k
    mark(QStringLiteral("math:B"), QStringLiteral("Дмитриева"), 5, "2025-09-10");
    mark(QStringLiteral("math:B"), QStringLiteral("Ёлкин"), 3, "2025-09-10");
    mark(QStringLiteral("math:B"), QStringLiteral("Петров"), 4, "2025-09-10");
    mark(QStringLiteral("math:B"), QStringLiteral("Яшин"), 4, "2025-09-10");
    mark(QStringLiteral("math:C"), QStringLiteral("Абрамова"), 4, "2025-10-13", 0, 1); // «4/5»
    mark(QStringLiteral("math:C"), QStringLiteral("Абрамова"), 5, "2025-10-13", 0, 2);
    mark(QStringLiteral("math:C"), QStringLiteral("Борисов"), 3, "2025-10-24", m_test);  // k, 11 days later: late
    mark(QStringLiteral("math:C"), QStringLiteral("Григорьев"), 2, "2025-10-13", 0, 1);  // «2/3»
    mark(QStringLiteral("math:C"), QStringLiteral("Григорьев"), 3, "2025-10-13", 0, 2);
    mark(QStringLiteral("math:C"), QStringLiteral("Ёлкин"), 3, "2025-10-14");            // oral, next day: late
    mark(QStringLiteral("math:C"), QStringLiteral("Жуков"), 5, "2025-10-13");
    mark(QStringLiteral("rus:B"), QStringLiteral("Абрамова"), 5, "2025-09-10");
    mark(QStringLiteral("rus:B"), QStringLiteral("Васильева"), 3, "2025-09-22", m_test); // k, Russian: 10 working days → 24.09
    mark(QStringLiteral("eng:C"), QStringLiteral("Борисов"), 4, "2025-10-13");
    mark(QStringLiteral("orkse:B"), QStringLiteral("Абрамова"), 0, "2025-09-10", 0, 1, true);
    mark(QStringLiteral("orkse:B"), QStringLiteral("Григорьев"), 0, "2025-09-10", 0, 1, false);
    mark(QStringLiteral("orkse:B"), QStringLiteral("Ёлкин"), 0, "2025-09-10", 0, 1, true);

    // Period and year marks (math rus orkse pe eng). Дмитриева's PE «2» stands although she is exempt:
    // the reports must leave it out. Яшин's Q1 mark was set before he left: not on the list at the end.
    const QString q = QStringLiteral("period");
    const QString y = QStringLiteral("year");
    const QString a5 = QStringLiteral("5А");
    finalRow(QStringLiteral("Абрамова"), q, QStringLiteral("Q1"), a5, QStringLiteral("5 5 з 5 5"));
    finalRow(QStringLiteral("Борисов"), q, QStringLiteral("Q1"), a5, QStringLiteral("4 5 з 4 4"));
    finalRow(QStringLiteral("Васильева"), q, QStringLiteral("Q1"), a5, QStringLiteral("5 3 з 4 -"));
    finalRow(QStringLiteral("Григорьев"), q, QStringLiteral("Q1"), a5, QStringLiteral("2 3 нз 4 3"));
    finalRow(QStringLiteral("Дмитриева"), q, QStringLiteral("Q1"), a5, QStringLiteral("5 4 з 2 -"));
    finalRow(QStringLiteral("Ёлкин"), q, QStringLiteral("Q1"), a5, QStringLiteral("3 3 з 4 -"));
    finalRow(QStringLiteral("Яшин"), q, QStringLiteral("Q1"), a5, QStringLiteral("4 - - - -"));
    finalRow(QStringLiteral("Абрамова"), y, QString(), a5, QStringLiteral("5 5 з 5 5"));
    finalRow(QStringLiteral("Борисов"), y, QString(), a5, QStringLiteral("4 4 з 5 4"));
    finalRow(QStringLiteral("Васильева"), y, QString(), a5, QStringLiteral("4 4 з 4 -"));
    finalRow(QStringLiteral("Григорьев"), y, QString(), a5, QStringLiteral("3 3 з 4 3"));
    finalRow(QStringLiteral("Дмитриева"), y, QString(), a5, QStringLiteral("5 5 з - -"));
    finalRow(QStringLiteral("Ёлкин"), y, QString(), a5, QStringLiteral("3 4 з 4 -"));
    finalRow(QStringLiteral("Жуков"), y, QString(), a5, QStringLiteral("4 5 з 5 -"));
    const QString b5 = QStringLiteral("5Б");
    finalRow(QStringLiteral("Сидоров"), q, QStringLiteral("Q1"), b5, QStringLiteral("5"));
    finalRow(QStringLiteral("Тарасова"), q, QStringLiteral("Q1"), b5, QStringLiteral("4"));
    finalRow(QStringLiteral("Петров"), q, QStringLiteral("Q1"), b5, QStringLiteral("3"));
    finalRow(QStringLiteral("Сидоров"), y, QString(), b5, QStringLiteral("5"));
    finalRow(QStringLiteral("Тарасова"), y, QString(), b5, QStringLiteral("5"));
    finalRow(QStringLiteral("Петров"), y, QString(), b5, QStringLiteral("4"));
    const QString a10 = QStringLiteral("10А");
    finalRow(QStringLiteral("Ульянов"), q, QStringLiteral("H1"), a10, QStringLiteral("2"));
    finalRow(QStringLiteral("Фёдорова"), q, QStringLiteral("H1"), a10, QStringLiteral("5"));
    finalRow(QStringLiteral("Ульянов"), y, QString(), a10, QStringLiteral("3"));
    finalRow(QStringLiteral("Фёдорова"), y, QString(), a10, QStringLiteral("5"));

    // Teachers' activity in the audit log: mathematics 3 entries in 1 четверть and one after it;
    // English one before the year.
    for (const char *at : {"2025-09-08", "2025-09-10", "2025-10-01", "2025-11-01"})
        sql(QStringLiteral("INSERT INTO audit_log(school_id, user_id, entity, action, at) VALUES (?, ?, 'marks', 'set', ?) RETURNING id"),
            {s, m_user.value(QStringLiteral("math")), noon(at)});
    sql(QStringLiteral("INSERT INTO audit_log(school_id, user_id, entity, action, at) VALUES (?, ?, 'lesson', 'set', ?) RETURNING id"),
        {s, m_user.value(QStringLiteral("eng")), noon("2025-08-30")});

    QVERIFY2(m_server->start({QStringLiteral("--test-clock")}), qPrintable(m_server->process().log()));
    const protocol::Response clock = as(QStringLiteral("admin")).call(
        MessageType::TestSetClock, QCborMap{{QStringLiteral("date"), QStringLiteral("2026-06-15")}, {QStringLiteral("time"), QStringLiteral("12:00")}});
    QVERIFY2(clock.ok, qPrintable(clock.error.message));
}

void TestReports::cleanupTestCase()
{
    m_clients.clear();
    const int code = m_server->stop();
    if (code != 0)
        qWarning().noquote() << m_server->process().log().right(3000);
    QCOMPARE(code, 0);
}

void TestReports::periodResultsOfTheClass()
{
    const QCborMap r = report(MessageType::ReportsPeriodResults,
                              withArg(classArgs("5А"), QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1"))));
    QVERIFY(!r.isEmpty());
    const QCborMap header = r[QStringLiteral("header")].toMap();
    QCOMPARE(text(header[QStringLiteral("school")][QStringLiteral("name")]), QStringLiteral("МБОУ «Тестовая школа»"));
    QCOMPARE(text(header[QStringLiteral("school")][QStringLiteral("address")]), QStringLiteral("г. Тула, ул. Мира, 1"));
    QCOMPARE(text(header[QStringLiteral("school")][QStringLiteral("directorName")]), QStringLiteral("Иванов И. И."));
    QCOMPARE(text(header[QStringLiteral("year")][QStringLiteral("name")]), QStringLiteral("2025/2026"));
    QCOMPARE(text(header[QStringLiteral("class")][QStringLiteral("name")]), QStringLiteral("5А"));
    QCOMPARE(text(header[QStringLiteral("class")][QStringLiteral("classTeacherName")]), QStringLiteral("Орлова Н."));
    QCOMPARE(text(header[QStringLiteral("period")][QStringLiteral("name")]), QStringLiteral("1 четверть"));
    QCOMPARE(text(header[QStringLiteral("from")]), QStringLiteral("2025-09-01"));
    QCOMPARE(text(header[QStringLiteral("to")]), QStringLiteral("2025-10-24"));
    QVERIFY(header[QStringLiteral("generatedAt")].isString());

    // On the list on 24.10: Абрамова, Борисов, Васильева, Григорьев, Дмитриева, Ёлкин, Жуков (arrived
    // 01.10) = 7; Петров (moved 06.10) and Яшин (left 15.10, his «4» notwithstanding) are not.
    checkSubjects(r[QStringLiteral("subjects")],
                  {// 5 5 3 3 4 3, Жуков none: N = 6; n5 2, n4 1, n3 3.
                   {"Русский язык", 7, 0, 1, 6, 2, 1, 3, 0, 0, 0, 100.0, 300.0 / 6, 372.0 / 6 /* 200+64+108 */, 23.0 / 6 /* 10+4+9 */},
                   // 5 4 5 2 5 3: N = 6; n5 3, n4 1, n3 1, n2 1: (3+1+1)/6, (3+1)/6, (300+64+36+16)/6, (15+4+3+2)/6.
                   {"Математика", 7, 0, 1, 6, 3, 1, 1, 1, 0, 0, 500.0 / 6, 400.0 / 6, 416.0 / 6, 24.0 / 6},
                   // The subgroup's three: 5 4 3; the other four have no mark: N = 3, СОУ (100+64+36)/3.
                   {"Английский язык", 7, 0, 4, 3, 1, 1, 1, 0, 0, 0, 100.0, 200.0 / 3, 200.0 / 3, 12.0 / 3},
                   // зачёт 5, незачёт 1 (Григорьев), Жуков none: N = 6; 5/6.
                   {"ОРКСЭ", 7, 0, 1, 6, 0, 0, 0, 0, 5, 1, 500.0 / 6, kNull, kNull, kNull},
                   // Дмитриева exempt (her «2» left out), Жуков none: N = 5: 5 4 4 4 4; (100+256)/5, (5+16)/5.
                   {"Физическая культура", 7, 1, 1, 5, 1, 4, 0, 0, 0, 0, 100.0, 100.0, 356.0 / 5, 21.0 / 5}});
    // Абрамова all «5» (and зачёт); Борисов 4 5 з 4 4; Дмитриева 5 4 з (PE exempt); Васильева one «3»
    // (Russian); Григорьев «2» and незачёт; Ёлкин two «3»; Жуков no marks: N = 6.
    const QCborMap cls = r[QStringLiteral("class")].toMap();
    checkCounts(cls, ClassRow{7, 6, 1, 2, 1, 1, 1, 500.0 / 6 /* (6−1)/6 */, 300.0 / 6 /* (1+2)/6 */});
    QCOMPARE(names(cls[QStringLiteral("excellent")]), QStringList{QStringLiteral("Абрамова Анна")});
    QCOMPARE(names(cls[QStringLiteral("good")]), (QStringList{QStringLiteral("Борисов Борис"), QStringLiteral("Дмитриева Дарья")}));
    QCOMPARE(names(cls[QStringLiteral("oneThree")]), QStringList{QStringLiteral("Васильева Вера")});
    QCOMPARE(text(cls[QStringLiteral("oneThree")][0][QStringLiteral("subjectName")]), QStringLiteral("Русский язык"));
    QCOMPARE(names(cls[QStringLiteral("failing")]), QStringList{QStringLiteral("Григорьев Глеб")});
    QCOMPARE(cls[QStringLiteral("failing")][0][QStringLiteral("subjects")].toArray().toVariantList(),
             (QVariantList{QStringLiteral("Математика"), QStringLiteral("ОРКСЭ")}));
    QCOMPARE(names(cls[QStringLiteral("withoutMarks")]), QStringList{QStringLiteral("Жуков Жан")});
    QVERIFY(text(r[QStringLiteral("formula")]).contains(QStringLiteral("СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N")));
    QVERIFY(text(r[QStringLiteral("formula")]).contains(QStringLiteral("выбывшие до конца периода не учитываются")));
}

void TestReports::periodResultsForTheYear()
{
    const QCborMap r = report(MessageType::ReportsPeriodResults, withArg(classArgs("5А"), QStringLiteral("year"), true));
    QVERIFY(r[QStringLiteral("header")][QStringLiteral("period")].isNull());
    QCOMPARE(text(r[QStringLiteral("header")][QStringLiteral("to")]), QStringLiteral("2026-05-26")); // the last quarter's end
    checkSubjects(r[QStringLiteral("subjects")],
                  {// 5 4 4 3 5 4 5: n5 3, n4 3, n3 1; (300+192+36)/7, (15+12+3)/7.
                   {"Русский язык", 7, 0, 0, 7, 3, 3, 1, 0, 0, 0, 100.0, 600.0 / 7, 528.0 / 7, 30.0 / 7},
                   // 5 4 4 3 5 3 4: n5 2, n4 3, n3 2; (200+192+72)/7, (10+12+6)/7.
                   {"Математика", 7, 0, 0, 7, 2, 3, 2, 0, 0, 0, 100.0, 500.0 / 7, 464.0 / 7, 28.0 / 7},
                   {"Английский язык", 7, 0, 4, 3, 1, 1, 1, 0, 0, 0, 100.0, 200.0 / 3, 200.0 / 3, 12.0 / 3},
                   {"ОРКСЭ", 7, 0, 0, 7, 0, 0, 0, 0, 7, 0, 100.0, kNull, kNull, kNull},
                   // Дмитриева exempt for the year: 5 5 4 4 4 5: n5 3, n4 3; (300+192)/6, (15+12)/6.
                   {"Физическая культура", 7, 1, 0, 6, 3, 3, 0, 0, 0, 0, 100.0, 100.0, 492.0 / 6, 27.0 / 6}});
    // Абрамова, Дмитриева excellent; Борисов, Васильева, Жуков good; Ёлкин one «3» (mathematics);
    // Григорьев three «3». N = 7: quality (2 + 3) / 7.
    const QCborMap cls = r[QStringLiteral("class")].toMap();
    checkCounts(cls, ClassRow{7, 7, 2, 3, 1, 0, 0, 100.0, 500.0 / 7});
    QCOMPARE(names(cls[QStringLiteral("excellent")]), (QStringList{QStringLiteral("Абрамова Анна"), QStringLiteral("Дмитриева Дарья")}));
    QCOMPARE(names(cls[QStringLiteral("good")]),
             (QStringList{QStringLiteral("Борисов Борис"), QStringLiteral("Васильева Вера"), QStringLiteral("Жуков Жан")}));
    QCOMPARE(text(cls[QStringLiteral("oneThree")][0][QStringLiteral("subjectName")]), QStringLiteral("Математика"));
}

void TestReports::periodResultsOfOneAssignment()
{
    // The subgroup's English for its teacher: only the subgroup's three are on its list.
    const QCborMap eng = report(MessageType::ReportsPeriodResults,
                                QCborMap{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("eng"))},
                                         {QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1"))}},
                                QStringLiteral("eng"));
    checkSubjects(eng[QStringLiteral("subjects")],
                  {{"Английский язык", 3, 0, 0, 3, 1, 1, 1, 0, 0, 0, 100.0, 200.0 / 3, 200.0 / 3, 12.0 / 3}});
    QVERIFY(!eng.contains(QStringLiteral("class")));
    QVERIFY(!text(eng[QStringLiteral("formula")]).isEmpty());
    const QCborMap math = report(MessageType::ReportsPeriodResults,
                                 QCborMap{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("math"))},
                                          {QStringLiteral("year"), true}},
                                 QStringLiteral("math"));
    checkSubjects(math[QStringLiteral("subjects")],
                  {{"Математика", 7, 0, 0, 7, 2, 3, 2, 0, 0, 0, 100.0, 500.0 / 7, 464.0 / 7, 28.0 / 7}});
}

void TestReports::progressStatement()
{
    const QCborMap r = report(MessageType::ReportsProgressStatement, classArgs("5А"));
    QStringList subjects;
    for (const QCborValue &s : r[QStringLiteral("subjects")].toArray())
        subjects.append(text(s[QStringLiteral("name")]) + QLatin1Char(':') + text(s[QStringLiteral("grading")]));
    QCOMPARE(subjects, (QStringList{QStringLiteral("Русский язык:marks"), QStringLiteral("Математика:marks"),
                                    QStringLiteral("Английский язык:marks"), QStringLiteral("ОРКСЭ:pass_fail"),
                                    QStringLiteral("Физическая культура:marks")}));
    QCOMPARE(r[QStringLiteral("periods")].toArray().size(), 4);
    QCOMPARE(text(r[QStringLiteral("periods")][3][QStringLiteral("name")]), QStringLiteral("4 четверть"));
    // Everyone in 5А during the year, numbered alphabetically (Ё after Д).
    const QCborArray students = r[QStringLiteral("students")].toArray();
    QCOMPARE(names(students), (QStringList{QStringLiteral("Абрамова Анна"), QStringLiteral("Борисов Борис"),
                                           QStringLiteral("Васильева Вера"), QStringLiteral("Григорьев Глеб"),
                                           QStringLiteral("Дмитриева Дарья"), QStringLiteral("Ёлкин Егор"),
                                           QStringLiteral("Жуков Жан"), QStringLiteral("Петров Пётр"), QStringLiteral("Яшин Яков")}));
    QCOMPARE(integer(students.at(8)[QStringLiteral("number")]), 9);
    QCOMPARE(text(students.at(6)[QStringLiteral("joinedOn")]), QStringLiteral("2025-10-01"));
    QCOMPARE(text(students.at(7)[QStringLiteral("leftOn")]), QStringLiteral("2025-10-06"));
    QCOMPARE(text(students.at(8)[QStringLiteral("leftOn")]), QStringLiteral("2025-10-15"));
    QVERIFY(students.at(0)[QStringLiteral("joinedOn")].isNull());

    // Exactly the marks set in 5А's journal: 28 in 1 четверть (5+5+4+5+4+4+1) and 30 for the year
    // (5+5+4+5+3+4+4); Петров's, set in 5Б, are not among them.
    QHash<qint64, QString> surnameOf;
    for (auto it = m_pupil.constBegin(); it != m_pupil.constEnd(); ++it)
        surnameOf.insert(it.value(), it.key());
    QHash<qint64, QString> subjectOf;
    for (auto it = m_subject.constBegin(); it != m_subject.constEnd(); ++it)
        subjectOf.insert(it.value(), it.key());
    QHash<qint64, QString> periodOf;
    for (auto it = m_period.constBegin(); it != m_period.constEnd(); ++it)
        periodOf.insert(it.value(), it.key());
    QHash<QString, QString> got;
    for (const QCborValue &m : r[QStringLiteral("marks")].toArray()) {
        const QString key = QStringList{surnameOf.value(m[QStringLiteral("studentId")].toInteger()),
                                        subjectOf.value(m[QStringLiteral("subjectId")].toInteger()), text(m[QStringLiteral("kind")]),
                                        periodOf.value(m[QStringLiteral("periodId")].toInteger()), QStringLiteral("5А")}
                                .join(QLatin1Char('/'));
        const QCborValue passed = m[QStringLiteral("passed")];
        got.insert(key, passed.isBool() ? (passed.toBool() ? QStringLiteral("з") : QStringLiteral("нз"))
                                        : QString::number(m[QStringLiteral("value")].toInteger()));
    }
    QHash<QString, QString> expected;
    for (auto it = m_finals.constBegin(); it != m_finals.constEnd(); ++it) {
        if (it.key().endsWith(QStringLiteral("/5А")))
            expected.insert(it.key(), it.value());
    }
    QCOMPARE(expected.size(), 58);
    QCOMPARE(got, expected);
}

void TestReports::attendanceStatement()
{
    const QCborMap r = report(MessageType::ReportsAttendanceStatement, classArgs("5А"));
    const QStringList months{QStringLiteral("2025-09"), QStringLiteral("2025-10"), QStringLiteral("2025-11"), QStringLiteral("2025-12"),
                             QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03"), QStringLiteral("2026-04"),
                             QStringLiteral("2026-05")};
    QCOMPARE(r[QStringLiteral("months")].toArray().toVariantList(), QCborArray::fromStringList(months).toVariantList());
    const QCborArray students = r[QStringLiteral("students")].toArray();
    QCOMPARE(students.size(), 9);
    QHash<QString, QCborMap> by;
    for (const QCborValue &s : students)
        by.insert(text(s[QStringLiteral("fullName")]).section(QLatin1Char(' '), 0, 0), s.toMap());
    // missed, ill, excused, unexcused, days missed, late
    checkTally(by[QStringLiteral("Абрамова")][QStringLiteral("total")], {0, 0, 0, 0, 0, 1});
    checkTally(by[QStringLiteral("Борисов")][QStringLiteral("total")], {3, 0, 0, 3, 1, 0});   // B: 3 of 3, no reason
    checkTally(by[QStringLiteral("Васильева")][QStringLiteral("total")], {1, 1, 0, 0, 0, 0}); // D: 1 of 2
    checkTally(by[QStringLiteral("Григорьев")][QStringLiteral("total")], {3, 0, 1, 2, 0, 0}); // A: 3 of 4 (came to PE)
    checkTally(by[QStringLiteral("Дмитриева")][QStringLiteral("total")], {0, 0, 0, 0, 0, 0});
    checkTally(by[QStringLiteral("Ёлкин")][QStringLiteral("total")], {3, 3, 0, 0, 1, 0});     // A: 3 of his 3
    checkTally(by[QStringLiteral("Жуков")][QStringLiteral("total")], {2, 0, 2, 0, 1, 0});     // D: 2 of 2
    checkTally(by[QStringLiteral("Петров")][QStringLiteral("total")], {0, 0, 0, 0, 0, 1});
    checkTally(by[QStringLiteral("Яшин")][QStringLiteral("total")], {1, 1, 0, 0, 0, 1});
    checkTally(by[QStringLiteral("Ёлкин")][QStringLiteral("months")][0], {3, 3, 0, 0, 1, 0});
    QCOMPARE(text(by[QStringLiteral("Ёлкин")][QStringLiteral("months")][0][QStringLiteral("month")]), QStringLiteral("2025-09"));
    checkTally(by[QStringLiteral("Ёлкин")][QStringLiteral("months")][1], {0, 0, 0, 0, 0, 0});
    checkTally(by[QStringLiteral("Жуков")][QStringLiteral("months")][2], {2, 0, 2, 0, 1, 0});
    QCOMPARE(by[QStringLiteral("Жуков")][QStringLiteral("months")].toArray().size(), 9);
    const QCborMap totals = r[QStringLiteral("totals")].toMap();
    // September: Борисов 3 + Григорьев 3 + Ёлкин 3 missed; ill 3; excused 1; unexcused 3 + 2; days 2;
    // late Абрамова, Петров. October: Яшин 1 ill, 1 late. November: Жуков 2 excused (a day), Васильева 1 ill.
    checkTally(totals[QStringLiteral("months")][0], {9, 3, 1, 5, 2, 2});
    checkTally(totals[QStringLiteral("months")][1], {1, 1, 0, 0, 0, 1});
    checkTally(totals[QStringLiteral("months")][2], {3, 1, 2, 0, 1, 0});
    for (int i = 3; i < 9; ++i)
        checkTally(totals[QStringLiteral("months")][i], {0, 0, 0, 0, 0, 0});
    checkTally(totals[QStringLiteral("total")], {13, 5, 3, 5, 3, 3});

    // A range: 1 четверть only.
    const QCborMap q1 = report(MessageType::ReportsAttendanceStatement,
                               withArg(withArg(classArgs("5А"), QStringLiteral("from"), QStringLiteral("2025-09-01")),
                                       QStringLiteral("to"), QStringLiteral("2025-10-24")));
    QCOMPARE(q1[QStringLiteral("months")].toArray().size(), 2);
    checkTally(q1[QStringLiteral("totals")][QStringLiteral("total")], {10, 4, 1, 5, 2, 3}); // Sept + Oct
}

void TestReports::attendanceMonth()
{
    const QCborMap r = report(MessageType::ReportsAttendanceMonth, withArg(classArgs("5А"), QStringLiteral("month"), QStringLiteral("2025-09")));
    QCOMPARE(r[QStringLiteral("days")].toArray().toVariantList(), (QVariantList{QStringLiteral("2025-09-08"), QStringLiteral("2025-09-10")}));
    // On the list in September: the eight of the first day (Жуков arrived in October).
    const QCborArray students = r[QStringLiteral("students")].toArray();
    QCOMPARE(names(students), (QStringList{QStringLiteral("Абрамова Анна"), QStringLiteral("Борисов Борис"),
                                           QStringLiteral("Васильева Вера"), QStringLiteral("Григорьев Глеб"),
                                           QStringLiteral("Дмитриева Дарья"), QStringLiteral("Ёлкин Егор"),
                                           QStringLiteral("Петров Пётр"), QStringLiteral("Яшин Яков")}));
    const auto dayOf = [&](int student) { return students.at(student)[QStringLiteral("days")].toArray(); };
    QCOMPARE(dayOf(0).size(), 1);
    QCOMPARE(text(dayOf(0).at(0)[QStringLiteral("date")]), QStringLiteral("2025-09-08"));
    QCOMPARE(integer(dayOf(0).at(0)[QStringLiteral("late")]), 1);
    QCOMPARE(dayOf(0).at(0)[QStringLiteral("wholeDay")].toBool(), false);
    const QCborValue borisov = dayOf(1).at(0);
    QCOMPARE(text(borisov[QStringLiteral("date")]), QStringLiteral("2025-09-10"));
    QCOMPARE(integer(borisov[QStringLiteral("missed")]), 3);
    QCOMPARE(integer(borisov[QStringLiteral("unexcused")]), 3);
    QCOMPARE(borisov[QStringLiteral("wholeDay")].toBool(), true);
    QCOMPARE(dayOf(2).size(), 0);
    const QCborValue grigoriev = dayOf(3).at(0);
    QCOMPARE(integer(grigoriev[QStringLiteral("missed")]), 3);
    QCOMPARE(integer(grigoriev[QStringLiteral("excused")]), 1);
    QCOMPARE(integer(grigoriev[QStringLiteral("unexcused")]), 2);
    QCOMPARE(grigoriev[QStringLiteral("wholeDay")].toBool(), false); // he came to PE
    QCOMPARE(dayOf(4).size(), 0);
    const QCborValue yolkin = dayOf(5).at(0);
    QCOMPARE(integer(yolkin[QStringLiteral("ill")]), 3);
    QCOMPARE(yolkin[QStringLiteral("wholeDay")].toBool(), true); // English is the subgroup's, not his
    QCOMPARE(integer(dayOf(6).at(0)[QStringLiteral("late")]), 1);
    QCOMPARE(dayOf(7).size(), 0);
    checkTally(students.at(3)[QStringLiteral("total")], {3, 0, 1, 2, 0, 0});
    const QCborArray dayTotals = r[QStringLiteral("totals")][QStringLiteral("days")].toArray();
    QCOMPARE(dayTotals.size(), 2);
    QCOMPARE(integer(dayTotals.at(0)[QStringLiteral("missed")]), 6); // Григорьев 3 + Ёлкин 3
    QCOMPARE(integer(dayTotals.at(0)[QStringLiteral("late")]), 1);
    QCOMPARE(integer(dayTotals.at(1)[QStringLiteral("missed")]), 3);
    QCOMPARE(integer(dayTotals.at(1)[QStringLiteral("late")]), 1);
    checkTally(r[QStringLiteral("totals")][QStringLiteral("total")], {9, 3, 1, 5, 2, 2});
}

void TestReports::movementStatements()
{
    const QCborMap a = report(MessageType::ReportsMovementStatement, classArgs("5А"));
    const QCborArray rows = a[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 4);
    // 1 четверть: 8 on 01.09; Жуков arrives 01.10; Петров (to 5Б) 06.10 and Яшин 15.10 leave: 8 + 1 − 2.
    const QCborMap q1 = rows.at(0).toMap();
    QCOMPARE(text(q1[QStringLiteral("period")][QStringLiteral("name")]), QStringLiteral("1 четверть"));
    QCOMPARE(integer(q1[QStringLiteral("atStart")]), 8);
    QCOMPARE(q1[QStringLiteral("arrived")].toArray().size(), 1);
    const QCborMap zhukov = movementOf(q1[QStringLiteral("arrived")], 0);
    QCOMPARE(text(zhukov[QStringLiteral("studentName")]), QStringLiteral("Жуков Жан"));
    QCOMPARE(text(zhukov[QStringLiteral("kind")]), QStringLiteral("enrolment"));
    QCOMPARE(text(zhukov[QStringLiteral("orderNumber")]), QStringLiteral("№ 12-у"));
    QCOMPARE(text(zhukov[QStringLiteral("onDate")]), QStringLiteral("2025-10-01"));
    QCOMPARE(text(zhukov[QStringLiteral("counterpart")]), QStringLiteral("МБОУ СОШ № 5"));
    QCOMPARE(q1[QStringLiteral("left")].toArray().size(), 2);
    const QCborMap petrov = movementOf(q1[QStringLiteral("left")], 0);
    QCOMPARE(text(petrov[QStringLiteral("kind")]), QStringLiteral("transfer"));
    QCOMPARE(text(petrov[QStringLiteral("toClassName")]), QStringLiteral("5Б"));
    QCOMPARE(text(petrov[QStringLiteral("orderNumber")]), QStringLiteral("№ 15-у"));
    const QCborMap yashin = movementOf(q1[QStringLiteral("left")], 1);
    QCOMPARE(text(yashin[QStringLiteral("kind")]), QStringLiteral("leaving"));
    QCOMPARE(text(yashin[QStringLiteral("orderNumber")]), QStringLiteral("№ 17-у"));
    QCOMPARE(text(yashin[QStringLiteral("onDate")]), QStringLiteral("2025-10-15"));
    QCOMPARE(integer(q1[QStringLiteral("atEnd")]), 7);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(integer(rows.at(i)[QStringLiteral("atStart")]), 7);
        QCOMPARE(rows.at(i)[QStringLiteral("arrived")].toArray().size(), 0);
        QCOMPARE(rows.at(i)[QStringLiteral("left")].toArray().size(), 0);
        QCOMPARE(integer(rows.at(i)[QStringLiteral("atEnd")]), 7);
    }
    const QCborMap year = a[QStringLiteral("year")].toMap();
    QCOMPARE(integer(year[QStringLiteral("atStart")]), 8);
    QCOMPARE(integer(year[QStringLiteral("arrivedCount")]), 1);
    QCOMPARE(integer(year[QStringLiteral("leftCount")]), 2);
    QCOMPARE(integer(year[QStringLiteral("atEnd")]), 7);

    // 5Б: 2 on 01.09, Петров arrives from 5А.
    const QCborMap b = report(MessageType::ReportsMovementStatement, classArgs("5Б"));
    const QCborMap bq1 = b[QStringLiteral("rows")][0].toMap();
    QCOMPARE(integer(bq1[QStringLiteral("atStart")]), 2);
    QCOMPARE(text(movementOf(bq1[QStringLiteral("arrived")], 0)[QStringLiteral("fromClassName")]), QStringLiteral("5А"));
    QCOMPARE(integer(bq1[QStringLiteral("atEnd")]), 3);

    // 10А keeps halves; Шилов is on its list from 17.11 without a registered order.
    const QCborMap c = report(MessageType::ReportsMovementStatement, classArgs("10А"));
    const QCborArray crows = c[QStringLiteral("rows")].toArray();
    QCOMPARE(crows.size(), 2);
    QCOMPARE(text(crows.at(0)[QStringLiteral("period")][QStringLiteral("name")]), QStringLiteral("1 полугодие"));
    const QCborMap shilov = movementOf(crows.at(0)[QStringLiteral("arrived")], 0);
    QVERIFY(shilov[QStringLiteral("id")].isNull());
    QCOMPARE(text(shilov[QStringLiteral("studentName")]), QStringLiteral("Шилов Шамиль"));
    QCOMPARE(text(shilov[QStringLiteral("orderNumber")]), QString());
    QCOMPARE(integer(crows.at(0)[QStringLiteral("atEnd")]), 3);

    // The whole school: Петров's move is inside it; Жуков and Шилов arrive, Яшин leaves.
    const QCborMap school = report(MessageType::ReportsMovementStatement, QCborMap{}, QStringLiteral("secretary"));
    QVERIFY(school[QStringLiteral("header")][QStringLiteral("class")].isNull());
    const QCborArray srows = school[QStringLiteral("rows")].toArray();
    QCOMPARE(srows.size(), 4); // quarters
    QCOMPARE(integer(srows.at(0)[QStringLiteral("atStart")]), 12); // 8 + 2 + 2
    QCOMPARE(text(movementOf(srows.at(0)[QStringLiteral("arrived")], 0)[QStringLiteral("studentName")]), QStringLiteral("Жуков Жан"));
    QCOMPARE(srows.at(0)[QStringLiteral("arrived")].toArray().size(), 1);
    QCOMPARE(text(movementOf(srows.at(0)[QStringLiteral("left")], 0)[QStringLiteral("orderNumber")]), QStringLiteral("№ 17-у"));
    QCOMPARE(srows.at(0)[QStringLiteral("left")].toArray().size(), 1);
    QCOMPARE(integer(srows.at(0)[QStringLiteral("atEnd")]), 12);
    QCOMPARE(srows.at(1)[QStringLiteral("arrived")].toArray().size(), 1); // Шилов, 17.11
    QCOMPARE(integer(srows.at(1)[QStringLiteral("atEnd")]), 13);
    QCOMPARE(integer(school[QStringLiteral("year")][QStringLiteral("atEnd")]), 13);
    QCOMPARE(integer(school[QStringLiteral("year")][QStringLiteral("arrivedCount")]), 2);
    QCOMPARE(integer(school[QStringLiteral("year")][QStringLiteral("leftCount")]), 1);
}

void TestReports::classTeacherReport()
{
    const QCborMap r = report(MessageType::ReportsClassTeacherReport,
                              withArg(classArgs("5А"), QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1"))),
                              QStringLiteral("ct"));
    const QCborMap results = r[QStringLiteral("results")].toMap();
    checkCounts(results[QStringLiteral("class")].toMap(), ClassRow{7, 6, 1, 2, 1, 1, 1, 500.0 / 6, 300.0 / 6});
    QCOMPARE(results[QStringLiteral("subjects")].toArray().size(), 5);
    checkSubject(results[QStringLiteral("subjects")][1].toMap(),
                 {"Математика", 7, 0, 1, 6, 3, 1, 1, 1, 0, 0, 500.0 / 6, 400.0 / 6, 416.0 / 6, 24.0 / 6});
    // Attendance in 1 четверть: September's 9 missed and October's 1; everyone in the class then (9).
    const QCborMap attendance = r[QStringLiteral("attendance")].toMap();
    QCOMPARE(attendance[QStringLiteral("students")].toArray().size(), 9);
    checkTally(attendance[QStringLiteral("totals")][QStringLiteral("total")], {10, 4, 1, 5, 2, 3});
    const QCborMap movement = r[QStringLiteral("movement")].toMap();
    QCOMPARE(integer(movement[QStringLiteral("atStart")]), 8);
    QCOMPARE(movement[QStringLiteral("arrived")].toArray().size(), 1);
    QCOMPARE(movement[QStringLiteral("left")].toArray().size(), 2);
    QCOMPARE(integer(movement[QStringLiteral("atEnd")]), 7);
}

void TestReports::forecast()
{
    // Policy: the defaults (thresholds 2.5/3.5/4.5 on the weighted mean, at least 3 marks).
    // Minimum marks (003 §2.3.1): Russian 5 h and mathematics 4 h → 8; English and PE 2 h → 5; ОРКСЭ 1 h → 3.
    // Lessons held in 1 четверть: Russian and mathematics A, B, C (Жуков: C only); English A, C (the
    // subgroup); ОРКСЭ B (not Жуков); PE A, C (Жуков: C). Valid absences: Ёлкин A (ill) in Russian,
    // mathematics and PE; Григорьев A in Russian (excused).
    const QStringList few{QStringLiteral("too_few_marks")};
    const QList<ForecastRow> expected{
        {"Абрамова", "Русский язык", 1, 5.0, 5.0, 0, 8, 0, 3, few},
        // 5 (A), 5 k (B, weight 3), 4 and 5 (C): mean 19/4; weighted (5 + 15 + 4 + 5) / 6 = 29/6 → «5».
        {"Абрамова", "Математика", 4, 19.0 / 4, 29.0 / 6, 5, 8, 0, 3, few},
        {"Абрамова", "Английский язык", 0, kNull, kNull, 0, 5, 0, 2, few},
        {"Абрамова", "ОРКСЭ", 1, kNull, kNull, 0, 3, 0, 1, few},
        {"Абрамова", "Физическая культура", 0, kNull, kNull, 0, 5, 0, 2, few},
        {"Борисов", "Русский язык", 0, kNull, kNull, 0, 8, 0, 3, few},
        // 4 (A), 3 k (C): (4 + 9) / 4 = 3.25; two marks: no forecast.
        {"Борисов", "Математика", 2, 3.5, 3.25, 0, 8, 0, 3, few},
        {"Борисов", "Английский язык", 1, 4.0, 4.0, 0, 5, 0, 2, few},
        {"Борисов", "ОРКСЭ", 0, kNull, kNull, 0, 3, 0, 1, few},
        {"Борисов", "Физическая культура", 0, kNull, kNull, 0, 5, 0, 2, few},
        {"Васильева", "Русский язык", 1, 3.0, 3.0, 0, 8, 0, 3, few},
        {"Васильева", "Математика", 2, 4.5, 17.0 / 4, 0, 8, 0, 3, few}, // 5, 4 k: (5 + 12) / 4
        {"Васильева", "ОРКСЭ", 0, kNull, kNull, 0, 3, 0, 1, few},
        {"Васильева", "Физическая культура", 0, kNull, kNull, 0, 5, 0, 2, few},
        {"Григорьев", "Русский язык", 0, kNull, kNull, 0, 8, 1, 3, few},
        // 2 k (B), 2 and 3 (C): mean 7/3; weighted (6 + 2 + 3) / 5 = 2.2 → «2».
        {"Григорьев", "Математика", 3, 7.0 / 3, 11.0 / 5, 2, 8, 0, 3, {QStringLiteral("likely_2"), QStringLiteral("too_few_marks")}},
        {"Григорьев", "Английский язык", 0, kNull, kNull, 0, 5, 0, 2, few},
        {"Григорьев", "ОРКСЭ", 1, kNull, kNull, 0, 3, 0, 1, few},
        {"Григорьев", "Физическая культура", 0, kNull, kNull, 0, 5, 0, 2, few},
        {"Дмитриева", "Русский язык", 0, kNull, kNull, 0, 8, 0, 3, few},
        {"Дмитриева", "Математика", 2, 5.0, 5.0, 0, 8, 0, 3, few},
        {"Дмитриева", "ОРКСЭ", 0, kNull, kNull, 0, 3, 0, 1, few}, // PE: exempt, no row
        {"Ёлкин", "Русский язык", 0, kNull, kNull, 0, 8, 1, 3, few},
        {"Ёлкин", "Математика", 2, 3.0, 3.0, 0, 8, 1, 3, few},
        {"Ёлкин", "ОРКСЭ", 1, kNull, kNull, 0, 3, 0, 1, few},
        {"Ёлкин", "Физическая культура", 0, kNull, kNull, 0, 5, 1, 2, {}}, // ill 1 of 2: not checked
        {"Жуков", "Русский язык", 0, kNull, kNull, 0, 8, 0, 1, few},
        {"Жуков", "Математика", 1, 5.0, 5.0, 0, 8, 0, 1, few},
        {"Жуков", "ОРКСЭ", 0, kNull, kNull, 0, 3, 0, 0, {}}, // no lesson yet: not checked
        {"Жуков", "Физическая культура", 0, kNull, kNull, 0, 5, 0, 1, few}};
    const auto check = [&](const QCborArray &rows, const QList<ForecastRow> &want) {
        QCOMPARE(rows.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const ForecastRow &e = want.at(i);
            const QCborValue row = rows.at(i);
            const QString where = QString::fromUtf8(e.pupil) + QLatin1Char('/') + QString::fromUtf8(e.subject);
            QVERIFY2(text(row[QStringLiteral("fullName")]).startsWith(QString::fromUtf8(e.pupil)), qPrintable(where));
            QCOMPARE(text(row[QStringLiteral("subjectName")]), QString::fromUtf8(e.subject));
            QCOMPARE(integer(row[QStringLiteral("count")]), e.count);
            QVERIFY2(sameRate(row[QStringLiteral("average")], e.average), qPrintable(where));
            QVERIFY2(sameRate(row[QStringLiteral("weighted")], e.weighted), qPrintable(where));
            QCOMPARE(row[QStringLiteral("forecast")].isNull() ? 0 : integer(row[QStringLiteral("forecast")]), e.forecast);
            QCOMPARE(integer(row[QStringLiteral("minimumMarks")]), e.minimum);
            QCOMPARE(integer(row[QStringLiteral("validAbsences")]), e.valid);
            QCOMPARE(integer(row[QStringLiteral("lessons")]), e.lessons);
            QCOMPARE(row[QStringLiteral("risks")].toArray().toVariantList(), QCborArray::fromStringList(e.risks).toVariantList());
        }
    };
    const QCborMap whole = report(MessageType::ReportsForecast,
                                  withArg(classArgs("5А"), QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1"))),
                                  QStringLiteral("ct"));
    check(whole[QStringLiteral("rows")].toArray(), expected);
    QCOMPARE(integer(whole[QStringLiteral("policy")][QStringLiteral("minMarks")]), 3);

    QList<ForecastRow> math;
    for (const ForecastRow &row : expected) {
        if (QString::fromUtf8(row.subject) == QStringLiteral("Математика"))
            math.append(row);
    }
    const QCborMap one = report(MessageType::ReportsForecast,
                                QCborMap{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("math"))},
                                         {QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1"))}},
                                QStringLiteral("math"));
    check(one[QStringLiteral("rows")].toArray(), math);
}

void TestReports::parentLetters()
{
    // Two weeks, 08.09–21.09: days A and B. On the list on 21.09: the eight of the first day.
    const QCborMap r = report(MessageType::ReportsParentLetters,
                              withArg(withArg(classArgs("5А"), QStringLiteral("from"), QStringLiteral("2025-09-08")),
                                      QStringLiteral("to"), QStringLiteral("2025-09-21")),
                              QStringLiteral("ct"));
    const QCborArray letters = r[QStringLiteral("letters")].toArray();
    QCOMPARE(letters.size(), 8);
    QStringList pupils;
    for (const QCborValue &l : letters)
        pupils.append(text(l[QStringLiteral("student")][QStringLiteral("fullName")]));
    QCOMPARE(pupils, (QStringList{QStringLiteral("Абрамова Анна"), QStringLiteral("Борисов Борис"), QStringLiteral("Васильева Вера"),
                                  QStringLiteral("Григорьев Глеб"), QStringLiteral("Дмитриева Дарья"), QStringLiteral("Ёлкин Егор"),
                                  QStringLiteral("Петров Пётр"), QStringLiteral("Яшин Яков")}));
    QCOMPARE(text(letters.at(0)[QStringLiteral("student")][QStringLiteral("className")]), QStringLiteral("5А"));

    // subject: marks ("5", "з", "нз"; "k" marks the control work), average, missed
    struct SubjectLine {
        const char *name;
        QStringList marks;
        Rate average;
        int missed;
    };
    const auto checkLetter = [&](int i, const QList<SubjectLine> &subjects, const TallyRow &absences, int homework) {
        const QCborValue letter = letters.at(i);
        const QCborArray got = letter[QStringLiteral("subjects")].toArray();
        QCOMPARE(got.size(), subjects.size());
        for (qsizetype j = 0; j < subjects.size(); ++j) {
            const SubjectLine &e = subjects.at(j);
            QCOMPARE(text(got.at(j)[QStringLiteral("subjectName")]), QString::fromUtf8(e.name));
            QStringList marks;
            for (const QCborValue &m : got.at(j)[QStringLiteral("marks")].toArray()) {
                QString v = m[QStringLiteral("passed")].isBool() ? (m[QStringLiteral("passed")].toBool() ? QStringLiteral("з") : QStringLiteral("нз"))
                                                                  : QString::number(m[QStringLiteral("value")].toInteger());
                if (text(m[QStringLiteral("workKindName")]) == QStringLiteral("Тестовая контрольная"))
                    v += QLatin1Char('k');
                marks.append(v);
            }
            QCOMPARE(marks, e.marks);
            QVERIFY(sameRate(got.at(j)[QStringLiteral("average")], e.average));
            QCOMPARE(integer(got.at(j)[QStringLiteral("missed")]), e.missed);
        }
        checkTally(letter[QStringLiteral("absences")], absences);
        QCOMPARE(letter[QStringLiteral("homework")].toArray().size(), homework);
    };
    // Homework of A and B: Russian A «упр. 10», mathematics A «№ 100», mathematics B «№ 110».
    checkLetter(0, {{"Русский язык", {QStringLiteral("5")}, 5.0, 0}, {"Математика", {QStringLiteral("5"), QStringLiteral("5k")}, 5.0, 0},
                    {"Английский язык", {}, kNull, 0}, {"ОРКСЭ", {QStringLiteral("з")}, kNull, 0}, {"Физическая культура", {}, kNull, 0}},
                {0, 0, 0, 0, 0, 1}, 3);
    checkLetter(1, {{"Русский язык", {}, kNull, 1}, {"Математика", {QStringLiteral("4")}, 4.0, 1}, {"Английский язык", {}, kNull, 0},
                    {"ОРКСЭ", {}, kNull, 1}, {"Физическая культура", {}, kNull, 0}},
                {3, 0, 0, 3, 1, 0}, 3);
    checkLetter(2, {{"Русский язык", {QStringLiteral("3k")}, 3.0, 0}, {"Математика", {QStringLiteral("5"), QStringLiteral("4k")}, 4.5, 0},
                    {"ОРКСЭ", {}, kNull, 0}, {"Физическая культура", {}, kNull, 0}},
                {0, 0, 0, 0, 0, 0}, 3);
    checkLetter(3, {{"Русский язык", {}, kNull, 1}, {"Математика", {QStringLiteral("2k")}, 2.0, 1}, {"Английский язык", {}, kNull, 1},
                    {"ОРКСЭ", {QStringLiteral("нз")}, kNull, 0}, {"Физическая культура", {}, kNull, 0}},
                {3, 0, 1, 2, 0, 0}, 3);
    checkLetter(4, {{"Русский язык", {}, kNull, 0}, {"Математика", {QStringLiteral("5"), QStringLiteral("5")}, 5.0, 0},
                    {"ОРКСЭ", {}, kNull, 0}, {"Физическая культура", {}, kNull, 0}},
                {0, 0, 0, 0, 0, 0}, 3);
    checkLetter(5, {{"Русский язык", {}, kNull, 1}, {"Математика", {QStringLiteral("3")}, 3.0, 1}, {"ОРКСЭ", {QStringLiteral("з")}, kNull, 0},
                    {"Физическая культура", {}, kNull, 1}},
                {3, 3, 0, 0, 1, 0}, 3);
    checkLetter(6, {{"Русский язык", {}, kNull, 0}, {"Математика", {QStringLiteral("4")}, 4.0, 0}, {"ОРКСЭ", {}, kNull, 0},
                    {"Физическая культура", {}, kNull, 0}},
                {0, 0, 0, 0, 0, 1}, 3);
    checkLetter(7, {{"Русский язык", {}, kNull, 0}, {"Математика", {QStringLiteral("4")}, 4.0, 0}, {"ОРКСЭ", {}, kNull, 0},
                    {"Физическая культура", {}, kNull, 0}},
                {0, 0, 0, 0, 0, 0}, 3);
    const QCborArray homework = letters.at(0)[QStringLiteral("homework")].toArray();
    QCOMPARE(text(homework.at(0)[QStringLiteral("subjectName")]), QStringLiteral("Русский язык"));
    QCOMPARE(text(homework.at(0)[QStringLiteral("homework")]), QStringLiteral("упр. 10"));
    QCOMPARE(text(homework.at(1)[QStringLiteral("homework")]), QStringLiteral("№ 100"));
    QCOMPARE(text(homework.at(2)[QStringLiteral("date")]), QStringLiteral("2025-09-10"));
    QCOMPARE(text(homework.at(2)[QStringLiteral("homework")]), QStringLiteral("№ 110"));

    // One pupil's letter.
    const QCborMap one = report(MessageType::ReportsParentLetters,
                                QCborMap{{QStringLiteral("studentId"), m_pupil.value(QStringLiteral("Ёлкин"))},
                                         {QStringLiteral("from"), QStringLiteral("2025-09-08")},
                                         {QStringLiteral("to"), QStringLiteral("2025-09-21")}},
                                QStringLiteral("ct"));
    QCOMPARE(one[QStringLiteral("letters")].toArray().size(), 1);
    checkTally(one[QStringLiteral("letters")][0][QStringLiteral("absences")], {3, 3, 0, 0, 1, 0});
}

void TestReports::studentDynamics()
{
    const QCborMap args{{QStringLiteral("studentId"), m_pupil.value(QStringLiteral("Абрамова"))},
                        {QStringLiteral("from"), QStringLiteral("2025-09-01")},
                        {QStringLiteral("to"), QStringLiteral("2025-12-31")}};
    // Her numeric marks by date (зачёт is no point): 08.09 mathematics 5; 10.09 Russian 5, mathematics
    // 5 (weight 3); 13.10 mathematics 4 and 5.
    const QCborMap all = report(MessageType::ReportsStudentDynamics, args, QStringLiteral("ct"));
    QStringList points;
    for (const QCborValue &p : all[QStringLiteral("points")].toArray())
        points.append(QStringLiteral("%1 %2 %3 %4").arg(text(p[QStringLiteral("date")]), text(p[QStringLiteral("subjectName")]))
                          .arg(p[QStringLiteral("value")].toInteger()).arg(p[QStringLiteral("weight")].toDouble()));
    QCOMPARE(points, (QStringList{QStringLiteral("2025-09-08 Математика 5 1"), QStringLiteral("2025-09-10 Русский язык 5 1"),
                                  QStringLiteral("2025-09-10 Математика 5 3"), QStringLiteral("2025-10-13 Математика 4 1"),
                                  QStringLiteral("2025-10-13 Математика 5 1")}));
    QStringList months;
    for (const QCborValue &m : all[QStringLiteral("months")].toArray())
        months.append(QStringLiteral("%1 %2 %3").arg(text(m[QStringLiteral("month")])).arg(m[QStringLiteral("subjectId")].toInteger())
                          .arg(m[QStringLiteral("average")].toDouble()));
    const qint64 rus = m_subject.value(QStringLiteral("rus"));
    const qint64 math = m_subject.value(QStringLiteral("math"));
    // September: Russian 5; mathematics (5 + 5) / 2. October: mathematics (4 + 5) / 2 = 4.5.
    QCOMPARE(months, (QStringList{QStringLiteral("2025-09 %1 5").arg(rus), QStringLiteral("2025-09 %1 5").arg(math),
                                  QStringLiteral("2025-10 %1 4.5").arg(math)}));
    // Her mathematics teacher sees mathematics only.
    const QCborMap mine = report(MessageType::ReportsStudentDynamics, args, QStringLiteral("math"));
    QCOMPARE(mine[QStringLiteral("points")].toArray().size(), 4);
    QCOMPARE(mine[QStringLiteral("months")].toArray().size(), 2);
    // One subject asked for.
    const QCborMap russian = report(MessageType::ReportsStudentDynamics, withArg(args, QStringLiteral("subjectId"), rus));
    QCOMPARE(russian[QStringLiteral("points")].toArray().size(), 1);
}

void TestReports::schoolEnrolment()
{
    // 20.10: 5А without Петров and Яшин = 7 (boys Борисов, Григорьев, Ёлкин, Жуков); 5Б with Петров = 3
    // (boys Сидоров, Петров); 10А = 2 (Шилов from 17.11).
    const QCborMap r = report(MessageType::ReportsSchoolEnrolment, QCborMap{{QStringLiteral("date"), QStringLiteral("2025-10-20")}},
                              QStringLiteral("secretary"));
    QCOMPARE(text(r[QStringLiteral("header")][QStringLiteral("from")]), QStringLiteral("2025-10-20"));
    QStringList classes;
    for (const QCborValue &c : r[QStringLiteral("classes")].toArray())
        classes.append(QStringLiteral("%1 %2 %3/%4/%5").arg(text(c[QStringLiteral("name")]), text(c[QStringLiteral("classTeacherName")]))
                           .arg(c[QStringLiteral("students")].toInteger()).arg(c[QStringLiteral("boys")].toInteger())
                           .arg(c[QStringLiteral("girls")].toInteger()));
    QCOMPARE(classes, (QStringList{QStringLiteral("5А Орлова Н. 7/4/3"), QStringLiteral("5Б Соколова С. 3/2/1"), QStringLiteral("10А  2/1/1")}));
    QStringList grades;
    for (const QCborValue &g : r[QStringLiteral("grades")].toArray())
        grades.append(QStringLiteral("%1: %2 %3").arg(g[QStringLiteral("grade")].toInteger()).arg(g[QStringLiteral("classes")].toInteger())
                          .arg(g[QStringLiteral("students")].toInteger()));
    QCOMPARE(grades, (QStringList{QStringLiteral("5: 2 10"), QStringLiteral("10: 1 2")}));
    const QCborMap total = r[QStringLiteral("total")].toMap();
    QCOMPARE(integer(total[QStringLiteral("classes")]), 3);
    QCOMPARE(integer(total[QStringLiteral("students")]), 12);
    QCOMPARE(integer(total[QStringLiteral("boys")]), 7);
    QCOMPARE(integer(total[QStringLiteral("girls")]), 5);
    // By default: today (15.06.2026) is after the year, so its last day: Шилов counts too.
    const QCborMap late = report(MessageType::ReportsSchoolEnrolment, QCborMap{});
    QCOMPARE(text(late[QStringLiteral("header")][QStringLiteral("from")]), QStringLiteral("2026-05-31"));
    QCOMPARE(integer(late[QStringLiteral("total")][QStringLiteral("students")]), 13);
    QCOMPARE(integer(late[QStringLiteral("total")][QStringLiteral("boys")]), 8);
}

void TestReports::schoolMovement()
{
    const QCborMap r = report(MessageType::ReportsSchoolMovement, QCborMap{{QStringLiteral("yearId"), m_year}});
    const QCborArray periods = r[QStringLiteral("periods")].toArray();
    QCOMPARE(periods.size(), 4);
    // at start, arrived, left, at end — the school, then levels 1-4, 5-9, 10-11.
    const auto row = [](const QCborValue &v) {
        return QStringLiteral("%1 %2 %3 %4").arg(v[QStringLiteral("atStart")].toInteger()).arg(v[QStringLiteral("arrived")].toInteger())
            .arg(v[QStringLiteral("left")].toInteger()).arg(v[QStringLiteral("atEnd")].toInteger());
    };
    const QList<QStringList> expected{
        // 1 четверть: 12; Жуков in, Яшин out; Петров's move stays within 5–9.
        {QStringLiteral("12 1 1 12"), QStringLiteral("0 0 0 0"), QStringLiteral("10 1 1 10"), QStringLiteral("2 0 0 2")},
        // 2 четверть (from 25.10): Шилов into 10А on 17.11.
        {QStringLiteral("12 1 0 13"), QStringLiteral("0 0 0 0"), QStringLiteral("10 0 0 10"), QStringLiteral("2 1 0 3")},
        {QStringLiteral("13 0 0 13"), QStringLiteral("0 0 0 0"), QStringLiteral("10 0 0 10"), QStringLiteral("3 0 0 3")},
        {QStringLiteral("13 0 0 13"), QStringLiteral("0 0 0 0"), QStringLiteral("10 0 0 10"), QStringLiteral("3 0 0 3")}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QCborValue p = periods.at(i);
        QStringList got{row(p)};
        for (const QCborValue &level : p[QStringLiteral("byLevel")].toArray())
            got.append(row(level));
        QCOMPARE(got, expected.at(i));
        QCOMPARE(text(p[QStringLiteral("byLevel")][1][QStringLiteral("level")]), QStringLiteral("5-9"));
    }
    QCOMPARE(text(periods.at(1)[QStringLiteral("period")][QStringLiteral("name")]), QStringLiteral("2 четверть"));
}

void TestReports::schoolResults()
{
    const auto rows = [](const QCborValue &list, const QString &key) {
        QHash<QString, QCborMap> map;
        for (const QCborValue &v : list.toArray())
            map.insert(v[key].isString() ? text(v[key]) : QString::number(v[key].toInteger()), v.toMap());
        return map;
    };
    const QCborMap p1 = report(MessageType::ReportsSchoolResults, QCborMap{{QStringLiteral("periodNumber"), 1}});
    const auto classes = rows(p1[QStringLiteral("classes")], QStringLiteral("name"));
    QCOMPARE(classes.size(), 3);
    // 5А at the end of 1 четверть (see periodResultsOfTheClass).
    checkCounts(classes[QStringLiteral("5А")], ClassRow{7, 6, 1, 2, 1, 1, 1, 500.0 / 6, 300.0 / 6});
    // 5Б: Сидоров 5, Тарасова 4, Петров 3 (arrived 06.10): N 3, quality (1 + 1) / 3.
    checkCounts(classes[QStringLiteral("5Б")], ClassRow{3, 3, 1, 1, 1, 0, 0, 100.0, 200.0 / 3});
    // 10А at the end of 1 полугодие (28.12): Ульянов 2, Фёдорова 5, Шилов no mark.
    checkCounts(classes[QStringLiteral("10А")], ClassRow{3, 2, 1, 0, 0, 1, 1, 50.0, 50.0});
    const auto grades = rows(p1[QStringLiteral("grades")], QStringLiteral("grade"));
    // Grade 5: 7 + 3 on the list, N 6 + 3; failing 1: (9 − 1) / 9; quality (2 + 3) / 9.
    checkCounts(grades[QStringLiteral("5")], ClassRow{10, 9, 2, 3, 2, 1, 1, 800.0 / 9, 500.0 / 9});
    checkCounts(grades[QStringLiteral("10")], ClassRow{3, 2, 1, 0, 0, 1, 1, 50.0, 50.0});
    const auto levels = rows(p1[QStringLiteral("levels")], QStringLiteral("level"));
    checkCounts(levels[QStringLiteral("1-4")], ClassRow{0, 0, 0, 0, 0, 0, 0, kNull, kNull});
    checkCounts(levels[QStringLiteral("5-9")], ClassRow{10, 9, 2, 3, 2, 1, 1, 800.0 / 9, 500.0 / 9});
    checkCounts(levels[QStringLiteral("10-11")], ClassRow{3, 2, 1, 0, 0, 1, 1, 50.0, 50.0});
    // The school: N 11, failing 2: (11 − 2) / 11; quality (3 + 3) / 11.
    checkCounts(p1[QStringLiteral("total")].toMap(), ClassRow{13, 11, 3, 3, 2, 2, 2, 900.0 / 11, 600.0 / 11});

    const QCborMap year = report(MessageType::ReportsSchoolResults, QCborMap{{QStringLiteral("year"), true}});
    const auto yearClasses = rows(year[QStringLiteral("classes")], QStringLiteral("name"));
    checkCounts(yearClasses[QStringLiteral("5А")], ClassRow{7, 7, 2, 3, 1, 0, 0, 100.0, 500.0 / 7});
    checkCounts(yearClasses[QStringLiteral("5Б")], ClassRow{3, 3, 2, 1, 0, 0, 0, 100.0, 100.0}); // 5, 5, Петров 4
    checkCounts(yearClasses[QStringLiteral("10А")], ClassRow{3, 2, 1, 0, 1, 0, 1, 100.0, 50.0}); // 3 (one «3»), 5
    // N 12: excellent 2 + 2 + 1, good 3 + 1: (5 + 4) / 12 = 75.
    checkCounts(year[QStringLiteral("total")].toMap(), ClassRow{13, 12, 5, 4, 2, 0, 1, 100.0, 75.0});

    // A period number that no class's scheme has in 10А: halves have no 3rd period.
    const QCborMap p3 = report(MessageType::ReportsSchoolResults, QCborMap{{QStringLiteral("periodNumber"), 3}});
    QCOMPARE(p3[QStringLiteral("classes")].toArray().size(), 2);
}

void TestReports::journalControl()
{
    const QCborMap r = report(MessageType::ReportsJournalControl,
                              QCborMap{{QStringLiteral("from"), QStringLiteral("2025-09-01")}, {QStringLiteral("to"), QStringLiteral("2025-10-24")},
                                       {QStringLiteral("classId"), m_class.value(QStringLiteral("5А"))}});
    const QCborArray rows = r[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 5);
    struct ControlRow {
        const char *subject, *subgroup, *teacher;
        int lessons, withoutTopic, withoutHomework, lateMarks, marks, without, one, tooFew, minimum;
        double planned;
        int substitutions;
        const char *lastEntry;
    };
    // Checked pupils: on the list on 24.10, not exempt, with a lesson: Абрамова, Борисов, Васильева,
    // Григорьев, Дмитриева, Ёлкин, Жуков (English: the subgroup's three; PE without Дмитриева).
    const QList<ControlRow> expected{
        // A, B, C; B without homework; marks Абрамова 5 and Васильева 3 k (22.09: within 10 working
        // days); without marks 5, with one 2; all 7 below 8 (Григорьев, Ёлкин: 1 valid of 3).
        {"Русский язык", "", "Гусева В.", 3, 0, 1, 0, 2, 5, 2, 7, 8, 0, 0, "2025-10-13"},
        // C without a topic; B substituted; КТП 1 + 1 + 2; 4 + 7 + 7 marks (Петров's and Яшин's
        // included); late: Борисов's k (24.10 > 13.10 + 7) and Ёлкин's oral (14.10 > 13.10);
        // Абрамова's k on 16.10 is in time. Marks 4 2 2 3 2 2 1: one mark Жуков; all 7 below 8.
        {"Математика", "", "Фролова А.", 3, 1, 0, 2, 18, 0, 1, 7, 8, 4, 1, "2025-10-24"},
        {"Английский язык", "1 группа", "Новикова Е.", 2, 0, 1, 0, 1, 2, 1, 3, 5, 0, 0, "2025-10-13"},
        // Lesson B only; Абрамова, Григорьев, Ёлкин have a mark; Борисов, Васильева, Дмитриева none.
        {"ОРКСЭ", "", "Гусева В.", 1, 0, 1, 0, 3, 3, 3, 6, 3, 0, 0, "2025-09-10"},
        // A without topic, no homework at all; no marks: 6 checked, Ёлкин ill 1 of 2 not counted as too few.
        {"Физическая культура", "", "Кузнецов К.", 2, 1, 2, 0, 0, 6, 0, 5, 5, 0, 0, "2025-09-08"}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ControlRow &e = expected.at(i);
        const QCborValue row = rows.at(i);
        QCOMPARE(text(row[QStringLiteral("className")]), QStringLiteral("5А"));
        QCOMPARE(text(row[QStringLiteral("subjectName")]), QString::fromUtf8(e.subject));
        QCOMPARE(text(row[QStringLiteral("subgroupName")]), QString::fromUtf8(e.subgroup));
        QCOMPARE(text(row[QStringLiteral("teacherName")]), QString::fromUtf8(e.teacher));
        QCOMPARE(integer(row[QStringLiteral("lessons")]), e.lessons);
        QCOMPARE(integer(row[QStringLiteral("withoutTopic")]), e.withoutTopic);
        QCOMPARE(integer(row[QStringLiteral("withoutHomework")]), e.withoutHomework);
        QCOMPARE(integer(row[QStringLiteral("lateMarks")]), e.lateMarks);
        QCOMPARE(integer(row[QStringLiteral("marks")]), e.marks);
        QCOMPARE(integer(row[QStringLiteral("studentsWithoutMarks")]), e.without);
        QCOMPARE(integer(row[QStringLiteral("studentsWithOneMark")]), e.one);
        QCOMPARE(integer(row[QStringLiteral("studentsWithTooFewMarks")]), e.tooFew);
        QCOMPARE(integer(row[QStringLiteral("minimumMarks")]), e.minimum);
        QCOMPARE(row[QStringLiteral("plannedHours")].toDouble(), e.planned);
        QCOMPARE(integer(row[QStringLiteral("substitutions")]), e.substitutions);
        QCOMPARE(text(row[QStringLiteral("lastEntryAt")]), wireNoon(e.lastEntry));
    }
    // Activity over the range, by name: Фролова 3 entries (the fourth is in November); Новикова's
    // only entry is from August.
    QStringList teachers;
    for (const QCborValue &t : r[QStringLiteral("teachers")].toArray())
        teachers.append(QStringLiteral("%1 %2 %3").arg(text(t[QStringLiteral("teacherName")])).arg(t[QStringLiteral("entries")].toInteger())
                            .arg(t[QStringLiteral("lastEntryAt")].isNull() ? QStringLiteral("-") : text(t[QStringLiteral("lastEntryAt")])));
    QCOMPARE(teachers, (QStringList{QStringLiteral("Гусева В. 0 -"), QStringLiteral("Кузнецов К. 0 -"),
                                    QStringLiteral("Новикова Е. 0 %1").arg(wireNoon("2025-08-30")),
                                    QStringLiteral("Фролова А. 3 %1").arg(wireNoon("2025-10-01"))}));
    // One teacher across the school.
    const QCborMap one = report(MessageType::ReportsJournalControl,
                                QCborMap{{QStringLiteral("from"), QStringLiteral("2025-09-01")}, {QStringLiteral("to"), QStringLiteral("2025-10-24")},
                                         {QStringLiteral("teacherId"), m_user.value(QStringLiteral("ct2"))}});
    QCOMPARE(one[QStringLiteral("rows")].toArray().size(), 2); // mathematics in 5Б and 10А
}

void TestReports::classJournalAndSubjectPages()
{
    const QCborMap journal = report(MessageType::ReportsClassJournal, classArgs("5А"));
    QCOMPARE(text(journal[QStringLiteral("classTeacherName")]), QStringLiteral("Орлова Н."));
    QStringList assignments;
    for (const QCborValue &a : journal[QStringLiteral("assignments")].toArray())
        assignments.append(text(a[QStringLiteral("subjectName")]) + QLatin1Char('/') + text(a[QStringLiteral("teacherName")]));
    QCOMPARE(assignments, (QStringList{QStringLiteral("Русский язык/Гусева В."), QStringLiteral("Математика/Фролова А."),
                                       QStringLiteral("Английский язык/Новикова Е."), QStringLiteral("ОРКСЭ/Гусева В."),
                                       QStringLiteral("Физическая культура/Кузнецов К.")}));
    const QCborArray students = journal[QStringLiteral("students")].toArray();
    QCOMPARE(students.size(), 9);
    QCOMPARE(text(students.at(0)[QStringLiteral("birthDate")]), QStringLiteral("2014-03-15"));
    QCOMPARE(text(students.at(0)[QStringLiteral("address")]), QStringLiteral("ул. Ленина, 1"));
    QCOMPARE(text(students.at(0)[QStringLiteral("guardians")][0][QStringLiteral("fullName")]), QStringLiteral("Абрамова Мария"));
    QCOMPARE(text(students.at(6)[QStringLiteral("joinedOn")]), QStringLiteral("2025-10-01"));
    QCOMPARE(text(students.at(8)[QStringLiteral("leftOn")]), QStringLiteral("2025-10-15"));
    // Its class teacher sees the personal pages too; 2 четверть lists the seven then in the class.
    const QCborMap q2 = report(MessageType::ReportsClassJournal,
                               withArg(classArgs("5А"), QStringLiteral("periodId"), m_period.value(QStringLiteral("Q2"))), QStringLiteral("ct"));
    QCOMPARE(q2[QStringLiteral("students")].toArray().size(), 7);
    QVERIFY(q2[QStringLiteral("students")][0].toMap().contains(QStringLiteral("birthDate")));

    const QCborMap pages = report(MessageType::ReportsSubjectPages, QCborMap{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("math"))}},
                                  QStringLiteral("math"));
    QCOMPARE(text(pages[QStringLiteral("assignment")][QStringLiteral("subjectName")]), QStringLiteral("Математика"));
    QCOMPARE(pages[QStringLiteral("students")].toArray().size(), 9);
    QStringList lessons;
    for (const QCborValue &l : pages[QStringLiteral("lessons")].toArray())
        lessons.append(QStringList{text(l[QStringLiteral("date")]), QString::number(l[QStringLiteral("lessonNumber")].toInteger()),
                                   text(l[QStringLiteral("topic")]), text(l[QStringLiteral("homework")]), text(l[QStringLiteral("teacherName")]),
                                   text(l[QStringLiteral("substituteName")])}
                           .join(QLatin1Char('|')));
    QCOMPARE(lessons, (QStringList{QStringLiteral("2025-09-08|2|Натуральные числа|№ 100|Фролова А.|"),
                                   QStringLiteral("2025-09-10|1|Сложение|№ 110|Фролова А.|Зуев О."),
                                   QStringLiteral("2025-10-13|2||№ 120|Фролова А.|"), QStringLiteral("2025-11-11|1|Дроби||Фролова А.|")}));
    // Cells: A 6 (4 marks; Абрамова late as well; Григорьев, Ёлкин absent), B 8 (7 marks; Борисов
    // absent), C 6 (5 with marks; Яшин late), D 2 (Жуков, Васильева absent).
    const QCborArray cells = pages[QStringLiteral("cells")].toArray();
    QCOMPARE(cells.size(), 22);
    bool seenDouble = false;
    for (const QCborValue &c : cells) {
        if (c[QStringLiteral("lessonId")].toInteger() == m_lesson.value(QStringLiteral("math:C"))
            && c[QStringLiteral("studentId")].toInteger() == m_pupil.value(QStringLiteral("Григорьев"))) {
            QCOMPARE(c[QStringLiteral("marks")].toArray().size(), 2);
            QCOMPARE(c[QStringLiteral("marks")][1][QStringLiteral("value")].toInteger(), 3);
            seenDouble = true;
        }
        if (c[QStringLiteral("lessonId")].toInteger() == m_lesson.value(QStringLiteral("math:A"))
            && c[QStringLiteral("studentId")].toInteger() == m_pupil.value(QStringLiteral("Абрамова"))) {
            QCOMPARE(text(c[QStringLiteral("attendance")][QStringLiteral("kind")]), QStringLiteral("late"));
            QCOMPARE(c[QStringLiteral("marks")][0][QStringLiteral("value")].toInteger(), 5);
        }
    }
    QVERIFY(seenDouble);
    // Final marks set in 5А's mathematics: 7 for 1 четверть (with Яшин's), 7 for the year; not
    // Петров's (set in 5Б).
    const QCborArray finals = pages[QStringLiteral("finalMarks")].toArray();
    QCOMPARE(finals.size(), 14);
    for (const QCborValue &f : finals)
        QVERIFY(f[QStringLiteral("studentId")].toInteger() != m_pupil.value(QStringLiteral("Петров")));
    QCOMPARE(pages[QStringLiteral("periods")].toArray().size(), 4);
    // A range: 2 четверть has one lesson and the seven then in the class.
    const QCborMap q2pages = report(MessageType::ReportsSubjectPages,
                                    QCborMap{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("math"))},
                                             {QStringLiteral("from"), QStringLiteral("2025-11-05")},
                                             {QStringLiteral("to"), QStringLiteral("2025-12-28")}});
    QCOMPARE(q2pages[QStringLiteral("lessons")].toArray().size(), 1);
    QCOMPARE(q2pages[QStringLiteral("students")].toArray().size(), 7);
    QCOMPARE(q2pages[QStringLiteral("cells")].toArray().size(), 2);
}

void TestReports::badArguments()
{
    test::TestClient &c = as(QStringLiteral("deputy"));
    // A period of another scheme (10А follows halves).
    protocol::Response r = c.call(MessageType::ReportsPeriodResults,
                                  withArg(classArgs("10А"), QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1"))));
    QCOMPARE(r.error.code, ErrorCode::ValidationFailed);
    QCOMPARE(text(r.error.details[QStringLiteral("field")]), QStringLiteral("periodId"));
    r = c.call(MessageType::ReportsPeriodResults, classArgs("5А"));
    QCOMPARE(r.error.code, ErrorCode::InvalidArgument);
    r = c.call(MessageType::ReportsAttendanceMonth, withArg(classArgs("5А"), QStringLiteral("month"), QStringLiteral("2025-13")));
    QCOMPARE(r.error.code, ErrorCode::InvalidArgument);
    r = c.call(MessageType::ReportsAttendanceStatement,
               withArg(withArg(classArgs("5А"), QStringLiteral("from"), QStringLiteral("2025-10-01")), QStringLiteral("to"), QStringLiteral("2025-09-01")));
    QCOMPARE(r.error.code, ErrorCode::ValidationFailed);
    r = c.call(MessageType::ReportsProgressStatement, QCborMap{{QStringLiteral("classId"), 999999}});
    QCOMPARE(r.error.code, ErrorCode::NotFound);
    r = c.call(MessageType::ReportsJournalControl,
               QCborMap{{QStringLiteral("from"), QStringLiteral("2024-09-01")}, {QStringLiteral("to"), QStringLiteral("2024-10-01")}});
    QCOMPARE(r.error.code, ErrorCode::ValidationFailed);
    r = c.call(MessageType::ReportsSchoolResults, QCborMap{});
    QCOMPARE(r.error.code, ErrorCode::InvalidArgument);
}

void TestReports::whoMayAskForWhich_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QCborMap>("args");
    QTest::addColumn<QStringList>("allowed");
    const QStringList top{QStringLiteral("deputy"), QStringLiteral("director"), QStringLiteral("admin")};
    const QStringList classTeacher = QStringList{QStringLiteral("ct")} + top;
    const QCborMap cls = classArgs("5А");
    const QCborMap q1 = withArg(cls, QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1")));
    const QCborMap mathQ1{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("math"))},
                          {QStringLiteral("periodId"), m_period.value(QStringLiteral("Q1"))}};
    const QCborMap range{{QStringLiteral("from"), QStringLiteral("2025-09-08")}, {QStringLiteral("to"), QStringLiteral("2025-09-21")}};
    const auto row = [](const char *name, MessageType type, const QCborMap &args, const QStringList &allowed) {
        QTest::newRow(name) << int(type) << args << allowed;
    };
    row("classJournal", MessageType::ReportsClassJournal, cls, classTeacher);
    row("subjectPages own", MessageType::ReportsSubjectPages, QCborMap{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("math"))}},
        QStringList{QStringLiteral("math")} + classTeacher);
    row("subjectPages other", MessageType::ReportsSubjectPages, QCborMap{{QStringLiteral("assignmentId"), m_assign.value(QStringLiteral("rus"))}},
        QStringList{QStringLiteral("rus")} + classTeacher);
    row("progressStatement", MessageType::ReportsProgressStatement, cls, classTeacher);
    row("attendanceStatement", MessageType::ReportsAttendanceStatement, cls, classTeacher);
    row("attendanceMonth", MessageType::ReportsAttendanceMonth, withArg(cls, QStringLiteral("month"), QStringLiteral("2025-09")), classTeacher);
    row("movementStatement class", MessageType::ReportsMovementStatement, cls, classTeacher + QStringList{QStringLiteral("secretary")});
    row("movementStatement school", MessageType::ReportsMovementStatement, QCborMap{}, top + QStringList{QStringLiteral("secretary")});
    row("periodResults class", MessageType::ReportsPeriodResults, q1, classTeacher);
    row("periodResults assignment", MessageType::ReportsPeriodResults, mathQ1, QStringList{QStringLiteral("math")} + classTeacher);
    row("forecast class", MessageType::ReportsForecast, q1, classTeacher);
    row("forecast assignment", MessageType::ReportsForecast, mathQ1, QStringList{QStringLiteral("math")} + classTeacher);
    row("classTeacherReport", MessageType::ReportsClassTeacherReport, q1, classTeacher);
    QCborMap letters = range;
    letters.insert(QStringLiteral("classId"), m_class.value(QStringLiteral("5А")));
    row("parentLetters", MessageType::ReportsParentLetters, letters, classTeacher);
    row("schoolEnrolment", MessageType::ReportsSchoolEnrolment, QCborMap{}, top + QStringList{QStringLiteral("secretary")});
    row("schoolMovement", MessageType::ReportsSchoolMovement, QCborMap{}, top + QStringList{QStringLiteral("secretary")});
    row("schoolResults", MessageType::ReportsSchoolResults, QCborMap{{QStringLiteral("periodNumber"), 1}}, top);
    row("journalControl", MessageType::ReportsJournalControl,
        QCborMap{{QStringLiteral("from"), QStringLiteral("2025-09-01")}, {QStringLiteral("to"), QStringLiteral("2025-10-24")}}, top);
    QCborMap dynamics = range;
    dynamics.insert(QStringLiteral("studentId"), m_pupil.value(QStringLiteral("Абрамова")));
    // Her teachers (mathematics; Russian and ОРКСЭ) and class teacher; not ct2, who teaches 5Б.
    row("studentDynamics", MessageType::ReportsStudentDynamics, dynamics,
        QStringList{QStringLiteral("math"), QStringLiteral("rus")} + classTeacher);
}

void TestReports::whoMayAskForWhich()
{
    QFETCH(int, type);
    QFETCH(QCborMap, args);
    QFETCH(QStringList, allowed);
    for (const char *login : {"math", "rus", "ct", "ct2", "deputy", "director", "admin", "secretary", "student", "parent"}) {
        const QString who = QString::fromLatin1(login);
        const protocol::Response r = as(who).call(MessageType(type), args);
        if (allowed.contains(who))
            QVERIFY2(r.ok, qPrintable(who + QStringLiteral(": ") + r.error.message));
        else
            QVERIFY2(!r.ok && r.error.code == ErrorCode::PermissionDenied,
                     qPrintable(who + QStringLiteral(" was not refused: ") + (r.ok ? QStringLiteral("ok") : r.error.message)));
    }
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
