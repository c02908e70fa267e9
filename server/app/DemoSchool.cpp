#include "app/DemoSchool.h"

#include <QElapsedTimer>

#include "app/Clock.h"
#include "app/JournalDataGenerator.h"
#include "app/MovementGenerator.h"
#include "app/SchoolGenerator.h"
#include "db/Db.h"
#include "storage/SchoolStore.h"

namespace cj::server {

namespace {
constexpr quint32 kDemoSeed = 2025;
// The journal's random stream is apart from the structure's, so either can change alone.
constexpr quint32 kJournalSalt = 0x4a524e4c;

QString describe(const SchoolGenerator::Result &r)
{
    return QStringLiteral("school %1: %2 classes, %3 students, %4 teachers, %5 lessons%6\n")
        .arg(r.schoolId)
        .arg(r.classes)
        .arg(r.students)
        .arg(r.teachers)
        .arg(r.lessons)
        .arg(r.unplacedHours > 0 ? QStringLiteral(" (%1 weekly hours could not be timetabled)").arg(r.unplacedHours)
                                 : QString());
}

// Movement and the journal up to today, on top of the structure SchoolGenerator made.
QString history(Db &db, QRandomGenerator &random, qint64 schoolId, const QDate &today)
{
    const MovementGenerator::Result moved = MovementGenerator(db, random).generate(schoolId, today);
    const JournalDataGenerator::Result j = JournalDataGenerator(db, random).generate(schoolId, today);
    return QStringLiteral("  %1 left, %2 arrived, %3 transferred; %4 lessons given, %5 marks, %6 lessons missed (%7 %), "
                          "%8 period marks\n")
        .arg(moved.left)
        .arg(moved.arrived)
        .arg(moved.transferred)
        .arg(j.lessons)
        .arg(j.marks)
        .arg(j.absences)
        .arg(j.cells > 0 ? 100.0 * j.absences / j.cells : 0.0, 0, 'f', 1)
        .arg(j.periodMarks);
}
} // namespace

QString DemoSchool::fillIfEmpty(Db &db, QString *error)
{
    if (SchoolStore::firstSchoolId(db))
        return QStringLiteral("The database already holds a school; demo data not added.\n");
    try {
        SchoolGenerator generator(db, kDemoSeed);
        const SchoolGenerator::Result r = generator.generate(
            SchoolSize::small(), QStringLiteral("МБОУ «Средняя общеобразовательная школа № 1»"), Clock::today(), true);
        QRandomGenerator random(kDemoSeed ^ kJournalSalt);
        const QString filled = history(db, random, r.schoolId, Clock::today());
        return QStringLiteral("Demo %1%2Accounts (login / password):\n%3").arg(describe(r), filled, r.accounts);
    } catch (const std::exception &e) {
        *error = QStringLiteral("the demo school could not be created: %1").arg(QString::fromStdString(e.what()));
        return {};
    }
}

bool DemoSchool::generate(Db &db, const QString &size, quint32 seed, QString *summary, QString *error)
{
    QList<SchoolSize> schools;
    if (size == QLatin1String("small")) {
        schools.append(SchoolSize::small());
    } else if (size == QLatin1String("large")) {
        schools.append(SchoolSize::large());
    } else if (size.startsWith(QLatin1String("region:"))) {
        bool ok = false;
        const int n = size.mid(7).toInt(&ok);
        if (!ok || n < 1 || n > 100) {
            *error = QStringLiteral("region:N wants N from 1 to 100");
            return false;
        }
        for (int i = 0; i < n; ++i)
            schools.append(SchoolSize::large());
    } else {
        *error = QStringLiteral("unknown size '%1' (small, large or region:N)").arg(size);
        return false;
    }
    try {
        QElapsedTimer timer;
        timer.start();
        SchoolGenerator generator(db, seed);
        QRandomGenerator random(seed ^ kJournalSalt);
        for (qsizetype i = 0; i < schools.size(); ++i) {
            const SchoolGenerator::Result r = generator.generate(
                schools[i], QStringLiteral("МБОУ «Средняя общеобразовательная школа № %1»").arg(i + 1), Clock::today(), false);
            *summary += describe(r) + history(db, random, r.schoolId, Clock::today());
        }
        *summary += QStringLiteral("generated in %1 s\n").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
        return true;
    } catch (const std::exception &e) {
        *error = QStringLiteral("generation failed: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
}

} // namespace cj::server
