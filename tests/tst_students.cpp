// Students, curriculum and teaching load against the real server: personal data visible per role
// (absent, not empty, where not visible), Russian alphabetical order, transfer keeping the old
// membership, leaving greying rather than deleting, a subgroup move taking effect from the next
// period, curriculum maximums, and assignments.check.
#include <QCborArray>
#include <QtTest>

#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"

using namespace cj;
using protocol::MessageType;

class TestStudents : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    std::unique_ptr<test::TestClient> m_admin;

    std::unique_ptr<test::TestClient> as(const QString &login)
    {
        return test::signedIn(m_server->port(), login, test::SmallSchool::kPassword);
    }

    QCborArray studentsOf(test::TestClient &c, qint64 classId, const QString &date, bool includeLeft = false)
    {
        return c.resultOf(MessageType::StudentsList, QCborMap{{QStringLiteral("classId"), classId},
                                                              {QStringLiteral("date"), date},
                                                              {QStringLiteral("includeLeft"), includeLeft},
                                                              {QStringLiteral("personal"), true}})
            .value(QStringLiteral("students"))
            .toArray();
    }

    static QList<qint64> ids(const QCborArray &list, const QString &key = QStringLiteral("id"))
    {
        QList<qint64> out;
        for (const QCborValue &v : list)
            out.append(v.toMap().value(key).toInteger());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startSmallSchool(QStringLiteral("students"), &m_server, &m_school));
        m_admin = test::signedIn(m_server->port(), QStringLiteral("admin"), test::TestServer::kAdminPassword);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        QCOMPARE(m_server->stop(), 0);
    }

    void personalDataPerRole()
    {
        const qint64 in10 = m_school->students.value(m_school->class10).first();
        const QCborMap args{{QStringLiteral("id"), in10}};
        // The class teacher of 10А and the secretary see the card; a subject teacher of 10А only the names.
        for (const QString &login : {QStringLiteral("physics"), QStringLiteral("secretary"), QStringLiteral("deputy")}) {
            const QCborMap card = as(login)->resultOf(MessageType::StudentsGet, args);
            QVERIFY2(card.contains(QStringLiteral("birthDate")) && card.contains(QStringLiteral("guardians")), qPrintable(login));
        }
        const QCborMap pub = as(QStringLiteral("math"))->resultOf(MessageType::StudentsGet, args);
        QCOMPARE(pub.value(QStringLiteral("className")).toString(), QStringLiteral("10А"));
        for (const QString &personal : {QStringLiteral("birthDate"), QStringLiteral("address"), QStringLiteral("snils"),
                                        QStringLiteral("guardians"), QStringLiteral("movements")})
            QVERIFY2(!pub.contains(personal), qPrintable(personal));
        QCOMPARE(test::outcome(as(QStringLiteral("idle"))->call(MessageType::StudentsGet, args)), QStringLiteral("permission_denied"));
        // The parent and the student see their own card in full.
        const QCborMap own{{QStringLiteral("id"), m_school->studentId}};
        QVERIFY(as(QStringLiteral("parent"))->resultOf(MessageType::StudentsGet, own).contains(QStringLiteral("birthDate")));
        QVERIFY(as(QStringLiteral("student"))->resultOf(MessageType::StudentsGet, own).contains(QStringLiteral("guardians")));
        // Lists: the class teacher of 5А gets personal fields of 5А; math does not.
        auto russian = as(QStringLiteral("russian"));
        QVERIFY(studentsOf(*russian, m_school->class5, QStringLiteral("2025-10-15")).first().toMap().contains(QStringLiteral("birthDate")));
        auto math = as(QStringLiteral("math"));
        QVERIFY(!studentsOf(*math, m_school->class5, QStringLiteral("2025-10-15")).first().toMap().contains(QStringLiteral("birthDate")));
    }

    void russianAlphabeticalOrder()
    {
        QStringList surnames;
        for (const QCborValue &v : studentsOf(*m_admin, m_school->class5, QStringLiteral("2025-10-15")))
            surnames.append(v.toMap().value(QStringLiteral("surname")).toString());
        QCOMPARE(surnames, QStringList({QStringLiteral("Алексеев"), QStringLiteral("Белова"), QStringLiteral("Егоров"),
                                        QStringLiteral("Ёжикова"), QStringLiteral("Жуков"), QStringLiteral("Соколова")}));
    }

    void transferKeepsTheOldMembership()
    {
        const qint64 moving = m_school->students.value(m_school->class5).last();
        const QCborMap order{{QStringLiteral("studentId"), moving},
                             {QStringLiteral("toClassId"), m_school->class10},
                             {QStringLiteral("onDate"), QStringLiteral("2025-10-20")},
                             {QStringLiteral("orderNumber"), QStringLiteral("45-у")}};
        const protocol::Response r = m_admin->call(MessageType::StudentsTransfer, order);
        QCOMPARE(test::outcome(r), QStringLiteral("ok"));
        QCOMPARE(r.result.value(QStringLiteral("kind")).toString(), QStringLiteral("transfer"));
        QVERIFY(ids(studentsOf(*m_admin, m_school->class5, QStringLiteral("2025-10-19"))).contains(moving));
        QVERIFY(!ids(studentsOf(*m_admin, m_school->class5, QStringLiteral("2025-10-20"))).contains(moving));
        QVERIFY(ids(studentsOf(*m_admin, m_school->class10, QStringLiteral("2025-10-20"))).contains(moving));
        const QCborArray withLeft = studentsOf(*m_admin, m_school->class5, QStringLiteral("2025-10-21"), true);
        const auto it = std::find_if(withLeft.begin(), withLeft.end(), [&](const QCborValue &v) {
            return v.toMap().value(QStringLiteral("id")).toInteger() == moving;
        });
        QVERIFY(it != withLeft.end());
        QCOMPARE((*it).toMap().value(QStringLiteral("leftOn")).toString(), QStringLiteral("2025-10-20"));
        const QCborArray memberships = m_admin->resultOf(MessageType::StudentsGet, QCborMap{{QStringLiteral("id"), moving}})
                                           .value(QStringLiteral("memberships"))
                                           .toArray();
        QCOMPARE(memberships.size(), 2);
        // Not in a class before it started: not_a_member.
        QCOMPARE(test::outcome(m_admin->call(MessageType::StudentsTransfer, QCborMap{{QStringLiteral("studentId"), moving},
                                                                                     {QStringLiteral("toClassId"), m_school->class1},
                                                                                     {QStringLiteral("onDate"), QStringLiteral("2025-08-01")},
                                                                                     {QStringLiteral("orderNumber"), QStringLiteral("1")}})),
                 QStringLiteral("validation_failed:date_outside_year"));
    }

    void leavingGreysNotDeletes()
    {
        const qint64 leaving = m_school->students.value(m_school->class10).last();
        const protocol::Response r = m_admin->call(MessageType::StudentsLeave, QCborMap{{QStringLiteral("studentId"), leaving},
                                                                                        {QStringLiteral("onDate"), QStringLiteral("2025-11-10")},
                                                                                        {QStringLiteral("orderNumber"), QStringLiteral("50-у")},
                                                                                        {QStringLiteral("counterpart"), QStringLiteral("СОШ № 5")}});
        QCOMPARE(test::outcome(r), QStringLiteral("ok"));
        QVERIFY(!ids(studentsOf(*m_admin, m_school->class10, QStringLiteral("2025-11-10"))).contains(leaving));
        QVERIFY(ids(studentsOf(*m_admin, m_school->class10, QStringLiteral("2025-11-10"), true)).contains(leaving));
        QCOMPARE(test::outcome(m_admin->call(MessageType::StudentsGet, QCborMap{{QStringLiteral("id"), leaving}})), QStringLiteral("ok"));
        const QCborArray movements = m_admin->resultOf(MessageType::MovementsList, QCborMap{{QStringLiteral("classId"), m_school->class10}})
                                         .value(QStringLiteral("movements"))
                                         .toArray();
        QVERIFY(ids(movements, QStringLiteral("studentId")).contains(leaving));
        // Re-enrolment while on a list is refused; after leaving it works.
        QCOMPARE(test::outcome(m_admin->call(MessageType::StudentsReenrol, QCborMap{{QStringLiteral("studentId"), leaving},
                                                                                    {QStringLiteral("classId"), m_school->class10},
                                                                                    {QStringLiteral("onDate"), QStringLiteral("2025-11-01")},
                                                                                    {QStringLiteral("orderNumber"), QStringLiteral("51-у")}})),
                 QStringLiteral("validation_failed:already_enrolled"));
        QCOMPARE(test::outcome(m_admin->call(MessageType::StudentsReenrol, QCborMap{{QStringLiteral("studentId"), leaving},
                                                                                    {QStringLiteral("classId"), m_school->class10},
                                                                                    {QStringLiteral("onDate"), QStringLiteral("2025-12-01")},
                                                                                    {QStringLiteral("orderNumber"), QStringLiteral("52-у")}})),
                 QStringLiteral("ok"));
    }

    void subgroupMoveFromTheNextPeriod()
    {
        const qint64 mover = m_school->students.value(m_school->class5).first(); // in group 1
        auto russian = as(QStringLiteral("russian"));                           // the class teacher may do it
        const protocol::Response r = russian->call(MessageType::SubgroupsAssign, QCborMap{{QStringLiteral("subgroupId"), m_school->englishGroup2},
                                                                                         {QStringLiteral("studentIds"), QCborArray{mover}}});
        QCOMPARE(test::outcome(r), QStringLiteral("ok"));
        QCOMPARE(r.result.value(QStringLiteral("effectiveFrom")).toString(), QStringLiteral("2025-11-03")); // 2nd quarter
        const auto groupOf = [&](const QString &date) {
            for (const QCborValue &g : m_admin->resultOf(MessageType::SubgroupsList, QCborMap{{QStringLiteral("classId"), m_school->class5},
                                                                                           {QStringLiteral("date"), date}})
                                           .value(QStringLiteral("subgroups"))
                                           .toArray()) {
                if (ids(g.toMap().value(QStringLiteral("members")).toArray(), QStringLiteral("studentId")).contains(mover))
                    return g.toMap().value(QStringLiteral("id")).toInteger();
            }
            return qint64(0);
        };
        QCOMPARE(groupOf(QStringLiteral("2025-10-20")), m_school->englishGroup1);
        QCOMPARE(groupOf(QStringLiteral("2025-11-05")), m_school->englishGroup2);
        // A student of another class is not a member.
        QCOMPARE(test::outcome(russian->call(MessageType::SubgroupsAssign, QCborMap{{QStringLiteral("subgroupId"), m_school->englishGroup2},
                                                                                   {QStringLiteral("studentIds"), QCborArray{m_school->students.value(m_school->class1).first()}}})),
                 QStringLiteral("validation_failed:not_a_member"));
    }

    void curriculumMaximumsAndCheck()
    {
        QVERIFY(m_admin->resultOf(MessageType::AssignmentsCheck).value(QStringLiteral("problems")).toArray().isEmpty());
        const QCborMap over{{QStringLiteral("classId"), m_school->class5},
                            {QStringLiteral("subjectId"), m_school->subjects.value(QStringLiteral("Физика"))},
                            {QStringLiteral("hoursPerWeek"), 15}}; // 17 + 15 > 29
        QCOMPARE(test::outcome(m_admin->call(MessageType::CurriculumSet, over)), QStringLiteral("validation_failed:hours_over_maximum"));
        QCOMPARE(test::outcome(m_admin->call(MessageType::CurriculumSet, QCborMap{{QStringLiteral("classId"), m_school->class5},
                                                                                  {QStringLiteral("subjectId"), m_school->subjects.value(QStringLiteral("Физика"))},
                                                                                  {QStringLiteral("hoursPerWeek"), 1.25}})),
                 QStringLiteral("validation_failed"));
        const protocol::Response set = m_admin->call(MessageType::CurriculumSet, QCborMap{{QStringLiteral("classId"), m_school->class5},
                                                                                          {QStringLiteral("subjectId"), m_school->subjects.value(QStringLiteral("Физика"))},
                                                                                          {QStringLiteral("hoursPerWeek"), 1}});
        QCOMPARE(set.result.value(QStringLiteral("total")).toMap().value(QStringLiteral("maximum")).toDouble(), 29.0);
        QCOMPARE(test::outcome(m_admin->call(MessageType::CurriculumSet, QCborMap{{QStringLiteral("classId"), m_school->class10},
                                                                                  {QStringLiteral("subjectId"), m_school->subjects.value(QStringLiteral("Физика"))},
                                                                                  {QStringLiteral("hoursPerWeek"), 3}})),
                 QStringLiteral("ok"));
        QStringList kinds;
        for (const QCborValue &p : m_admin->resultOf(MessageType::AssignmentsCheck).value(QStringLiteral("problems")).toArray())
            kinds.append(p.toMap().value(QStringLiteral("className")).toString() + QLatin1Char(':') + p.toMap().value(QStringLiteral("kind")).toString());
        kinds.sort();
        QCOMPARE(kinds, QStringList({QStringLiteral("10А:under"), QStringLiteral("5А:unassigned")}));
        // A subgroup of another subject cannot carry the assignment.
        QCOMPARE(test::outcome(m_admin->call(MessageType::AssignmentsSave, QCborMap{{QStringLiteral("classId"), m_school->class5},
                                                                                    {QStringLiteral("subjectId"), m_school->subjects.value(QStringLiteral("Физика"))},
                                                                                    {QStringLiteral("subgroupId"), m_school->englishGroup1},
                                                                                    {QStringLiteral("teacherId"), m_school->users.value(QStringLiteral("physics"))},
                                                                                    {QStringLiteral("hoursPerWeek"), 1}})),
                 QStringLiteral("validation_failed:subgroup_subject_mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestStudents)
#include "tst_students.moc"
