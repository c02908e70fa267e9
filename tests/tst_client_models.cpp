// The client's table models, each checked by QAbstractItemModelTester while it is filled, edited and
// emptied, and for what it shows: Russian words for the protocol's codes, dates as dates, leavers
// greyed, totals over the maximum flagged, short breaks marked, bad import rows tinted.
#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QSettings>
#include <QtTest>

#include "core/models/ActivationCodesModel.h"
#include "core/models/AssignmentProblemsModel.h"
#include "core/models/AssignmentsModel.h"
#include "core/models/BellsModel.h"
#include "core/models/ClassesModel.h"
#include "core/models/CurriculumModel.h"
#include "core/models/GuardiansModel.h"
#include "core/models/HolidaysModel.h"
#include "core/models/ImportPreviewModel.h"
#include "core/models/LessonsModel.h"
#include "core/models/LoginLogModel.h"
#include "core/models/ModelColors.h"
#include "core/models/MovementsModel.h"
#include "core/models/NamesModel.h"
#include "core/models/PeriodsModel.h"
#include "core/models/ScheduleWeekModel.h"
#include "core/models/SessionsModel.h"
#include "core/models/StudentsModel.h"
#include "core/models/SubgroupMembersModel.h"
#include "core/models/SubgroupsModel.h"
#include "core/models/SubjectsModel.h"
#include "core/models/SubstitutionsModel.h"
#include "core/models/UsersModel.h"
#include "core/models/YearsModel.h"
#include "ui/ClientApp.h"

using namespace cj;
using namespace cj::client;

namespace {
QCborMap map(std::initializer_list<std::pair<const char *, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(QString::fromUtf8(k), v);
    return m;
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// Fills a list model twice (a reset that shrinks and one that grows), edits a record in place and
// appends and removes one, all under the tester's eye.
void exercise(RemoteListModel &model, const QCborArray &records)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(records);
    model.setRecords(QCborArray{records.first()});
    model.setRecords(records);
    QCOMPARE(model.rowCount(), records.size());
    model.upsertRecord(records.first().toMap());
    model.appendRecord(records.first().toMap());
    model.removeRecordAt(model.rowCount() - 1);
    QCOMPARE(model.rowCount(), records.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            model.index(r, c).data(Qt::ForegroundRole);
            model.index(r, c).data(Qt::ToolTipRole);
        }
    }
}
} // namespace

class TestClientModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        installTranslations();
    }

    void years()
    {
        YearsModel m;
        exercise(m, {map({{"id", 1}, {"name", QStringLiteral("2025/2026")}, {"startsOn", QStringLiteral("2025-09-01")},
                          {"endsOn", QStringLiteral("2026-05-26")}, {"weekDays", 6}, {"closed", false}}),
                     map({{"id", 2}, {"name", QStringLiteral("2024/2025")}, {"closed", true}})});
        QCOMPARE(m.index(0, int(YearsModel::Column::StartsOn)).data().toDate(), QDate(2025, 9, 1));
        QCOMPARE(text(m, 0, int(YearsModel::Column::WeekDays)), QStringLiteral("6-дневная"));
        QCOMPARE(text(m, 1, int(YearsModel::Column::Status)), QStringLiteral("закрыт"));
        QCOMPARE(m.index(1, 0).data(Qt::ForegroundRole).value<QColor>(), colors::muted());
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Учебный год"));
    }

    void holidays()
    {
        HolidaysModel m;
        exercise(m, {map({{"id", 1}, {"name", QStringLiteral("Осенние каникулы")}, {"startsOn", QStringLiteral("2025-10-25")},
                          {"endsOn", QStringLiteral("2025-11-02")}, {"grades", QCborArray{}}}),
                     map({{"id", 2}, {"name", QStringLiteral("Дополнительные")}, {"startsOn", QStringLiteral("2026-02-14")},
                          {"endsOn", QStringLiteral("2026-02-22")}, {"grades", QCborArray{1}}})});
        QCOMPARE(m.index(0, int(HolidaysModel::Column::Days)).data().toInt(), 9);
        QCOMPARE(text(m, 0, int(HolidaysModel::Column::Grades)), QStringLiteral("все классы"));
        QCOMPARE(text(m, 1, int(HolidaysModel::Column::Grades)), QStringLiteral("параллели 1"));
    }

    void periodsAreEditedAndNumbered()
    {
        PeriodsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QCborMap year = map({{"id", 1}, {"periods", QCborArray{
            map({{"id", 11}, {"scheme", QStringLiteral("quarters")}, {"number", 1}, {"name", QStringLiteral("1 четверть")},
                 {"startsOn", QStringLiteral("2025-09-01")}, {"endsOn", QStringLiteral("2025-10-24")}}),
            map({{"id", 21}, {"scheme", QStringLiteral("halves")}, {"number", 1}, {"name", QStringLiteral("1 полугодие")},
                 {"startsOn", QStringLiteral("2025-09-01")}, {"endsOn", QStringLiteral("2025-12-26")}})}}});
        m.setFromYear(year, QStringLiteral("quarters"));
        QCOMPARE(m.rowCount(), 1);
        m.addPeriod(QStringLiteral("2 четверть"));
        QCOMPARE(m.index(1, int(PeriodsModel::Column::StartsOn)).data().toDate(), QDate(2025, 10, 25));
        QVERIFY(m.setData(m.index(1, int(PeriodsModel::Column::StartsOn)), QDate(2025, 11, 3)));
        QVERIFY(!m.setData(m.index(1, int(PeriodsModel::Column::Number)), 7)); // numbers follow the rows
        QVERIFY(!(m.flags(m.index(0, int(PeriodsModel::Column::Days))) & Qt::ItemIsEditable));
        m.removePeriod(0);
        const QCborArray wire = m.toWire();
        QCOMPARE(wire.size(), 1);
        QCOMPARE(wire.at(0).toMap().value(QStringLiteral("number")).toInteger(), 1);
        QCOMPARE(wire.at(0).toMap().value(QStringLiteral("startsOn")).toString(), QStringLiteral("2025-11-03"));
    }

    void bellsShowBreaksAndFlagShortOnes()
    {
        BellsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.addBell();
        m.addBell();
        QCOMPARE(m.index(1, int(BellsModel::Column::StartsAt)).data().toTime(), QTime(9, 25));
        QCOMPARE(m.index(0, int(BellsModel::Column::BreakAfter)).data().toInt(), 10);
        QCOMPARE(m.index(0, int(BellsModel::Column::Minutes)).data().toInt(), 45);
        QVERIFY(!m.index(0, int(BellsModel::Column::BreakAfter)).data(Qt::BackgroundRole).isValid());
        QVERIFY(m.setData(m.index(1, int(BellsModel::Column::StartsAt)), QTime(9, 20)));
        QCOMPARE(m.index(0, int(BellsModel::Column::BreakAfter)).data().toInt(), 5);
        QCOMPARE(m.index(0, int(BellsModel::Column::BreakAfter)).data(Qt::BackgroundRole).value<QColor>(), colors::problemBackground());
        QCOMPARE(m.toWire().at(1).toMap().value(QStringLiteral("startsAt")).toString(), QStringLiteral("09:20"));
    }

    void classesNameTheirBells()
    {
        ClassesModel m;
        exercise(m, {map({{"id", 5}, {"name", QStringLiteral("5А")}, {"classTeacherName", QStringLiteral("Иванова М. П.")},
                          {"periodScheme", QStringLiteral("quarters")}, {"bellScheduleId", 3}, {"studentCount", 25}}),
                     map({{"id", 10}, {"name", QStringLiteral("10А")}, {"periodScheme", QStringLiteral("halves")},
                          {"bellScheduleId", QCborValue(QCborValue::Null)}})});
        m.setNames(QStringLiteral("bellScheduleId"), {{3, QStringLiteral("Основное")}});
        QCOMPARE(text(m, 0, int(ClassesModel::Column::Bells)), QStringLiteral("Основное"));
        QCOMPARE(text(m, 1, int(ClassesModel::Column::Bells)), QString());
        QCOMPARE(text(m, 1, int(ClassesModel::Column::Scheme)), QStringLiteral("полугодия"));
        QCOMPARE(m.index(0, int(ClassesModel::Column::Students)).data().toInt(), 25);
    }

    void subjects()
    {
        SubjectsModel m;
        exercise(m, {map({{"id", 1}, {"name", QStringLiteral("Русский язык")}, {"grading", QStringLiteral("marks")}, {"extendedWindow", true}}),
                     map({{"id", 2}, {"name", QStringLiteral("ОДНКНР")}, {"grading", QStringLiteral("pass_fail")}, {"archived", true}})});
        QCOMPARE(text(m, 0, int(SubjectsModel::Column::ExtendedWindow)), QStringLiteral("10 рабочих дней"));
        QCOMPARE(text(m, 1, int(SubjectsModel::Column::Grading)), QStringLiteral("зачёт / незачёт"));
        QCOMPARE(text(m, 1, int(SubjectsModel::Column::Name)), QStringLiteral("ОДНКНР (в архиве)"));
    }

    void subgroupsAndMembers()
    {
        const QCborArray members{map({{"studentId", 1}, {"studentName", QStringLiteral("Алексеев Артём")}, {"startsOn", QStringLiteral("2025-09-01")},
                                      {"leftOn", QCborValue(QCborValue::Null)}}),
                                 map({{"studentId", 2}, {"studentName", QStringLiteral("Белова Анна")}, {"startsOn", QStringLiteral("2025-09-01")},
                                      {"leftOn", QStringLiteral("2025-11-03")}})};
        SubgroupsModel groups;
        exercise(groups, {map({{"id", 7}, {"subjectName", QStringLiteral("Английский язык")}, {"name", QStringLiteral("1 группа")},
                               {"members", members}})});
        QCOMPARE(groups.index(0, int(SubgroupsModel::Column::Members)).data().toInt(), 1);
        SubgroupMembersModel m;
        exercise(m, members);
        QCOMPARE(m.index(1, 0).data(Qt::ForegroundRole).value<QColor>(), colors::muted());
        QVERIFY(!m.index(0, 0).data(Qt::ForegroundRole).isValid());
    }

    void studentsGreyLeaversAndShowOnlyWhatCame()
    {
        StudentsModel m;
        exercise(m, {map({{"id", 1}, {"fullName", QStringLiteral("Ёжикова Полина Максимовна")}, {"className", QStringLiteral("5А")},
                          {"birthDate", QStringLiteral("2014-03-02")}, {"userId", 44}, {"leftOn", QCborValue(QCborValue::Null)}}),
                     map({{"id", 2}, {"fullName", QStringLiteral("Жуков Никита Павлович")}, {"className", QStringLiteral("5А")},
                          {"leftOn", QStringLiteral("2025-11-10")}})});
        QCOMPARE(m.index(0, int(StudentsModel::Column::BirthDate)).data().toDate(), QDate(2014, 3, 2));
        QCOMPARE(text(m, 0, int(StudentsModel::Column::Account)), QStringLiteral("есть"));
        QVERIFY(!m.index(1, int(StudentsModel::Column::BirthDate)).data().toDate().isValid()); // personal data absent
        QCOMPARE(text(m, 1, int(StudentsModel::Column::Account)), QString());
        QCOMPARE(m.index(1, 0).data(Qt::ForegroundRole).value<QColor>(), colors::muted());
        QVERIFY(m.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Выбыл")));
    }

    void guardiansAndMovements()
    {
        GuardiansModel g;
        exercise(g, {map({{"id", 1}, {"fullName", QStringLiteral("Алексеева Елена Викторовна")}, {"relation", QStringLiteral("мать")},
                          {"userId", QCborValue(QCborValue::Null)}})});
        QCOMPARE(text(g, 0, int(GuardiansModel::Column::Account)), QStringLiteral("нет"));
        MovementsModel m;
        exercise(m, {map({{"id", 1}, {"kind", QStringLiteral("leaving")}, {"onDate", QStringLiteral("2025-11-10")},
                          {"studentName", QStringLiteral("Жуков Никита")}, {"orderNumber", QStringLiteral("112-у")},
                          {"fromClassName", QStringLiteral("5А")}, {"counterpart", QStringLiteral("школа № 2, г. Тверь")}}),
                     map({{"id", 2}, {"kind", QStringLiteral("transfer")}, {"onDate", QStringLiteral("2025-10-01")}})});
        QCOMPARE(text(m, 0, int(MovementsModel::Column::Kind)), QStringLiteral("выбытие"));
        QCOMPARE(text(m, 1, int(MovementsModel::Column::Kind)), QStringLiteral("перевод"));
        QCOMPARE(m.index(0, int(MovementsModel::Column::Date)).data().toDate(), QDate(2025, 11, 10));
    }

    void loadAndItsCheck()
    {
        AssignmentsModel a;
        const QCborMap english = map({{"id", 3}, {"className", QStringLiteral("5А")}, {"subjectName", QStringLiteral("Английский язык")},
                                      {"subgroupId", 7}, {"subgroupName", QStringLiteral("1 группа")},
                                      {"teacherName", QStringLiteral("Смирнова А. В.")}, {"hoursPerWeek", 1.5}});
        exercise(a, {english});
        QCOMPARE(a.index(0, int(AssignmentsModel::Column::Hours)).data().toDouble(), 1.5);
        QCOMPARE(AssignmentsModel::title(english), QStringLiteral("5А · Английский язык (1 группа) — Смирнова А. В."));
        AssignmentProblemsModel p;
        exercise(p, {map({{"className", QStringLiteral("5А")}, {"subjectName", QStringLiteral("Английский язык")}, {"subgroupId", 8},
                          {"curriculumHours", 3}, {"assignedHours", 0}, {"kind", QStringLiteral("unassigned")}})});
        p.setNames(QStringLiteral("subgroupId"), {{8, QStringLiteral("2 группа")}});
        QCOMPARE(text(p, 0, int(AssignmentProblemsModel::Column::Subgroup)), QStringLiteral("2 группа"));
        QCOMPARE(text(p, 0, int(AssignmentProblemsModel::Column::Problem)), QStringLiteral("учитель не назначен"));
    }

    void lessonsAndSubstitutions()
    {
        LessonsModel l;
        exercise(l, {map({{"id", 1}, {"date", QStringLiteral("2025-10-15")}, {"lessonNumber", 2}, {"startsAt", QStringLiteral("09:25")},
                          {"endsAt", QStringLiteral("10:10")}, {"className", QStringLiteral("5А")}, {"subjectName", QStringLiteral("Математика")},
                          {"origin", QStringLiteral("moved")}, {"movedFrom", QStringLiteral("2025-10-14")},
                          {"substituteId", 9}, {"substituteName", QStringLiteral("Зимин О. П.")}})});
        QCOMPARE(text(l, 0, int(LessonsModel::Column::Time)), QStringLiteral("09:25–10:10"));
        QVERIFY(text(l, 0, int(LessonsModel::Column::Origin)).startsWith(QStringLiteral("перенесённый урок с ")));
        QCOMPARE(l.index(0, int(LessonsModel::Column::Substitute)).data(Qt::BackgroundRole).value<QColor>(), colors::warningBackground());
        SubstitutionsModel s;
        exercise(s, {map({{"lessonId", 1}, {"date", QStringLiteral("2025-10-15")}, {"createdAt", QStringLiteral("2025-10-14T07:00:00.000Z")},
                          {"substituteName", QStringLiteral("Зимин О. П.")}})});
        QVERIFY(s.index(0, int(SubstitutionsModel::Column::RecordedAt)).data().toDateTime().isValid());
    }

    void accountsSessionsAndLog()
    {
        UsersModel u;
        exercise(u, {map({{"id", 1}, {"fullName", QStringLiteral("Иванова Мария Петровна")}, {"roles", QCborArray{QStringLiteral("teacher"), QStringLiteral("deputy")}},
                          {"activated", true}, {"locked", true}, {"lockedReason", QStringLiteral("увольнение")}}),
                     map({{"id", 2}, {"fullName", QStringLiteral("Петров")}, {"roles", QCborArray{QStringLiteral("admin")}}, {"activated", false},
                          {"activationPending", true}, {"archived", true}})});
        QCOMPARE(text(u, 0, int(UsersModel::Column::Roles)), QStringLiteral("Заместитель директора по УВР, Учитель"));
        QCOMPARE(text(u, 0, int(UsersModel::Column::Status)), QStringLiteral("заблокирована: увольнение"));
        QCOMPARE(u.index(0, int(UsersModel::Column::Status)).data(Qt::ForegroundRole).value<QColor>(), colors::problemText());
        QCOMPARE(text(u, 1, int(UsersModel::Column::Status)), QStringLiteral("в архиве"));
        SessionsModel s;
        exercise(s, {map({{"id", 1}, {"userName", QStringLiteral("Иванова М. П.")}, {"createdAt", QStringLiteral("2025-10-15T05:00:00.000Z")}})});
        LoginLogModel l;
        exercise(l, {map({{"id", 1}, {"outcome", QStringLiteral("wrong_password")}, {"method", QStringLiteral("password")}}),
                     map({{"id", 2}, {"outcome", QStringLiteral("ok")}, {"method", QStringLiteral("activation")}})});
        QCOMPARE(text(l, 0, int(LoginLogModel::Column::Outcome)), QStringLiteral("неверный пароль"));
        QCOMPARE(text(l, 1, int(LoginLogModel::Column::Method)), QStringLiteral("код активации"));
        QVERIFY(!l.index(1, int(LoginLogModel::Column::Outcome)).data(Qt::ForegroundRole).isValid());
        ActivationCodesModel c;
        exercise(c, {map({{"id", 1}, {"fullName", QStringLiteral("Иванова Мария Петровна")}, {"login", QStringLiteral("ivanova.mp")},
                          {"activationCode", QStringLiteral("ABCD-EFGH-JKLM")}, {"activationExpiresAt", QStringLiteral("2025-11-14T07:00:00.000Z")},
                          {"note", QStringLiteral("родитель ученика")}})});
        QCOMPARE(text(c, 0, int(ActivationCodesModel::Column::Code)), QStringLiteral("ABCD-EFGH-JKLM"));
    }

    void importPreviewTintsBadRows()
    {
        ImportPreviewModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QCborMap result = map({{"valid", 1}, {"invalid", 1}, {"ignoredColumns", QCborArray{QStringLiteral("Хобби")}}, {"rows", QCborArray{
            map({{"line", 2}, {"values", map({{"surname", QStringLiteral("Иванов")}, {"class", QStringLiteral("5А")}})}, {"errors", QCborArray{}}}),
            map({{"line", 3}, {"values", map({{"surname", QStringLiteral("Петров")}, {"class", QStringLiteral("9Я")}})},
                 {"errors", QCborArray{map({{"field", QStringLiteral("class")}, {"rule", QStringLiteral("unknown_class")},
                                            {"message", QStringLiteral("no class 9Я")}})}}})}}});
        m.setPreview(result);
        QCOMPARE(m.columnCount(), 4); // line, two columns of the file, problems
        QCOMPARE(m.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Фамилия"));
        QCOMPARE(m.ignoredColumns(), QStringList{QStringLiteral("Хобби")});
        QCOMPARE(m.validCount(), 1);
        QCOMPARE(m.invalidCount(), 1);
        QVERIFY(!m.index(0, 1).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m.index(1, 1).data(Qt::BackgroundRole).value<QColor>(), colors::warningBackground());
        QCOMPARE(m.index(1, 2).data(Qt::BackgroundRole).value<QColor>(), colors::problemBackground());
        QCOMPARE(text(m, 1, 3), QStringLiteral("такого класса нет в этом учебном году"));
        QCOMPARE(m.valuesOfLine(3).value(QStringLiteral("surname")).toString(), QStringLiteral("Петров"));
        m.setPreview({});
        QCOMPARE(m.rowCount(), 0);
    }

    void namesWithCheckBoxes()
    {
        NamesModel m;
        m.setCheckable(true);
        exercise(m, {map({{"id", 1}, {"fullName", QStringLiteral("Алексеев Артём")}}), map({{"id", 2}, {"name", QStringLiteral("5А")}})});
        QCOMPARE(text(m, 1, 0), QStringLiteral("5А"));
        QVERIFY(m.setData(m.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m.checkedIds(), QList<qint64>{1});
        QCOMPARE(m.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        m.setFixed(2); // ticked for good
        QVERIFY(!m.setData(m.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!(m.flags(m.index(1, 0)) & Qt::ItemIsEnabled));
        QCOMPARE(m.checkedIds(), (QList<qint64>{1, 2}));
    }

    void curriculumGridTotalsAgainstMaximum()
    {
        CurriculumModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setFrame({map({{"id", 5}, {"name", QStringLiteral("5А")}})},
                   {map({{"id", 1}, {"name", QStringLiteral("Математика")}}), map({{"id", 2}, {"name", QStringLiteral("Русский язык")}})});
        m.setCurriculum(map({{"items", QCborArray{map({{"classId", 5}, {"subjectId", 1}, {"hoursPerWeek", 5}}),
                                                  map({{"classId", 5}, {"subjectId", 3}, {"subjectName", QStringLiteral("Черчение")}, {"hoursPerWeek", 1}})}},
                             {"totals", QCborArray{map({{"classId", 5}, {"hoursPerWeek", 6}, {"maximum", 8}})}}}));
        QCOMPARE(m.rowCount(), 5); // two subjects, one planned but archived since, total, maximum
        QCOMPARE(m.headerData(2, Qt::Vertical).toString(), QStringLiteral("Черчение"));
        QCOMPARE(m.index(3, 0).data().toDouble(), 6.0);
        QVERIFY(m.isTotalRow(3));
        QSignalSpy edited(&m, &CurriculumModel::hoursEdited);
        QVERIFY(m.setData(m.index(1, 0), 2.5));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(2).toDouble(), 0.0);
        QCOMPARE(edited.first().at(3).toDouble(), 2.5);
        QCOMPARE(m.total(5), 8.5);
        QCOMPARE(m.index(3, 0).data(Qt::BackgroundRole).value<QColor>(), colors::problemBackground());
        QVERIFY(!(m.flags(m.index(3, 0)) & Qt::ItemIsEditable));
        m.setHours(5, 2, 0); // undone: no new announcement
        QCOMPARE(edited.size(), 1);
        QCOMPARE(m.index(3, 0).data(Qt::BackgroundRole).value<QColor>(), colors::okBackground());
    }

    void scheduleWeekOfAClassATeacherARoom()
    {
        ScheduleWeekModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 7); // before bells exist
        m.setWeekDays(6);
        m.setBells({map({{"lessonNumber", 1}, {"startsAt", QStringLiteral("08:30")}, {"endsAt", QStringLiteral("09:15")}}),
                    map({{"lessonNumber", 2}, {"startsAt", QStringLiteral("09:25")}, {"endsAt", QStringLiteral("10:10")}})});
        const QCborMap group1 = map({{"id", 1}, {"weekday", 3}, {"lessonNumber", 2}, {"className", QStringLiteral("5А")},
                                     {"subjectName", QStringLiteral("Английский язык")}, {"subgroupName", QStringLiteral("1 группа")},
                                     {"teacherName", QStringLiteral("Смирнова А. В.")}, {"room", QStringLiteral("21")},
                                     {"validFrom", QStringLiteral("2025-09-01")}});
        QCborMap group2 = group1;
        group2.insert(QStringLiteral("id"), 2);
        group2.insert(QStringLiteral("subgroupName"), QStringLiteral("2 группа"));
        const QCborMap zeroth = map({{"id", 3}, {"weekday", 6}, {"lessonNumber", 0}, {"className", QStringLiteral("5А")},
                                     {"subjectName", QStringLiteral("Хор")}, {"validFrom", QStringLiteral("2025-09-01")}});
        m.setEntries({group1, group2, zeroth});
        QCOMPARE(m.rowCount(), 3);  // lesson 0 has no bell but shows
        QCOMPARE(m.columnCount(), 6);
        QCOMPARE(m.headerData(0, Qt::Vertical).toString(), QStringLiteral("0-й урок"));
        QCOMPARE(m.headerData(2, Qt::Vertical).toString(), QStringLiteral("2-й урок\n09:25–10:10"));
        QCOMPARE(m.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Суббота"));
        const QModelIndex slot = m.index(2, 2);
        QCOMPARE(m.entriesAt(slot).size(), 2);
        QCOMPARE(slot.data(ScheduleWeekModel::LessonNumberRole).toInt(), 2);
        QCOMPARE(slot.data(ScheduleWeekModel::WeekdayRole).toInt(), 3);
        QVERIFY(slot.data().toString().startsWith(QStringLiteral("Английский язык (1 группа)\nСмирнова А. В., каб. 21")));
        m.setView(ScheduleWeekModel::View::Teacher);
        QVERIFY(slot.data().toString().startsWith(QStringLiteral("5А · Английский язык (1 группа)\nкаб. 21")));
        m.setView(ScheduleWeekModel::View::Room);
        QVERIFY(slot.data().toString().startsWith(QStringLiteral("5А · Английский язык (1 группа)\nСмирнова А. В.")));
        QVERIFY(slot.data(Qt::ToolTipRole).toString().contains(QStringLiteral("с 01.09.2025")));
        m.setEntries({});
        QCOMPARE(m.rowCount(), 2);
    }
};

QTEST_MAIN(TestClientModels)
#include "tst_client_models.moc"
