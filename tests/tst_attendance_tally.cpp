// Attendance totals on hand-made days: missed lessons by reason, lateness apart, and a day counted
// missed only when every lesson the pupil had that day was missed; by pupil, month, day and class.
#include <QtTest>

#include "reports/AttendanceTally.h"

using namespace cj::server;

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestAttendanceTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeDayOnlyWhenEveryLessonWasMissed()
    {
        QVERIFY((AttendanceDay{1, d("2025-09-08"), 3, 3, 3, 0, 0, 0}).wholeDayMissed());
        QVERIFY(!(AttendanceDay{1, d("2025-09-08"), 4, 3, 1, 1, 1, 0}).wholeDayMissed());
        // Late to one lesson and absent from the others: not a missed day.
        QVERIFY(!(AttendanceDay{1, d("2025-09-08"), 3, 2, 0, 0, 2, 1}).wholeDayMissed());
        QVERIFY(!(AttendanceDay{1, d("2025-09-08"), 0, 0, 0, 0, 0, 0}).wholeDayMissed());
    }

    void talliesByPupilMonthAndDay()
    {
        // Pupil 1: 08.09 all 3 lessons missed, ill (a day); 10.09 late once; 01.10 2 of 4 missed, unexcused.
        // Pupil 2: 08.09 1 of 3 missed, excused; 01.10 both lessons missed, one excused one unexcused (a day).
        const AttendanceTally t({AttendanceDay{1, d("2025-09-08"), 3, 3, 3, 0, 0, 0},
                                 AttendanceDay{1, d("2025-09-10"), 2, 0, 0, 0, 0, 1},
                                 AttendanceDay{1, d("2025-10-01"), 4, 2, 0, 0, 2, 0},
                                 AttendanceDay{2, d("2025-09-08"), 3, 1, 0, 1, 0, 0},
                                 AttendanceDay{2, d("2025-10-01"), 2, 2, 0, 1, 1, 0}});
        const Tally p1 = t.pupil(1);
        QCOMPARE(p1.missed, 5);     // 3 + 0 + 2
        QCOMPARE(p1.ill, 3);
        QCOMPARE(p1.excused, 0);
        QCOMPARE(p1.unexcused, 2);
        QCOMPARE(p1.daysMissed, 1); // 08.09 only
        QCOMPARE(p1.late, 1);
        const Tally p1Sept = t.pupilMonth(1, QStringLiteral("2025-09"));
        QCOMPARE(p1Sept.missed, 3);
        QCOMPARE(p1Sept.daysMissed, 1);
        QCOMPARE(p1Sept.late, 1);
        QCOMPARE(t.pupilMonth(1, QStringLiteral("2025-11")).missed, 0);
        const Tally p2 = t.pupil(2);
        QCOMPARE(p2.missed, 3);     // 1 + 2
        QCOMPARE(p2.excused, 2);
        QCOMPARE(p2.unexcused, 1);
        QCOMPARE(p2.daysMissed, 1); // 01.10
        QCOMPARE(t.pupilDay(2, d("2025-10-01")).missed, 2);
        QVERIFY(t.pupilDay(2, d("2025-10-01")).wholeDayMissed());
        QCOMPARE(t.pupilDay(2, d("2025-09-10")).lessons, 0); // no record that day

        const Tally octClass = t.classMonth(QStringLiteral("2025-10"));
        QCOMPARE(octClass.missed, 4);     // 2 + 2
        QCOMPARE(octClass.unexcused, 3);  // 2 + 1
        QCOMPARE(octClass.excused, 1);
        QCOMPARE(octClass.daysMissed, 1);
        const Tally all = t.classTotal();
        QCOMPARE(all.missed, 8);     // 5 + 3
        QCOMPARE(all.ill, 3);
        QCOMPARE(all.excused, 2);
        QCOMPARE(all.unexcused, 3);
        QCOMPARE(all.daysMissed, 2);
        QCOMPARE(all.late, 1);
        QCOMPARE(t.classDay(d("2025-09-08")).missed, 4); // 3 + 1
        QCOMPARE(t.days(), (QList<QDate>{d("2025-09-08"), d("2025-09-10"), d("2025-10-01")}));
    }

    void monthsOfARange()
    {
        QCOMPARE(AttendanceTally::monthsBetween(d("2025-09-15"), d("2025-12-01")),
                 (QStringList{QStringLiteral("2025-09"), QStringLiteral("2025-10"), QStringLiteral("2025-11"),
                              QStringLiteral("2025-12")}));
        QCOMPARE(AttendanceTally::monthsBetween(d("2025-12-31"), d("2026-01-01")),
                 (QStringList{QStringLiteral("2025-12"), QStringLiteral("2026-01")}));
        QCOMPARE(AttendanceTally::monthsBetween(d("2025-09-01"), d("2025-09-30")), QStringList{QStringLiteral("2025-09")});
    }
};

QTEST_GUILESS_MAIN(TestAttendanceTally)
#include "tst_attendance_tally.moc"
