#include <QtTest>

#include "storage/PeriodMarksCache.h"

using namespace cj::server;

// When PeriodMarksCache may answer a mark batch's cell without a read: the rules MarkBatch relies
// on, one by one (tst_journal checks the answers against the page through the real server).
class TestPeriodMarksCache : public QObject
{
    Q_OBJECT

    static constexpr qint64 kStudent = 7;
    static constexpr qint64 kWriter = 3;
    qint64 m_assignment = 100; // a fresh pupil's period for each test

    PeriodMarksCache::Key key() const { return {m_assignment, kStudent, QDate(2026, 1, 12), QDate(2026, 3, 22)}; }

    static MarkRow mark(qint64 lessonId, int value, const QString &enteredBy = {})
    {
        MarkRow m;
        m.lessonId = lessonId;
        m.studentId = kStudent;
        m.value = value;
        m.enteredBy = enteredBy;
        return m;
    }

    static CellRange range(const QList<MarkRow> &marks, const QString &kind = {})
    {
        CellRange r;
        r.marks = marks;
        r.writerName = QStringLiteral("Фролова А. Н.");
        if (!kind.isEmpty())
            r.attendance = AttendanceRow{0, kStudent, kind, QString()};
        return r;
    }

private Q_SLOTS:
    void init() { ++m_assignment; }

    void theCellReadIsKnownWholeAndOnlyForItsWriter()
    {
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н.")), mark(2, 4)}, QStringLiteral("late")),
                              PeriodMarksCache::stamp());
        const auto kept = PeriodMarksCache::get(key(), 1, kWriter);
        QVERIFY(kept && kept->whole);
        QCOMPARE(kept->range.marks.size(), 2);
        QCOMPARE(kept->range.attendance->kind, QStringLiteral("late"));
        QCOMPARE(kept->range.writerName, QStringLiteral("Фролова А. Н."));
        // Lesson 2's marks came with the period's, without who entered them.
        const auto other = PeriodMarksCache::get(key(), 2, kWriter);
        QVERIFY(other && !other->whole);
        // Nobody else's name is known.
        QVERIFY(!PeriodMarksCache::get(key(), 1, kWriter + 1)->whole);
    }

    void aLaterReadOfAnotherCellForgetsTheFirst()
    {
        // Two cells of one pupil in one batch: the second read's period marks are the ones kept,
        // and they carry no names for the first cell's lesson.
        const PeriodMarksCache::Stamp at = PeriodMarksCache::stamp();
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н.")), mark(2, 4)}), at);
        PeriodMarksCache::put(key(), 2, kWriter, range({mark(1, 5), mark(2, 4, QStringLiteral("Фролова А. Н."))}), at);
        QVERIFY(!PeriodMarksCache::get(key(), 1, kWriter)->whole);
        QVERIFY(PeriodMarksCache::get(key(), 2, kWriter)->whole);
    }

    void aWrittenCellIsKnownWholeWithItsAttendance()
    {
        const PeriodMarksCache::Stamp at = PeriodMarksCache::stamp();
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(2, 4)}), at);
        PeriodMarksCache::applyCell(key(), 2, {mark(2, 3, QStringLiteral("Фролова А. Н."))},
                                    AttendanceRow{2, kStudent, QStringLiteral("absent"), QStringLiteral("ill")}, at);
        const auto kept = PeriodMarksCache::get(key(), 2, kWriter);
        QVERIFY(kept && kept->whole);
        QCOMPARE(kept->range.marks.size(), 1);
        QCOMPARE(kept->range.marks.first().value, 3);
        QCOMPARE(kept->range.attendance->reason, QStringLiteral("ill"));
        QVERIFY(PeriodMarksCache::get(key(), 1, kWriter)->whole); // the cell read stays known
    }

    void attendanceChangedElsewhereIsReadAgain()
    {
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н."))}), PeriodMarksCache::stamp());
        PeriodMarksCache::attendanceChanged(1, kStudent);
        QVERIFY(!PeriodMarksCache::get(key(), 1, kWriter)->whole);
        // Another pupil's cell is not touched.
        PeriodMarksCache::attendanceChanged(1, kStudent + 1);
        // A read stamped before the change says nothing after it; one stamped after does.
        const PeriodMarksCache::Stamp before = PeriodMarksCache::stamp();
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н."))}), before);
        QVERIFY(PeriodMarksCache::get(key(), 1, kWriter)->whole);
        PeriodMarksCache::attendanceChanged(1, kStudent);
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н."))}), before);
        QVERIFY(!PeriodMarksCache::get(key(), 1, kWriter)->whole);
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н."))}), PeriodMarksCache::stamp());
        QVERIFY(PeriodMarksCache::get(key(), 1, kWriter)->whole);
    }

    void marksWrittenElsewhereMakeEverythingUnusable()
    {
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н."))}), PeriodMarksCache::stamp());
        QVERIFY(PeriodMarksCache::get(key(), 1, kWriter));
        PeriodMarksCache::marksChangedElsewhere();
        QVERIFY(!PeriodMarksCache::get(key(), 1, kWriter));
    }

    void aReadThatMayHaveMissedAWriteIsNotKept()
    {
        const PeriodMarksCache::Stamp before = PeriodMarksCache::stamp();
        PeriodMarksCache::applyCell(key(), 2, {mark(2, 3, QStringLiteral("Фролова А. Н."))}, std::nullopt, PeriodMarksCache::stamp());
        PeriodMarksCache::put(key(), 1, kWriter, range({mark(1, 5, QStringLiteral("Фролова А. Н."))}), before);
        QVERIFY(!PeriodMarksCache::get(key(), 1, kWriter));
    }
};

QTEST_GUILESS_MAIN(TestPeriodMarksCache)
#include "tst_period_marks_cache.moc"
