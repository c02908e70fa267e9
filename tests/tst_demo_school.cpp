// The generated schools: the demo school fills an empty database without errors, with the README's
// accounts (a teacher who leads a class and teaches several, their student and that student's
// parent), and its timetable and lessons are clash-free; generation is reproducible from its seed.
#include <QtTest>

#include "TestCluster.h"
#include "app/DemoSchool.h"
#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "storage/UserStore.h"

using namespace cj;

class TestDemoSchool : public QObject
{
    Q_OBJECT

    static int count(server::Db &db, const QString &sql, const QVariantList &params = {})
    {
        return db.scalar(sql, params)->toInt();
    }

    // Clashes in the schedule: the same teacher, class (unless two different subgroups) or room twice
    // in one slot at once; the same for lessons on one date.
    static void verifyClashFree(server::Db &db)
    {
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM schedule_entries a JOIN schedule_entries b ON a.id < b.id "
                                          "AND a.weekday = b.weekday AND a.lesson_number = b.lesson_number "
                                          "JOIN assignments x ON x.id = a.assignment_id JOIN assignments y ON y.id = b.assignment_id "
                                          "WHERE x.teacher_id = y.teacher_id OR (a.room <> '' AND a.room = b.room) "
                                          "OR (a.class_id = b.class_id AND (x.subgroup_id IS NULL OR y.subgroup_id IS NULL))")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT coalesce(s.teacher_id, a.teacher_id) AS t, l.on_date, "
                                          "l.lesson_number FROM lessons l JOIN assignments a ON a.id = l.assignment_id "
                                          "LEFT JOIN substitutions s ON s.lesson_id = l.id "
                                          "GROUP BY 1, 2, 3 HAVING count(*) > 1) x")),
                 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
        server::PasswordHasher::initialize();
    }

    void demoFillsAndIsClashFree()
    {
        server::Db db(test::TestCluster::instance().createDatabase(QStringLiteral("demo")), QStringLiteral("demo"));
        db.open();
        QString error;
        const QString text = server::DemoSchool::fillIfEmpty(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &account : {QStringLiteral("admin / admin2025"), QStringLiteral("teacher / teacher2025"),
                                       QStringLiteral("student / student2025"), QStringLiteral("parent / parent2025")})
            QVERIFY2(text.contains(account), qPrintable(text));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM classes")), 14);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM students")) >= 14 * 20);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM lessons")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM subgroups")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM substitutions")) > 0);
        verifyClashFree(db);
        // The load covers every curriculum hour, and the timetable every hour of the load.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM curriculum k WHERE NOT EXISTS (SELECT 1 FROM assignments a "
                                          "WHERE a.class_id = k.class_id AND a.subject_id = k.subject_id "
                                          "AND a.hours_per_week = k.hours_per_week)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assignments a WHERE a.hours_per_week <> "
                                          "(SELECT count(*) FROM schedule_entries e WHERE e.assignment_id = a.id)")),
                 0);
        const server::UserRecord teacher = *server::UserStore::byLogin(db, QStringLiteral("teacher"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM classes WHERE class_teacher_id = ?"), {teacher.id}), 1);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM assignments WHERE teacher_id = ?"), {teacher.id}) >= 3);
        // The student is in the teacher's class; the parent is that student's guardian.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM students s JOIN users u ON u.id = s.user_id "
                                          "JOIN class_memberships m ON m.student_id = s.id JOIN classes c ON c.id = m.class_id "
                                          "WHERE u.login = 'student' AND c.class_teacher_id = ?"),
                       {teacher.id}),
                 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM student_guardians sg JOIN guardians g ON g.id = sg.guardian_id "
                                          "JOIN users p ON p.id = g.user_id JOIN students s ON s.id = sg.student_id "
                                          "JOIN users u ON u.id = s.user_id WHERE p.login = 'parent' AND u.login = 'student'")),
                 1);
        // A second time: the database already holds a school.
        QVERIFY(server::DemoSchool::fillIfEmpty(db, &error).contains(QStringLiteral("already")));
    }

    void generationIsReproducible()
    {
        QStringList fingerprints;
        for (int i = 0; i < 2; ++i) {
            server::Db db(test::TestCluster::instance().createDatabase(QStringLiteral("gen")), QStringLiteral("gen%1").arg(i));
            db.open();
            QString summary;
            QString error;
            QVERIFY2(server::DemoSchool::generate(db, QStringLiteral("small"), 42, &summary, &error), qPrintable(error));
            verifyClashFree(db);
            fingerprints.append(db.scalar(QStringLiteral("SELECT md5(string_agg(surname || first_name || patronymic, ',' ORDER BY id)) "
                                                         "FROM students"))->toString()
                                + db.scalar(QStringLiteral("SELECT count(*) FROM schedule_entries"))->toString());
        }
        QCOMPARE(fingerprints.at(0), fingerprints.at(1));
        QString error;
        QString summary;
        server::Db db(test::TestCluster::instance().createDatabase(QStringLiteral("bad")), QStringLiteral("bad"));
        db.open();
        QVERIFY(!server::DemoSchool::generate(db, QStringLiteral("huge"), 1, &summary, &error));
    }
};

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demo_school.moc"
