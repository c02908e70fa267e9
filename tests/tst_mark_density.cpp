// Накопляемость отметок (003 §2.3.1–2.3.2): the minimum by weekly hours and the valid-absence exclusion.
#include <QtTest>

#include "reports/MarkDensity.h"

using namespace cj::server;

class TestMarkDensity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimumByHours()
    {
        QCOMPARE(MarkDensity::minimumMarks(0.5), 3);
        QCOMPARE(MarkDensity::minimumMarks(1), 3);
        QCOMPARE(MarkDensity::minimumMarks(1.5), 5);
        QCOMPARE(MarkDensity::minimumMarks(2), 5);
        QCOMPARE(MarkDensity::minimumMarks(2.5), 8);
        QCOMPARE(MarkDensity::minimumMarks(5), 8);
    }

    void validAbsencesOfHalfTheLessonsExclude()
    {
        QVERIFY(MarkDensity::checked(0, 10));
        QVERIFY(MarkDensity::checked(4, 10));  // 4 of 10: under half
        QVERIFY(!MarkDensity::checked(5, 10)); // half
        QVERIFY(!MarkDensity::checked(1, 1));
        QVERIFY(!MarkDensity::checked(0, 0));  // no lesson yet: nothing to check
    }

    void tooFew()
    {
        QVERIFY(MarkDensity::tooFew(7, 4, 0, 12));  // 7 < 8
        QVERIFY(!MarkDensity::tooFew(8, 4, 0, 12));
        QVERIFY(!MarkDensity::tooFew(2, 4, 6, 12)); // ill half the time
        QVERIFY(MarkDensity::tooFew(2, 1, 0, 3));   // 2 < 3
        QVERIFY(!MarkDensity::tooFew(3, 1, 0, 3));
        QVERIFY(MarkDensity::tooFew(4, 2, 1, 6));   // 4 < 5, 1 of 6 missed for a reason
    }
};

QTEST_GUILESS_MAIN(TestMarkDensity)
#include "tst_mark_density.moc"
