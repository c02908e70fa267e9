// The list models around the journal — КТП items, pages to open, absences, correction requests,
// kinds of work, the diary — fed with results shaped like the server's, under
// QAbstractItemModelTester, and what each shows.
#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QSignalSpy>
#include <QtTest>

#include "JournalSample.h"
#include "core/journal/JournalPage.h"
#include "core/models/AbsenceListModel.h"
#include "core/models/CellHistoryModel.h"
#include "core/models/CorrectionListModel.h"
#include "core/models/DiaryModel.h"
#include "core/models/JournalPagesModel.h"
#include "core/models/PlanItemsModel.h"
#include "core/models/WorkKindListModel.h"

using namespace cj;
using namespace cj::client;

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
} // namespace

class TestJournalLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planItems()
    {
        PlanItemsModel model;
        Tester tester(&model, kQtTest);
        QSignalSpy totals(&model, &PlanItemsModel::totalsChanged);
        model.setItems({PlanItem::fromCbor(QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("topic"), QStringLiteral("Натуральные числа")},
                                                    {QStringLiteral("hours"), 2}, {QStringLiteral("lessonIds"), QCborArray{11, 12}}}),
                        PlanItem::fromCbor(QCborMap{{QStringLiteral("id"), 2}, {QStringLiteral("topic"), QStringLiteral("Дроби")},
                                                    {QStringLiteral("hours"), 1.5}})});
        QCOMPARE(model.plannedHours(), 3.5);
        QCOMPARE(model.index(0, int(PlanItemsModel::Column::Lessons)).data().toInt(), 2);
        model.insertItem(1);
        QVERIFY(model.setData(model.index(1, int(PlanItemsModel::Column::Topic)), QStringLiteral("  Уравнения ")));
        QVERIFY(model.setData(model.index(1, int(PlanItemsModel::Column::Hours)), 3));
        QVERIFY(!model.setData(model.index(1, int(PlanItemsModel::Column::Hours)), 0)); // hours > 0
        QCOMPARE(model.plannedHours(), 6.5);
        QVERIFY(model.moveItem(2, 0));
        QCOMPARE(model.index(0, int(PlanItemsModel::Column::Topic)).data().toString(), QStringLiteral("Дроби"));
        QCOMPARE(model.headerData(2, Qt::Vertical).toInt(), 3);
        model.insertItem(3); // an empty row is not saved
        const QCborArray saved = model.toSave();
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.at(2).toMap().value(QStringLiteral("topic")).toString(), QStringLiteral("Уравнения"));
        model.removeItem(0);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isModified());
        QVERIFY(totals.count() >= 4);
    }

    void pagesToOpen()
    {
        JournalPagesModel model;
        Tester tester(&model, kQtTest);
        auto a = [](qint64 id, const char *cls, const char *subject) {
            return QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("className"), QString::fromUtf8(cls)},
                            {QStringLiteral("subjectName"), QString::fromUtf8(subject)}, {QStringLiteral("subgroupName"), QString()}};
        };
        model.setAssignments(QCborArray{a(1, "10А", "Алгебра"), a(2, "5Б", "Математика"), a(3, "5А", "Математика")},
                             JournalPageEntry::Kind::Own);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("5А — Математика"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("10А — Алгебра")); // by grade, not as text
        model.addSubstitutions(QCborArray{QCborMap{{QStringLiteral("assignmentId"), 9}, {QStringLiteral("className"), QStringLiteral("7В")},
                                                   {QStringLiteral("subjectName"), QStringLiteral("Физика")}, {QStringLiteral("substituteId"), 50},
                                                   {QStringLiteral("teacherName"), QStringLiteral("Орлов О. О.")},
                                                   {QStringLiteral("date"), QStringLiteral("2025-11-12")}, {QStringLiteral("lessonNumber"), 3}},
                                          QCborMap{{QStringLiteral("assignmentId"), 8}, {QStringLiteral("substituteId"), QCborValue(nullptr)}}},
                                50);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data(JournalPagesModel::AssignmentIdRole).toLongLong(), 9);
        QVERIFY(model.index(3, 0).data().toString().contains(QStringLiteral("Орлов")));
    }

    void absencesOfAClass()
    {
        AbsenceListModel model;
        Tester tester(&model, kQtTest);
        const JournalPage page = JournalPage::fromCbor(test::journalSample({12, 16}));
        model.addPage(page);
        int absences = 0;
        for (const JournalCell &c : page.cells)
            absences += c.attendance.kind == AttendanceKind::Absent;
        QVERIFY(absences > 0);
        QCOMPARE(model.rowCount(), absences);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.absenceAt(r - 1).date <= model.absenceAt(r).date);
        model.setOnlyWithoutReason(true);
        const int missing = model.rowCount();
        QVERIFY(missing > 0 && missing < absences);
        const Absence first = model.absenceAt(0);
        QVERIFY(model.index(0, int(AbsenceListModel::Column::Reason)).data().toString().startsWith(QStringLiteral("н")));
        model.setReason(first.lessonId, first.studentId, AbsenceReason::Ill);
        QVERIFY(model.index(0, int(AbsenceListModel::Column::Reason)).data().toString().startsWith(QStringLiteral("б")));
        model.setOnlyWithoutReason(true);
        QCOMPARE(model.rowCount(), missing - 1);
        QCOMPARE(model.students().size(), 12);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void correctionsRegister()
    {
        CorrectionListModel model;
        Tester tester(&model, kQtTest);
        auto request = [](qint64 id, const char *status) {
            return QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("requestedAt"), QStringLiteral("2025-11-20T08:00:00.000Z")},
                            {QStringLiteral("requestedBy"), 5}, {QStringLiteral("requestedByName"), QStringLiteral("Фролова А.")},
                            {QStringLiteral("className"), QStringLiteral("5А")}, {QStringLiteral("subjectName"), QStringLiteral("Математика")},
                            {QStringLiteral("lessonDate"), QStringLiteral("2025-11-07")}, {QStringLiteral("studentName"), QStringLiteral("Белов Кирилл")},
                            {QStringLiteral("description"), QStringLiteral("Отметка: 3 → 4")}, {QStringLiteral("reason"), QStringLiteral("ошибка")},
                            {QStringLiteral("status"), QString::fromLatin1(status)}};
        };
        model.setRequests(QCborArray{request(1, "pending"), request(2, "approved")});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.requestAt(0).isPending());
        QCOMPARE(model.index(0, int(CorrectionListModel::Column::Change)).data().toString(), QStringLiteral("Отметка: 3 → 4"));
        QCborMap decided = request(1, "rejected");
        decided.insert(QStringLiteral("decidedByName"), QStringLiteral("Носова И."));
        decided.insert(QStringLiteral("decidedAt"), QStringLiteral("2025-11-21T08:00:00.000Z"));
        decided.insert(QStringLiteral("decisionComment"), QStringLiteral("нет оснований"));
        model.replace(CorrectionRequest::fromCbor(decided));
        QVERIFY(!model.requestAt(0).isPending());
        QVERIFY(model.index(0, int(CorrectionListModel::Column::Decision)).data().toString().contains(QStringLiteral("нет оснований")));
    }

    void kindsOfWork()
    {
        WorkKindListModel model;
        Tester tester(&model, kQtTest);
        const JournalPage page = JournalPage::fromCbor(test::journalSample({2, 2}));
        model.setKinds(page.workKinds);
        QSignalSpy edited(&model, &WorkKindListModel::kindEdited);
        const QModelIndex weight = model.index(0, int(WorkKindListModel::Column::Weight));
        QVERIFY(model.setData(weight, 1.5));
        QVERIFY(!model.setData(weight, 11));  // at most 10
        QVERIFY(!model.setData(weight, 0));   // above 0
        QVERIFY(model.setData(model.index(0, int(WorkKindListModel::Column::Control)), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited.last().at(1).value<WorkKind>().weight, 1.5);
        QVERIFY(edited.last().at(1).value<WorkKind>().control);
        QCOMPARE(model.kindAt(0).toSave().value(QStringLiteral("id")).toInteger(), page.workKinds[0].id);
        WorkKind fresh;
        fresh.name = QStringLiteral("Зачётная работа");
        model.addKind(fresh);
        QVERIFY(!model.kindAt(model.rowCount() - 1).toSave().contains(QStringLiteral("id")));
    }

    void historyOfACell()
    {
        CellHistoryModel model;
        Tester tester(&model, kQtTest);
        auto entry = [](const char *entity, const char *action, const QCborMap &was, const QCborMap &became) {
            return QCborMap{{QStringLiteral("at"), QStringLiteral("2025-11-12T09:15:00.000Z")}, {QStringLiteral("userName"), QStringLiteral("Фролова А.")},
                            {QStringLiteral("workstation"), QStringLiteral("kab-12")}, {QStringLiteral("entity"), QString::fromLatin1(entity)},
                            {QStringLiteral("action"), QString::fromLatin1(action)}, {QStringLiteral("old"), was}, {QStringLiteral("new"), became}};
        };
        const QCborMap noMarks{{QStringLiteral("studentId"), 1}, {QStringLiteral("marks"), QCborArray{}}};
        const QCborMap double35{{QStringLiteral("studentId"), 1},
                                {QStringLiteral("marks"), QCborArray{QCborMap{{QStringLiteral("value"), 3}}, QCborMap{{QStringLiteral("value"), 5}}}}};
        model.setEntries(QCborArray{
            entry("marks", "set", noMarks, double35),
            entry("attendance", "set", QCborMap{{QStringLiteral("kind"), QString()}}, QCborMap{{QStringLiteral("kind"), QStringLiteral("absent")}}),
            entry("attendance", "set_reason", QCborMap{{QStringLiteral("reason"), QString()}}, QCborMap{{QStringLiteral("reason"), QStringLiteral("ill")}}),
            entry("marks", "correction", double35, noMarks)});
        const int was = int(CellHistoryModel::Column::Was), became = int(CellHistoryModel::Column::Became);
        QCOMPARE(model.index(0, was).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, became).data().toString(), QStringLiteral("3/5"));
        QCOMPARE(model.index(1, became).data().toString(), QStringLiteral("н"));
        QCOMPARE(model.index(2, became).data().toString(), AbsenceListModel::reasonText(AbsenceReason::Ill));
        QCOMPARE(model.index(3, int(CellHistoryModel::Column::Action)).data().toString(), QStringLiteral("correction (approved request)"));
        QCOMPARE(model.index(3, int(CellHistoryModel::Column::Workstation)).data().toString(), QStringLiteral("kab-12"));
    }

    void diaryWeek()
    {
        DiaryModel model;
        Tester tester(&model, kQtTest);
        auto lesson = [](const char *date, int n, const char *subject, const QCborArray &marks, const QCborValue &attendance) {
            return QCborMap{{QStringLiteral("date"), QString::fromLatin1(date)}, {QStringLiteral("lessonNumber"), n},
                            {QStringLiteral("subjectName"), QString::fromUtf8(subject)}, {QStringLiteral("topic"), QStringLiteral("Тема")},
                            {QStringLiteral("homework"), QStringLiteral("§ 5")}, {QStringLiteral("marks"), marks},
                            {QStringLiteral("attendance"), attendance}};
        };
        model.setDiary(QCborMap{
            {QStringLiteral("student"), QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("fullName"), QStringLiteral("Иванов Иван")},
                                                 {QStringLiteral("className"), QStringLiteral("5А")}}},
            {QStringLiteral("lessons"),
             QCborArray{lesson("2025-11-11", 2, "Русский язык", {}, QCborMap{{QStringLiteral("kind"), QStringLiteral("absent")},
                                                                            {QStringLiteral("reason"), QStringLiteral("ill")}}),
                        lesson("2025-11-10", 3, "Математика", QCborArray{QCborMap{{QStringLiteral("position"), 1}, {QStringLiteral("value"), 3}},
                                                                        QCborMap{{QStringLiteral("position"), 2}, {QStringLiteral("value"), 5},
                                                                                 {QStringLiteral("comment"), QStringLiteral("молодец")}}},
                               QCborValue(nullptr)),
                        lesson("2025-11-10", 1, "Литература", {}, QCborValue(nullptr))}},
            {QStringLiteral("finalMarks"), QCborArray{QCborMap{{QStringLiteral("kind"), QStringLiteral("period")}, {QStringLiteral("value"), 4},
                                                              {QStringLiteral("subjectName"), QStringLiteral("Математика")}}}}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.studentTitle(), QStringLiteral("Иванов Иван, 5А"));
        QCOMPARE(model.entryAt(0).subjectName, QStringLiteral("Литература")); // by day and lesson number
        const int marks = int(DiaryModel::Column::Marks);
        QCOMPARE(model.index(1, marks).data().toString(), QStringLiteral("3/5"));
        QVERIFY(model.index(1, marks).data(Qt::ToolTipRole).toString().contains(QStringLiteral("молодец")));
        QCOMPARE(model.index(2, marks).data().toString(), QStringLiteral("б"));
        QVERIFY(model.index(1, int(DiaryModel::Column::Day)).data().toString().isEmpty()); // the day is said once
        QCOMPARE(model.finalMarkLines().size(), 1);
        QVERIFY(model.finalMarkLines().first().endsWith(QStringLiteral(": 4")));
    }
};

QTEST_MAIN(TestJournalLists)
#include "tst_journal_lists.moc"
