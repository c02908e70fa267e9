// The journal page model without a server: a journal.open result shaped like the server's goes in,
// the grid comes out — texts of marks and attendance, greyed rows, columns that apply, figures
// recomputed with the shared Grading math, and live changes applied in place.
#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QSignalSpy>
#include <QtTest>

#include "JournalSample.h"
#include "core/journal/CellText.h"
#include "core/journal/EntryLock.h"
#include "core/models/JournalPageModel.h"

using namespace cj;
using namespace cj::client;

namespace {
JournalPage samplePage(const test::JournalSampleOptions &o = {})
{
    return JournalPage::fromCbor(test::journalSample(o));
}

QCborMap cellMap(qint64 lesson, qint64 student, const QCborArray &marks, const QCborValue &attendance = QCborValue(nullptr))
{
    return {{QStringLiteral("lessonId"), lesson},
            {QStringLiteral("studentId"), student},
            {QStringLiteral("marks"), marks},
            {QStringLiteral("attendance"), attendance}};
}

QCborMap markMap(int position, int value, qint64 kind = 0)
{
    QCborMap m{{QStringLiteral("position"), position}, {QStringLiteral("value"), value}};
    m.insert(QStringLiteral("workKindId"), kind ? QCborValue(kind) : QCborValue(nullptr));
    return m;
}
} // namespace

class TestJournalPageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        JournalPageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(samplePage({35, 60}));
        QCOMPARE(model.rowCount(), 35);
        QCOMPARE(model.columnCount(), 60 + 4 + 1); // lessons, 4 figures, the period mark
        model.setPendingCell(JournalCell::fromCbor(cellMap(test::kSampleFirstLessonId, model.page().students[0].id,
                                                           QCborArray{markMap(1, 5)})), 1);
        model.applyChanges(QCborArray{QCborMap{{QStringLiteral("kind"), QStringLiteral("cell")},
                                               {QStringLiteral("cell"), cellMap(test::kSampleFirstLessonId + 1,
                                                                                 model.page().students[1].id,
                                                                                 QCborArray{markMap(1, 4)})}}});
        model.setPage(samplePage({10, 5}));
        QCOMPARE(model.rowCount(), 10);
        model.setPage(JournalPage{});
        QCOMPARE(model.rowCount(), 0);
    }

    void columnsFollowThePeriodAndGrade()
    {
        JournalPageModel model;
        model.setPage(samplePage({5, 4}));
        QCOMPARE(model.columnKind(0), JournalColumn::Lesson);
        QCOMPARE(model.columnKind(4), JournalColumn::Average);
        QCOMPARE(model.columnKind(5), JournalColumn::Weighted);
        QCOMPARE(model.columnKind(6), JournalColumn::Count);
        QCOMPARE(model.columnKind(7), JournalColumn::Forecast);
        QCOMPARE(model.columnKind(8), JournalColumn::PeriodMark);
        QCOMPARE(model.columnOf(JournalColumn::YearMark), -1);
        QCOMPARE(model.headerData(8, Qt::Horizontal).toString(), QStringLiteral("2 qtr"));

        test::JournalSampleOptions last{5, 4};
        last.lastPeriod = true;
        last.today = QDate(2026, 5, 20);
        model.setPage(samplePage(last));
        QVERIFY(model.columnOf(JournalColumn::YearMark) > 0);
        QCOMPARE(model.columnOf(JournalColumn::ExamMark), -1);
        last.grade = 9;
        model.setPage(samplePage(last));
        QVERIFY(model.columnOf(JournalColumn::ExamMark) > 0);
        QVERIFY(model.columnOf(JournalColumn::FinalMark) > 0);

        test::JournalSampleOptions first{5, 4};
        first.noMarks = true;
        first.grade = 1;
        model.setPage(samplePage(first));
        QCOMPARE(model.columnCount(), 4); // grade 1: attendance only
    }

    void showsMarksAndAttendanceAsTheSchoolWritesThem()
    {
        test::JournalSampleOptions o{3, 3};
        JournalPageModel model;
        QCborMap r = test::journalSample(o);
        const qint64 s0 = r.value(QStringLiteral("students")).toArray().at(0).toMap().value(QStringLiteral("id")).toInteger();
        const qint64 s1 = r.value(QStringLiteral("students")).toArray().at(1).toMap().value(QStringLiteral("id")).toInteger();
        const qint64 s2 = r.value(QStringLiteral("students")).toArray().at(2).toMap().value(QStringLiteral("id")).toInteger();
        const qint64 l0 = test::kSampleFirstLessonId, l1 = l0 + 1, l2 = l0 + 2;
        auto absent = [](const char *reason) {
            return QCborMap{{QStringLiteral("kind"), QStringLiteral("absent")},
                            {QStringLiteral("reason"), reason ? QCborValue(QString::fromLatin1(reason)) : QCborValue(nullptr)}};
        };
        r.insert(QStringLiteral("cells"),
                 QCborArray{cellMap(l0, s0, QCborArray{markMap(1, 3), markMap(2, 5)}),
                            cellMap(l1, s0, {}, absent(nullptr)),
                            cellMap(l2, s0, {}, absent("ill")),
                            cellMap(l0, s1, {}, absent("excused")),
                            cellMap(l1, s1, {}, absent("unexcused")),
                            cellMap(l2, s1, QCborArray{markMap(1, 4)},
                                    QCborMap{{QStringLiteral("kind"), QStringLiteral("late")}, {QStringLiteral("reason"), QCborValue(nullptr)}}),
                            cellMap(l0, s2, QCborArray{markMap(1, 5, test::kSampleControlKindId)})});
        model.setPage(JournalPage::fromCbor(r));
        auto text = [&](int row, int col) { return model.index(row, col).data().toString(); };
        QCOMPARE(text(0, 0), QStringLiteral("3/5"));
        QCOMPARE(text(0, 1), QStringLiteral("н"));
        QCOMPARE(text(0, 2), QStringLiteral("б"));
        QCOMPARE(text(1, 0), QStringLiteral("у"));
        QCOMPARE(text(1, 1), QStringLiteral("п"));
        QCOMPARE(text(1, 2), QStringLiteral("4 оп"));
        QCOMPARE(model.index(1, 2).data(roleOf(JournalRole::MarksText)).toString(), QStringLiteral("4"));
        QCOMPARE(model.index(1, 2).data(roleOf(JournalRole::AttendanceText)).toString(), QStringLiteral("оп"));
        QVERIFY(model.index(2, 0).data(roleOf(JournalRole::ControlWork)).toBool());
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Контрольная работа")));
        // A double mark counts twice.
        QCOMPARE(model.statsFor(s0).count, 2);

        // The school's own letters (settings "symbols").
        AttendanceSymbols symbols;
        symbols.absent = QStringLiteral("Н");
        model.setSymbols(symbols);
        QCOMPARE(text(0, 1), QStringLiteral("Н"));
    }

    void passFailSubjectsShowZachyot()
    {
        test::JournalSampleOptions o{6, 6};
        o.passFail = true;
        JournalPageModel model;
        model.setPage(samplePage(o));
        QStringList seen;
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < 6; ++c)
                seen.append(model.index(r, c).data(roleOf(JournalRole::MarksText)).toString());
        QVERIFY(seen.contains(QStringLiteral("зч")));
        QVERIFY(seen.contains(QStringLiteral("нз")));
        QCOMPARE(model.columnOf(JournalColumn::Average), -1); // no averages of зачёт
        QCOMPARE(model.index(0, model.columnOf(JournalColumn::PeriodMark)).data().toString(), QStringLiteral("зч"));
    }

    void leaversAndArrivalsAreGreyedOutsideTheirMembership()
    {
        JournalPageModel model;
        model.setPage(samplePage({12, 16}));
        int leaver = -1, arrival = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.studentAt(r)->leftOn.isValid())
                leaver = r;
            if (model.studentAt(r)->joinedOn.isValid())
                arrival = r;
        }
        QVERIFY(leaver >= 0 && arrival >= 0);
        const QDate left = model.studentAt(leaver)->leftOn;
        for (int c = 0; c < 16; ++c) {
            const QModelIndex i = model.index(leaver, c);
            const bool after = model.lessonAt(c)->date >= left;
            QCOMPARE(i.data(roleOf(JournalRole::Greyed)).toBool(), after);
            QCOMPARE(bool(model.flags(i) & Qt::ItemIsEditable), !after);
            const QModelIndex j = model.index(arrival, c);
            QCOMPARE(j.data(roleOf(JournalRole::Greyed)).toBool(), model.lessonAt(c)->date < model.studentAt(arrival)->joinedOn);
        }
        QVERIFY(model.headerData(leaver, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("Left on")));
    }

    void statsAreRecomputedWithGradingWhenACellChanges()
    {
        test::JournalSampleOptions o{2, 4};
        QCborMap r = test::journalSample(o);
        r.insert(QStringLiteral("cells"), QCborArray{});
        JournalPageModel model;
        model.setPage(JournalPage::fromCbor(r));
        const qint64 s = model.studentAt(0)->id;
        const qint64 l0 = test::kSampleFirstLessonId;
        QCOMPARE(model.statsFor(s).count, 0);
        QVERIFY(!model.statsFor(s).forecast);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyCell(JournalCell::fromCbor(cellMap(l0, s, QCborArray{markMap(1, 5), markMap(2, 5)})));
        model.applyCell(JournalCell::fromCbor(cellMap(l0 + 1, s, QCborArray{markMap(1, 2, test::kSampleControlKindId)})));
        QVERIFY(changed.count() >= 2);
        // 5, 5 (weight 1), 2 (control, weight 3): plain 4.00, weighted (10 + 6) / 5 = 3.20 → «3».
        const MarkStats st = model.statsFor(s);
        QCOMPARE(st.count, 3);
        QCOMPARE(*st.average, 4.0);
        QCOMPARE(*st.weighted, 3.2);
        QCOMPARE(*st.forecast, 3);
        const QList<GradedMark> marks{{5, 1, false}, {5, 1, false}, {2, 3, true}};
        QCOMPARE(*grading::stats(marks, model.page().policy).forecast, *st.forecast);
        QCOMPARE(model.index(0, model.columnOf(JournalColumn::Weighted)).data().toString(), QLocale().toString(3.2, 'f', 2));
        QCOMPARE(model.index(0, model.columnOf(JournalColumn::Forecast)).data().toString(), QStringLiteral("3"));

        // A pending change counts at once; dropping it restores.
        model.setPendingCell(JournalCell::fromCbor(cellMap(l0 + 1, s, QCborArray{markMap(1, 5, test::kSampleControlKindId)})), 7);
        QCOMPARE(*model.statsFor(s).forecast, 5);
        QVERIFY(model.index(0, 1).data(roleOf(JournalRole::Pending)).toBool());
        model.dropPendingCell({l0 + 1, s}, 7);
        QCOMPARE(*model.statsFor(s).forecast, 3);
        QVERIFY(!model.index(0, 1).data(roleOf(JournalRole::Pending)).toBool());
    }

    void liveChangesAreAppliedInPlace()
    {
        JournalPageModel model;
        model.setPage(samplePage({5, 5}));
        const qint64 s = model.studentAt(2)->id;
        const qint64 l = test::kSampleFirstLessonId + 2;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCborMap lesson{{QStringLiteral("id"), l}, {QStringLiteral("date"), QStringLiteral("2025-11-07")},
                        {QStringLiteral("topic"), QStringLiteral("Новая тема")}};
        model.applyChanges(QCborArray{
            QCborMap{{QStringLiteral("kind"), QStringLiteral("cell")}, {QStringLiteral("cell"), cellMap(l, s, QCborArray{markMap(1, 4), markMap(2, 3)})}},
            QCborMap{{QStringLiteral("kind"), QStringLiteral("lesson")}, {QStringLiteral("lesson"), lesson}},
            QCborMap{{QStringLiteral("kind"), QStringLiteral("finalMark")},
                     {QStringLiteral("finalMark"), QCborMap{{QStringLiteral("studentId"), s}, {QStringLiteral("kind"), QStringLiteral("period")},
                                                            {QStringLiteral("periodId"), model.page().period.id}, {QStringLiteral("value"), 5}}}}});
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 3);
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("4/3"));
        QCOMPARE(model.page().lessons[2].topic, QStringLiteral("Новая тема"));
        QVERIFY(model.page().lessons[2].canEdit); // kept: the push carries no caller-specific parts
        const int period = model.columnOf(JournalColumn::PeriodMark);
        QCOMPARE(model.index(2, period).data().toString(), QStringLiteral("5"));
        model.applyChanges(QCborArray{QCborMap{{QStringLiteral("kind"), QStringLiteral("finalMarkCleared")},
                                               {QStringLiteral("studentId"), s},
                                               {QStringLiteral("markKind"), QStringLiteral("period")},
                                               {QStringLiteral("periodId"), model.page().period.id}}});
        QCOMPARE(model.index(2, period).data().toString(), QString());
        // An emptied cell leaves the page's list of cells.
        model.applyCell(JournalCell::fromCbor(cellMap(l, s, {})));
        QCOMPARE(model.index(2, 2).data().toString(), QString());
        QVERIFY(!model.page().cells.contains({l, s}));
    }

    void lateChangesLockAndTooltipsSayUntilWhen()
    {
        JournalPageModel model;
        model.setPage(samplePage({4, 16})); // today 28.11
        int past = -1, future = -1, writtenOpen = -1;
        for (int c = 0; c < 16; ++c) {
            const JournalLesson *l = model.lessonAt(c);
            const WorkKind *k = model.page().workKind(l->workKindId);
            if (l->date < model.page().today && !(k && k->written) && past < 0)
                past = c;
            if (l->date > model.page().today && future < 0)
                future = c;
            if (k && k->written && l->deadlines.writtenMark >= model.page().today && l->date < model.page().today)
                writtenOpen = c;
        }
        QVERIFY(past >= 0 && future >= 0 && writtenOpen >= 0);
        QVERIFY(model.index(0, past).data(roleOf(JournalRole::Locked)).toBool());
        QVERIFY(model.index(0, past).data(Qt::ToolTipRole).toString().contains(QStringLiteral("correction request")));
        QCOMPARE(model.entryState(0, future, EntryLock::Entry::Marks).status, EntryState::Status::NotYet);
        QVERIFY(model.entryState(0, writtenOpen, EntryLock::Entry::Marks).isOpen());
        QCOMPARE(model.entryState(0, writtenOpen, EntryLock::Entry::Attendance).status, EntryState::Status::Locked);
        // Changing an oral mark in that lesson is locked even while written ones are open.
        QCOMPARE(model.entryState(0, writtenOpen, EntryLock::Entry::Marks, {test::kSampleOralKindId}).status,
                 EntryState::Status::Locked);
        QVERIFY(model.headerData(future, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("No topic")));
        QVERIFY(!model.headerData(future, Qt::Horizontal, roleOf(JournalRole::MissingTopic)).toBool());
        QVERIFY(model.headerData(7, Qt::Horizontal, roleOf(JournalRole::MissingTopic)).toBool()); // lesson 8 has none
    }

    void typedTextIsUnderstood()
    {
        auto marks = [](const QString &t) {
            const auto typed = CellText::parse(t);
            return typed && typed->marks ? CellText::marks(*typed->marks) : QStringLiteral("?");
        };
        QCOMPARE(marks(QStringLiteral("5")), QStringLiteral("5"));
        QCOMPARE(marks(QStringLiteral("3/5")), QStringLiteral("3/5"));
        QCOMPARE(marks(QStringLiteral("3 5")), QStringLiteral("3/5"));
        QCOMPARE(marks(QStringLiteral("зч")), QStringLiteral("зч"));
        QCOMPARE(marks(QStringLiteral("+")), QStringLiteral("зч"));
        QCOMPARE(marks(QStringLiteral("p")), QStringLiteral("зч"));
        QCOMPARE(marks(QStringLiteral("нз")), QStringLiteral("нз"));
        QCOMPARE(marks(QStringLiteral("5 оп")), QStringLiteral("5"));
        QCOMPARE(*CellText::parse(QStringLiteral("н"))->attendance, AttendanceKind::Absent);
        QCOMPARE(*CellText::parse(QStringLiteral("Y"))->attendance, AttendanceKind::Absent);
        QCOMPARE(*CellText::parse(QStringLiteral("оп"))->attendance, AttendanceKind::Late);
        QCOMPARE(*CellText::parse(QStringLiteral("l"))->attendance, AttendanceKind::Late);
        QVERIFY(CellText::parse(QString())->clear);
        QString error;
        QVERIFY(!CellText::parse(QStringLiteral("6"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CellText::parse(QStringLiteral("1/2/3/4/5")));
        QVERIFY(!CellText::parse(QStringLiteral("5/зч")));
        QCOMPARE(CellText::parseFinal(QStringLiteral("4"))->value, 4);
        QVERIFY(!CellText::parseFinal(QStringLiteral("н/а"), &error));
        QVERIFY(error.contains(QStringLiteral("000 §5.3")));
        QVERIFY(!CellText::parseFinal(QStringLiteral("осв."), &error));
        QVERIFY(!CellText::parseFinal(QStringLiteral("1")));
    }
};

QTEST_MAIN(TestJournalPageModel)
#include "tst_journal_page_model.moc"
