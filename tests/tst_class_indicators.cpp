// The class indicators of SPEC §7 on hand-made inputs: N, the n's, % успеваемости, % качества, СОУ,
// the average, зачёт/незачёт subjects, and the pupils' categories (отличник, хорошист, с одной «3»,
// неуспевающий) with the class's rates and the sums of classes.
#include <QtTest>

#include "reports/ClassIndicators.h"

using namespace cj::server;

namespace {
SubjectPupil marked(int value)
{
    return SubjectPupil{false, ResultMark{value, std::nullopt}};
}
SubjectPupil passFail(bool passed)
{
    return SubjectPupil{false, ResultMark{0, passed}};
}
const SubjectPupil kExempt{true, std::nullopt};
const SubjectPupil kWithoutMark{false, std::nullopt};
ResultMark m(int value)
{
    return ResultMark{value, std::nullopt};
}
} // namespace

class TestClassIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjectCountsAndRates()
    {
        // 9 on the list: 1 exempt (even with a mark), 1 without a mark, so N = 7:
        // n5 = 2, n4 = 2, n3 = 2, n2 = 1.
        QList<SubjectPupil> pupils{marked(5), marked(5), marked(4), marked(4), marked(3), marked(3), marked(2),
                                   kWithoutMark, SubjectPupil{true, ResultMark{2, std::nullopt}}};
        const SubjectIndicators s = SubjectIndicators::of(pupils, false);
        QCOMPARE(s.onList, 9);
        QCOMPARE(s.exempt, 1);
        QCOMPARE(s.withoutMark, 1);
        QCOMPARE(s.n, 7);
        QCOMPARE(s.n5, 2);
        QCOMPARE(s.n4, 2);
        QCOMPARE(s.n3, 2);
        QCOMPARE(s.n2, 1);
        QCOMPARE(s.passed, 0);
        QCOMPARE(s.failed, 0);
        QCOMPARE(*s.successRate(), 600.0 / 7);               // (2 + 2 + 2) / 7 × 100
        QCOMPARE(*s.qualityRate(), 400.0 / 7);               // (2 + 2) / 7 × 100
        QCOMPARE(*s.sou(), 416.0 / 7);                       // (200 + 128 + 72 + 16) / 7
        QCOMPARE(*s.average(), 26.0 / 7);                    // (10 + 8 + 6 + 2) / 7
    }

    void allFivesGiveTheTopFigures()
    {
        const SubjectIndicators s = SubjectIndicators::of({marked(5), marked(5)}, false);
        QCOMPARE(*s.successRate(), 100.0);
        QCOMPARE(*s.qualityRate(), 100.0);
        QCOMPARE(*s.sou(), 100.0);
        QCOMPARE(*s.average(), 5.0);
        // All «2»: СОУ 16, nobody succeeds.
        const SubjectIndicators twos = SubjectIndicators::of({marked(2), marked(2), marked(2)}, false);
        QCOMPARE(*twos.successRate(), 0.0);
        QCOMPARE(*twos.sou(), 16.0);
        QCOMPARE(*twos.average(), 2.0);
    }

    void nobodyGradedHasNoRates()
    {
        const SubjectIndicators s = SubjectIndicators::of({kExempt, kWithoutMark}, false);
        QCOMPARE(s.n, 0);
        QVERIFY(!s.successRate());
        QVERIFY(!s.qualityRate());
        QVERIFY(!s.sou());
        QVERIFY(!s.average());
        QVERIFY(!SubjectIndicators::of({}, false).successRate());
    }

    void passFailSubjectsCountPassedAndFailedOnly()
    {
        // зачёт 3, незачёт 1, N = 4: 3 / 4 × 100 = 75; no quality, СОУ or average.
        const SubjectIndicators s = SubjectIndicators::of({passFail(true), passFail(true), passFail(true), passFail(false),
                                                           kWithoutMark, kExempt},
                                                          true);
        QCOMPARE(s.onList, 6);
        QCOMPARE(s.n, 4);
        QCOMPARE(s.passed, 3);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.n5 + s.n4 + s.n3 + s.n2, 0);
        QCOMPARE(*s.successRate(), 75.0);
        QVERIFY(!s.qualityRate());
        QVERIFY(!s.sou());
        QVERIFY(!s.average());
    }

    void categories()
    {
        QCOMPARE(ClassIndicators::categorize({}), PupilCategory::WithoutMarks);
        QCOMPARE(ClassIndicators::categorize({m(5), m(5), ResultMark{0, true}}), PupilCategory::Excellent);
        QCOMPARE(ClassIndicators::categorize({m(5), m(4), m(5)}), PupilCategory::Good);
        QCOMPARE(ClassIndicators::categorize({m(4), m(4)}), PupilCategory::Good);
        QCOMPARE(ClassIndicators::categorize({m(5), m(3), m(4)}), PupilCategory::OneThree);
        QCOMPARE(ClassIndicators::categorize({m(3)}), PupilCategory::OneThree);
        QCOMPARE(ClassIndicators::categorize({m(3), m(3), m(5)}), PupilCategory::Other);
        // A «2» or a незачёт fails, whatever else there is (also exactly one «3»).
        QCOMPARE(ClassIndicators::categorize({m(5), m(5), m(2)}), PupilCategory::Failing);
        QCOMPARE(ClassIndicators::categorize({m(3), m(2)}), PupilCategory::Failing);
        QCOMPARE(ClassIndicators::categorize({m(5), ResultMark{0, false}}), PupilCategory::Failing);
        // Only зачёт: succeeds, but is neither отличник nor хорошист.
        QCOMPARE(ClassIndicators::categorize({ResultMark{0, true}}), PupilCategory::Other);
    }

    void classRatesAndSums()
    {
        ClassIndicators a;
        for (PupilCategory c : {PupilCategory::Excellent, PupilCategory::Good, PupilCategory::Good, PupilCategory::OneThree,
                                PupilCategory::Failing, PupilCategory::Other, PupilCategory::WithoutMarks})
            a.add(c);
        QCOMPARE(a.onList, 7);
        QCOMPARE(a.n, 6);
        QCOMPARE(a.excellent, 1);
        QCOMPARE(a.good, 2);
        QCOMPARE(a.oneThree, 1);
        QCOMPARE(a.failing, 1);
        QCOMPARE(a.withoutMarks, 1);
        QCOMPARE(*a.successRate(), 500.0 / 6); // (6 − 1) / 6 × 100
        QCOMPARE(*a.qualityRate(), 300.0 / 6); // (1 + 2) / 6 × 100

        ClassIndicators b;
        b.add(PupilCategory::Failing);
        b.add(PupilCategory::Excellent);
        a += b;
        QCOMPARE(a.onList, 9);
        QCOMPARE(a.n, 8);
        QCOMPARE(a.excellent, 2);
        QCOMPARE(a.failing, 2);
        QCOMPARE(*a.successRate(), 600.0 / 8); // (8 − 2) / 8 × 100
        QCOMPARE(*a.qualityRate(), 400.0 / 8); // (2 + 2) / 8 × 100

        ClassIndicators empty;
        empty.add(PupilCategory::WithoutMarks);
        QVERIFY(!empty.successRate());
        QVERIFY(!empty.qualityRate());
    }
};

QTEST_GUILESS_MAIN(TestClassIndicators)
#include "tst_class_indicators.moc"
