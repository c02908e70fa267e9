// Who may send each school-structure message (docs/protocol.md, "School structure"): every message
// against every role — admin, director, deputy, a subject teacher, a class teacher, the secretary, a
// student, a parent — allowed or refused with permission_denied exactly as the table says, including
// "the class teacher for their own class only". Arguments are chosen so that an allowed call gets past
// the gate and then stops harmlessly (not_found, a validation error) or does something small.
#include <QCborArray>
#include <QtTest>

#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"
#include "db/Db.h"

using namespace cj;
using protocol::MessageType;

namespace {
const QString kDenied = QStringLiteral("permission_denied");
constexpr qint64 kMissing = 999999;

// The role × account set of this test: every role, and a teacher both as a subject teacher (math
// teaches every class, leads none) and as the class teacher of 5А (russian, who also teaches 10А).
const QStringList kLogins{QStringLiteral("admin"),     QStringLiteral("director"), QStringLiteral("deputy"),
                          QStringLiteral("math"),      QStringLiteral("russian"),  QStringLiteral("secretary"),
                          QStringLiteral("student"),   QStringLiteral("parent")};
} // namespace

class TestStructureAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    QHash<QString, std::shared_ptr<test::TestClient>> m_clients;
    QSet<int> m_covered;

    QCborMap range() const
    {
        return QCborMap{{QStringLiteral("from"), QStringLiteral("2025-09-01")}, {QStringLiteral("to"), QStringLiteral("2025-09-30")}};
    }

    static QCborMap with(QCborMap map, const QString &key, const QCborValue &value)
    {
        map.insert(key, value);
        return map;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startSmallSchool(QStringLiteral("access"), &m_server, &m_school));
        for (const QString &login : kLogins) {
            m_clients.insert(login, test::signedIn(m_server->port(), login,
                                                   login == QLatin1String("admin") ? test::TestServer::kAdminPassword
                                                                                   : test::SmallSchool::kPassword));
        }
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        QCOMPARE(m_server->stop(), 0);
    }

    void matrix_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QCborMap>("args");
        QTest::addColumn<QStringList>("allowed");
        const QStringList all = kLogins;
        const QStringList staff = kLogins.mid(0, 6);
        const QStringList admin{QStringLiteral("admin")};
        const QStringList adminDeputy{QStringLiteral("admin"), QStringLiteral("deputy")};
        const QStringList records{QStringLiteral("admin"), QStringLiteral("secretary")};
        const QStringList recordsAndClassTeacher{QStringLiteral("admin"), QStringLiteral("secretary"), QStringLiteral("russian")};
        const test::SmallSchool &s = *m_school;
        const qint64 in5 = s.students.value(s.class5).at(1);
        const qint64 in10 = s.students.value(s.class10).at(1);
        const QCborMap missingId{{QStringLiteral("id"), kMissing}};
        const auto row = [this](const char *name, MessageType type, const QCborMap &args, const QStringList &allowed) {
            m_covered.insert(int(type));
            QTest::newRow(name) << int(type) << args << allowed;
        };
        row("school.get", MessageType::SchoolGet, {}, all);
        row("school.update", MessageType::SchoolUpdate, {{QStringLiteral("name"), QString()}}, admin);
        row("years.list", MessageType::YearsList, {}, staff);
        row("years.create", MessageType::YearsCreate,
            {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("startsOn"), QStringLiteral("2030-09-01")},
             {QStringLiteral("endsOn"), QStringLiteral("2030-01-01")}},
            admin);
        row("years.update", MessageType::YearsUpdate, missingId, admin);
        row("periods.set", MessageType::PeriodsSet, {{QStringLiteral("yearId"), kMissing}}, admin);
        row("holidays.save", MessageType::HolidaysSave, {{QStringLiteral("yearId"), kMissing}}, admin);
        row("holidays.delete", MessageType::HolidaysDelete, missingId, admin);
        row("bells.list", MessageType::BellsList, {{QStringLiteral("yearId"), s.yearId}}, staff);
        row("bells.save", MessageType::BellsSave, {{QStringLiteral("yearId"), kMissing}}, admin);
        row("bells.delete", MessageType::BellsDelete, missingId, admin);
        row("classes.list", MessageType::ClassesList, {}, staff);
        row("classes.create", MessageType::ClassesCreate, {{QStringLiteral("yearId"), kMissing}}, admin);
        row("classes.update", MessageType::ClassesUpdate, missingId, admin);
        row("classes.delete", MessageType::ClassesDelete, missingId, admin);
        row("subjects.list", MessageType::SubjectsList, {}, staff);
        row("subjects.create", MessageType::SubjectsCreate, {{QStringLiteral("name"), QString()}}, admin);
        row("subjects.update", MessageType::SubjectsUpdate, missingId, admin);
        row("subgroups.list", MessageType::SubgroupsList, {{QStringLiteral("classId"), s.class5}}, staff);
        row("subgroups.create", MessageType::SubgroupsCreate, {{QStringLiteral("classId"), kMissing}}, admin);
        row("subgroups.delete", MessageType::SubgroupsDelete, missingId, admin);
        // The class teacher of 5А may split 5А (the student of 1А makes the call stop at not_a_member).
        row("subgroups.assign own class", MessageType::SubgroupsAssign,
            {{QStringLiteral("subgroupId"), s.englishGroup1},
             {QStringLiteral("studentIds"), QCborArray{s.students.value(s.class1).first()}}},
            {QStringLiteral("admin"), QStringLiteral("deputy"), QStringLiteral("russian")});
        row("students.list", MessageType::StudentsList, {{QStringLiteral("classId"), s.class10}}, staff);
        row("students.list of a class not taught", MessageType::StudentsList, {{QStringLiteral("classId"), s.class1}},
            {QStringLiteral("admin"), QStringLiteral("director"), QStringLiteral("deputy"), QStringLiteral("math"),
             QStringLiteral("secretary")});
        row("students.get own child", MessageType::StudentsGet, {{QStringLiteral("id"), s.studentId}}, all);
        row("students.get other", MessageType::StudentsGet, {{QStringLiteral("id"), in10}}, staff);
        row("students.create", MessageType::StudentsCreate, {{QStringLiteral("classId"), kMissing}}, records);
        row("students.update own class", MessageType::StudentsUpdate,
            {{QStringLiteral("id"), in5}, {QStringLiteral("gender"), QStringLiteral("x")}}, recordsAndClassTeacher);
        row("students.update other class", MessageType::StudentsUpdate,
            {{QStringLiteral("id"), in10}, {QStringLiteral("gender"), QStringLiteral("x")}}, records);
        row("students.transfer", MessageType::StudentsTransfer, {{QStringLiteral("studentId"), kMissing}}, records);
        row("students.leave", MessageType::StudentsLeave, {{QStringLiteral("studentId"), kMissing}}, records);
        row("students.reenrol", MessageType::StudentsReenrol, {{QStringLiteral("studentId"), kMissing}}, records);
        row("movements.list own class", MessageType::MovementsList, {{QStringLiteral("classId"), s.class5}},
            {QStringLiteral("admin"), QStringLiteral("director"), QStringLiteral("deputy"), QStringLiteral("russian"),
             QStringLiteral("secretary")});
        row("movements.list other class", MessageType::MovementsList, {{QStringLiteral("classId"), s.class10}},
            {QStringLiteral("admin"), QStringLiteral("director"), QStringLiteral("deputy"), QStringLiteral("secretary")});
        row("guardians.save own class", MessageType::GuardiansSave, {{QStringLiteral("studentId"), in5}, {QStringLiteral("id"), kMissing}},
            recordsAndClassTeacher);
        row("guardians.save other class", MessageType::GuardiansSave,
            {{QStringLiteral("studentId"), in10}, {QStringLiteral("id"), kMissing}}, records);
        row("guardians.remove", MessageType::GuardiansRemove,
            {{QStringLiteral("studentId"), in5}, {QStringLiteral("guardianId"), kMissing}}, recordsAndClassTeacher);
        row("accounts.createForStudent own class", MessageType::AccountsCreateForStudent, {{QStringLiteral("studentId"), in5}},
            {QStringLiteral("admin"), QStringLiteral("russian")});
        row("accounts.createForStudent other class", MessageType::AccountsCreateForStudent,
            {{QStringLiteral("studentId"), in10}}, admin);
        row("accounts.createForGuardian other class", MessageType::AccountsCreateForGuardian,
            {{QStringLiteral("guardianId"), qint64(guardianOf(in10))}}, admin);
        row("curriculum.list", MessageType::CurriculumList, {}, staff);
        row("curriculum.set", MessageType::CurriculumSet, {{QStringLiteral("classId"), kMissing}}, admin);
        row("assignments.list", MessageType::AssignmentsList, {}, staff);
        row("assignments.save", MessageType::AssignmentsSave, {{QStringLiteral("classId"), kMissing}}, admin);
        row("assignments.delete", MessageType::AssignmentsDelete, missingId, admin);
        row("assignments.check", MessageType::AssignmentsCheck, {}, staff);
        row("schedule.list own class", MessageType::ScheduleList, {{QStringLiteral("classId"), s.class5}}, all);
        row("schedule.list other class", MessageType::ScheduleList, {{QStringLiteral("classId"), s.class10}}, staff);
        row("schedule.list teacher", MessageType::ScheduleList, {{QStringLiteral("teacherId"), s.users.value(QStringLiteral("math"))}},
            staff);
        row("schedule.set", MessageType::ScheduleSet, {{QStringLiteral("assignmentId"), kMissing}}, adminDeputy);
        row("schedule.remove", MessageType::ScheduleRemove, {{QStringLiteral("entryId"), kMissing}}, adminDeputy);
        row("lessons.generate", MessageType::LessonsGenerate,
            {{QStringLiteral("from"), QStringLiteral("2030-01-01")}, {QStringLiteral("to"), QStringLiteral("2030-01-02")}}, adminDeputy);
        row("lessons.list", MessageType::LessonsList, with(range(), QStringLiteral("classId"), s.class5), staff);
        row("lessons.add", MessageType::LessonsAdd, {{QStringLiteral("assignmentId"), kMissing}}, adminDeputy);
        row("lessons.delete", MessageType::LessonsDelete, missingId, adminDeputy);
        row("substitutions.set", MessageType::SubstitutionsSet, {{QStringLiteral("lessonId"), kMissing}}, adminDeputy);
        row("substitutions.remove", MessageType::SubstitutionsRemove, {{QStringLiteral("lessonId"), kMissing}}, adminDeputy);
        row("substitutions.list", MessageType::SubstitutionsList, range(), staff);
        const QCborMap csv{{QStringLiteral("kind"), QStringLiteral("students")},
                           {QStringLiteral("csv"), QStringLiteral("Фамилия;Имя;Класс;Номер приказа\n")}};
        row("import.preview", MessageType::ImportPreview, csv, records);
        row("import.commit", MessageType::ImportCommit, csv, records);
    }

    void matrix()
    {
        QFETCH(int, type);
        QFETCH(QCborMap, args);
        QFETCH(QStringList, allowed);
        for (const QString &login : kLogins) {
            const protocol::Response r = m_clients.value(login)->call(MessageType(type), args);
            const QString got = test::outcome(r);
            QVERIFY2(r.ok || r.error.code != protocol::ErrorCode::Internal, qPrintable(login + QStringLiteral(": ") + r.error.message));
            if (allowed.contains(login))
                QVERIFY2(got != kDenied, qPrintable(QStringLiteral("%1 should be allowed (%2)").arg(login, r.error.message)));
            else
                QVERIFY2(got == kDenied, qPrintable(QStringLiteral("%1 should be refused, got %2").arg(login, got)));
        }
    }

    void everyStructureMessageIsInTheMatrix()
    {
        for (int t = int(MessageType::SchoolGet); t <= int(MessageType::ImportCommit); ++t)
            QVERIFY2(m_covered.contains(t), qPrintable(protocol::messageTypeName(MessageType(t))));
    }

private:
    qint64 guardianOf(qint64 studentId)
    {
        return m_server->fixture()
            .db()
            .scalar(QStringLiteral("SELECT guardian_id FROM student_guardians WHERE student_id = ? LIMIT 1"), {studentId})
            ->toLongLong();
    }
};

QTEST_GUILESS_MAIN(TestStructureAccess)
#include "tst_structure_access.moc"
