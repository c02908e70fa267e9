// Benchmark (not run by ctest): the reports on a generated large school (66 classes, about 2,000
// pupils, a whole year of lessons) with a year's journal filled in — current marks, absences, period
// and year marks. Targets (issue 5): a class's whole year journal for print in ≤ 5 s; the school's
// summary statement in ≤ 2 s. Prints each timing and exits 1 when a target is missed.
//   build/tests/bench_reports [--explain]   (--explain: PostgreSQL logs the plans of statements over 200 ms)
#include <QCborArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include "ServerProcess.h"
#include "TestClient.h"
#include "TestCluster.h"
#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "storage/SchoolStore.h"
#include "storage/UserStore.h"

using namespace cj;
using protocol::MessageType;

namespace {
QTextStream out(stdout);

// A year's journal, as if at its end: 30 % of the pupils due at a lesson get a mark, 5 % miss it
// (with every kind of reason), 1 % are late; every pupil on a list at a period's (the year's) end has
// a period (year) mark in each subject of the class. Seeded, so runs compare.
const char *const kFill[] = {
    "SELECT setseed(0.5)",
    "CREATE TEMP TABLE due AS "
    "SELECT l.id AS lesson_id, l.on_date, a.teacher_id, m.student_id, a.school_id FROM lessons l "
    "JOIN assignments a ON a.id = l.assignment_id JOIN class_memberships m ON m.class_id = a.class_id "
    "AND m.starts_on <= l.on_date AND (m.left_on IS NULL OR m.left_on > l.on_date) WHERE a.subgroup_id IS NULL "
    "UNION ALL SELECT l.id, l.on_date, a.teacher_id, g.student_id, a.school_id FROM lessons l "
    "JOIN assignments a ON a.id = l.assignment_id JOIN subgroup_memberships g ON g.subgroup_id = a.subgroup_id "
    "AND g.starts_on <= l.on_date AND (g.left_on IS NULL OR g.left_on > l.on_date)",
    "INSERT INTO marks(school_id, lesson_id, student_id, value, entered_by, entered_at) "
    "SELECT d.school_id, d.lesson_id, d.student_id, 2 + floor(random() * 4)::int, d.teacher_id, d.on_date + time '12:00' "
    "FROM due d JOIN lessons l ON l.id = d.lesson_id JOIN assignments a ON a.id = l.assignment_id "
    "JOIN subjects s ON s.id = a.subject_id JOIN classes c ON c.id = a.class_id "
    "WHERE s.grading = 'marks' AND c.grade > 1 AND random() < 0.3",
    "INSERT INTO attendance(lesson_id, student_id, school_id, kind, reason, set_by, set_at) "
    "SELECT lesson_id, student_id, school_id, CASE WHEN r < 0.05 THEN 'absent' ELSE 'late' END, "
    "CASE WHEN r < 0.02 THEN 'ill' WHEN r < 0.03 THEN 'excused' WHEN r < 0.04 THEN 'unexcused' END, "
    "teacher_id, on_date + time '12:00' FROM (SELECT *, random() AS r FROM due) x WHERE r < 0.06",
    "INSERT INTO final_marks(school_id, student_id, subject_id, class_id, year_id, kind, period_id, value, passed, "
    "entered_by, entered_at) "
    "SELECT DISTINCT ON (m.student_id, a.subject_id, p.id) c.school_id, m.student_id, a.subject_id, c.id, c.year_id, "
    "'period', p.id, CASE WHEN s.grading = 'marks' THEN 2 + floor(random() * 4)::int END, "
    "CASE WHEN s.grading = 'pass_fail' THEN random() < 0.9 END, a.teacher_id, p.ends_on + time '12:00' "
    "FROM classes c JOIN periods p ON p.year_id = c.year_id AND p.scheme = c.period_scheme "
    "JOIN class_memberships m ON m.class_id = c.id AND m.starts_on <= p.ends_on AND (m.left_on IS NULL OR m.left_on > p.ends_on) "
    "JOIN assignments a ON a.class_id = c.id JOIN subjects s ON s.id = a.subject_id WHERE c.grade > 1",
    "INSERT INTO final_marks(school_id, student_id, subject_id, class_id, year_id, kind, value, passed, entered_by, entered_at) "
    "SELECT DISTINCT ON (f.student_id, f.subject_id) f.school_id, f.student_id, f.subject_id, f.class_id, f.year_id, 'year', "
    "f.value, f.passed, f.entered_by, f.entered_at FROM final_marks f WHERE f.kind = 'period' "
    "ORDER BY f.student_id, f.subject_id, f.period_id DESC",
    "ANALYZE",
};

struct Timed {
    QString what;
    qint64 ms;
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool explain = app.arguments().contains(QStringLiteral("--explain"));
    test::TestCluster &cluster = test::TestCluster::instance();
    if (!cluster.isUp()) {
        out << "no PostgreSQL: " << cluster.error() << Qt::endl;
        return 2;
    }
    const server::DatabaseConfig config = cluster.createDatabase(QStringLiteral("bench_reports"));
    QElapsedTimer clock;
    clock.start();
    int code = 0;
    QString errors;
    const QString generated = test::ServerProcess::runOnce(
        {QStringLiteral("--db"), test::TestCluster::url(config), QStringLiteral("--generate"), QStringLiteral("large"),
         QStringLiteral("--seed"), QStringLiteral("1")},
        &code, &errors, 900000);
    if (code != 0) {
        out << "generation failed: " << errors << Qt::endl;
        return 2;
    }
    out << generated.trimmed() << "\n(generated in " << clock.elapsed() / 1000 << " s)" << Qt::endl;

    server::PasswordHasher::initialize();
    server::Db db(config, QStringLiteral("bench"));
    db.open();
    clock.restart();
    for (const char *statement : kFill)
        db.execScript(QString::fromUtf8(statement));
    const qint64 schoolId = *server::SchoolStore::firstSchoolId(db);
    server::UserRecord deputy;
    deputy.schoolId = schoolId;
    deputy.login = QStringLiteral("bench-deputy");
    deputy.surname = QStringLiteral("Замова");
    deputy.firstName = QStringLiteral("Зоя");
    deputy.roles = Role::Deputy;
    deputy.id = server::UserStore::insert(db, deputy);
    server::UserStore::setPassword(db, deputy.id, server::PasswordHasher::hash(QStringLiteral("Bench-pass-1")));
    const auto count = [&](const char *table) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))->toLongLong();
    };
    out << "journal filled in " << clock.elapsed() / 1000 << " s: " << count("students") << " pupils, " << count("lessons")
        << " lessons, " << count("marks") << " marks, " << count("attendance") << " attendance entries, "
        << count("final_marks") << " period and year marks" << Qt::endl;
    const QDate yearEnd = db.scalar(QStringLiteral("SELECT max(ends_on) FROM academic_years"))->toDate();
    const qint64 classId = db.scalar(QStringLiteral("SELECT c.id FROM classes c JOIN class_memberships m ON m.class_id = c.id "
                                                    "WHERE c.grade = 7 GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"))->toLongLong();

    if (explain) {
        // The server's sessions log the plan of every statement slower than 200 ms (auto_explain).
        for (const QString &setting : {QStringLiteral("session_preload_libraries = 'auto_explain'"),
                                       QStringLiteral("auto_explain.log_min_duration = 200"),
                                       QStringLiteral("auto_explain.log_analyze = on")})
            db.execScript(QStringLiteral("ALTER DATABASE %1 SET %2").arg(config.databaseName, setting));
    }

    test::ServerProcess server;
    if (!server.start({QStringLiteral("--db"), test::TestCluster::url(config), QStringLiteral("--test-clock"),
                       QStringLiteral("--today"), yearEnd.addDays(15).toString(Qt::ISODate)})) {
        out << "the server did not start: " << server.log() << Qt::endl;
        return 2;
    }
    test::TestClient client(server.port());
    if (!client.open() || !client.login(QStringLiteral("bench-deputy"), QStringLiteral("Bench-pass-1"))) {
        out << "cannot sign in" << Qt::endl;
        return 2;
    }
    QList<Timed> timings;
    const auto timed = [&](const QString &what, MessageType type, const QCborMap &args) {
        QElapsedTimer t;
        t.start();
        const protocol::Response r = client.call(type, args, 120000);
        const qint64 ms = t.elapsed();
        if (!r.ok)
            out << what << " failed: " << r.error.message << Qt::endl;
        timings.append(Timed{what, ms});
        return r.result;
    };

    // The school's summary statements.
    timed(QStringLiteral("schoolResults, 2nd period"), MessageType::ReportsSchoolResults, QCborMap{{QStringLiteral("periodNumber"), 2}});
    timed(QStringLiteral("schoolResults, year"), MessageType::ReportsSchoolResults, QCborMap{{QStringLiteral("year"), true}});
    const qint64 schoolMs = std::max(timings.at(0).ms, timings.at(1).ms);

    // One class's whole year journal for print: title and data pages, every subject's pages, the
    // statements of marks, attendance and movement.
    QElapsedTimer whole;
    whole.start();
    const QCborMap classArgs{{QStringLiteral("classId"), classId}};
    const QCborMap journal = timed(QStringLiteral("classJournal"), MessageType::ReportsClassJournal, classArgs);
    for (const QCborValue &a : journal.value(QStringLiteral("assignments")).toArray())
        timed(QStringLiteral("subjectPages ") + a[QStringLiteral("subjectName")].toString(), MessageType::ReportsSubjectPages,
              QCborMap{{QStringLiteral("assignmentId"), a[QStringLiteral("id")]}});
    timed(QStringLiteral("progressStatement"), MessageType::ReportsProgressStatement, classArgs);
    timed(QStringLiteral("attendanceStatement"), MessageType::ReportsAttendanceStatement, classArgs);
    timed(QStringLiteral("movementStatement"), MessageType::ReportsMovementStatement, classArgs);
    const qint64 journalMs = whole.elapsed();

    // The rest, for the record.
    timed(QStringLiteral("periodResults, class, year"), MessageType::ReportsPeriodResults,
          QCborMap{{QStringLiteral("classId"), classId}, {QStringLiteral("year"), true}});
    timed(QStringLiteral("schoolMovement"), MessageType::ReportsSchoolMovement, {});
    timed(QStringLiteral("schoolEnrolment"), MessageType::ReportsSchoolEnrolment, {});
    timed(QStringLiteral("movementStatement, school"), MessageType::ReportsMovementStatement, {});
    timed(QStringLiteral("journalControl, the whole school, a month"), MessageType::ReportsJournalControl,
          QCborMap{{QStringLiteral("from"), yearEnd.addMonths(-2).toString(Qt::ISODate)},
                   {QStringLiteral("to"), yearEnd.addMonths(-1).toString(Qt::ISODate)}});
    timed(QStringLiteral("parentLetters, class, two weeks"), MessageType::ReportsParentLetters,
          QCborMap{{QStringLiteral("classId"), classId}, {QStringLiteral("from"), yearEnd.addDays(-28).toString(Qt::ISODate)},
                   {QStringLiteral("to"), yearEnd.addDays(-14).toString(Qt::ISODate)}});

    for (const Timed &t : timings)
        out << QStringLiteral("%1 ms  %2").arg(t.ms, 6).arg(t.what) << '\n';
    out << "school summary statement: " << schoolMs << " ms (target 2000)\n"
        << "a class's whole year journal: " << journalMs << " ms (target 5000)" << Qt::endl;
    server.stop();
    return schoolMs <= 2000 && journalMs <= 5000 ? 0 : 1;
}
