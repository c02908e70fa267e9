// Movement counted from the lists on hand-made stays: at start, arrivals, departures, at end, every
// row balancing; stays that follow each other on one list are one stay (transfers inside a list are
// no movement of it); the rows of a year tile it from its first day to its last.
#include <QtTest>

#include "reports/MovementBalance.h"

using namespace cj::server;

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
const QString kA = QStringLiteral("A");
const QString kB = QStringLiteral("B");
} // namespace

class TestMovementBalance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsOfASpan()
    {
        // List A over (01.09, 24.10]: pupils 1, 2, 3 from 01.09; 3 leaves (first day off) 15.10;
        // 4 arrives 01.10; 5 arrives 05.10 and leaves 20.10; 6 arrives 25.10 (after the span);
        // 7 is there on 01.09 only (first day off 02.09). Pupil 8 is on list B.
        const MovementBalance b({Stay{1, kA, d("2025-09-01"), {}}, Stay{2, kA, d("2025-09-01"), {}},
                                 Stay{3, kA, d("2025-09-01"), d("2025-10-15")}, Stay{4, kA, d("2025-10-01"), {}},
                                 Stay{5, kA, d("2025-10-05"), d("2025-10-20")}, Stay{6, kA, d("2025-10-25"), {}},
                                 Stay{7, kA, d("2025-09-01"), d("2025-09-02")}, Stay{8, kB, d("2025-09-01"), {}}});
        const SpanBalance s = b.balance(kA, MovementSpan{d("2025-09-01"), d("2025-10-24")});
        QCOMPARE(s.atStart, 4); // 1, 2, 3, 7 on 01.09
        QCOMPARE(s.arrived.size(), 2);
        QCOMPARE(s.arrived.at(0).studentId, 4);
        QCOMPARE(s.arrived.at(0).onDate, d("2025-10-01"));
        QCOMPARE(s.arrived.at(1).studentId, 5);
        QCOMPARE(s.left.size(), 3); // 7 (02.09), 3 (15.10), 5 (20.10), by date
        QCOMPARE(s.left.at(0).studentId, 7);
        QCOMPARE(s.left.at(1).studentId, 3);
        QCOMPARE(s.left.at(2).studentId, 5);
        QCOMPARE(s.left.at(2).onDate, d("2025-10-20"));
        QCOMPARE(s.atEnd, 3); // 1, 2, 4 = 4 + 2 − 3
        // The next span: 6 arrives; nobody leaves.
        const SpanBalance next = b.balance(kA, MovementSpan{d("2025-10-24"), d("2025-12-28")});
        QCOMPARE(next.atStart, 3);
        QCOMPARE(next.arrived.size(), 1);
        QCOMPARE(next.left.size(), 0);
        QCOMPARE(next.atEnd, 4);
        QCOMPARE(b.balance(kB, MovementSpan{d("2025-09-01"), d("2025-10-24")}).atEnd, 1);
    }

    void contiguousStaysAreOne()
    {
        // Pupil 1 moves from one class to another on 06.10 (both on the school's list): no movement of
        // the school. Pupil 2 leaves on 10.10 and comes back on 20.10: a departure and an arrival.
        const QString school = QStringLiteral("school");
        const MovementBalance b({Stay{1, school, d("2025-09-01"), d("2025-10-06")}, Stay{1, school, d("2025-10-06"), {}},
                                 Stay{2, school, d("2025-09-01"), d("2025-10-10")}, Stay{2, school, d("2025-10-20"), {}}});
        const SpanBalance s = b.balance(school, MovementSpan{d("2025-09-01"), d("2025-10-24")});
        QCOMPARE(s.atStart, 2);
        QCOMPARE(s.arrived.size(), 1);
        QCOMPARE(s.arrived.at(0).studentId, 2);
        QCOMPARE(s.left.size(), 1);
        QCOMPARE(s.left.at(0).onDate, d("2025-10-10"));
        QCOMPARE(s.atEnd, 2);
    }

    void spansTileTheYear()
    {
        const QList<MovementSpan> spans = MovementBalance::spans(d("2025-09-01"), d("2026-05-31"),
                                                                 {d("2025-10-24"), d("2025-12-28"), d("2026-03-20"), d("2026-05-26")});
        QCOMPARE(spans.size(), 4);
        QCOMPARE(spans.at(0).anchor, d("2025-09-01"));
        QCOMPARE(spans.at(0).end, d("2025-10-24"));
        QCOMPARE(spans.at(1).anchor, d("2025-10-24")); // a move in the holidays counts in the next period
        QCOMPARE(spans.at(2).end, d("2026-03-20"));
        QCOMPARE(spans.at(3).anchor, d("2026-03-20"));
        QCOMPARE(spans.at(3).end, d("2026-05-31")); // the last runs to the year's end (summer moves)
        QVERIFY(MovementBalance::spans(d("2025-09-01"), d("2026-05-31"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMovementBalance)
#include "tst_movement_balance.moc"
