// The administrator of an empty school sets the school up through the screens, offscreen, against
// the real server — an account for a teacher, the academic year from the standard template, the
// bells, a subject, class 5А with its class teacher, curriculum hours, the teaching load, a student
// enrolled by order, a lesson put into the weekly schedule, lessons generated — and a separate
// connection then checks that the server holds all of it. Refusals appear in Russian at the form.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include "ScreenDriver.h"
#include "TestServer.h"
#include "core/models/CurriculumModel.h"
#include "core/models/ScheduleWeekModel.h"
#include "ui/ClientApp.h"
#include "ui/MainWindow.h"
#include "ui/common/DateEdit.h"
#include "ui/common/RecordComboBox.h"
#include "ui/common/RecordTable.h"
#include "ui/import/ImportScreen.h"
#include "core/models/ImportPreviewModel.h"
#include "ui/planning/CurriculumScreen.h"
#include "ui/schedule/ScheduleScreen.h"

using namespace cj;
using protocol::MessageType;

namespace {
using test::child;
using test::choose;
using test::clickOk;

const QString kTeacher = QStringLiteral("Иванова Мария Петровна");
} // namespace

class TestClientSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::ScreenDriver> m_ui;
    test::ModalWatcher *m_watcher = nullptr;

    QWidget *open(const char *screenAction) { return m_ui->open(screenAction); }
    QCborArray list(MessageType type, const QCborMap &args, const char *key) { return m_ui->list(type, args, key); }
    QCborMap first(MessageType type, const QCborMap &args, const char *key) { return m_ui->first(type, args, key); }
    qint64 yearId() { return first(MessageType::YearsList, {}, "years").value(QStringLiteral("id")).toInteger(); }
    qint64 classId() { return first(MessageType::ClassesList, {}, "classes").value(QStringLiteral("id")).toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        client::installTranslations();
        m_server = std::make_unique<test::TestServer>(QStringLiteral("clientsetup"));
        // Late August: the year to set up starts on 1 September.
        QVERIFY2(m_server->start({QStringLiteral("--today"), QStringLiteral("2025-08-25")}), qPrintable(m_server->process().log()));
        m_ui = std::make_unique<test::ScreenDriver>(m_server->port(), QStringLiteral("admin"), test::TestServer::kAdminPassword);
        m_watcher = &m_ui->dialogs();
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        QCOMPARE(m_server->stop(), 0);
    }

    void cleanup()
    {
        QVERIFY2(m_watcher->unexpected().isEmpty(), qPrintable(m_watcher->unexpected().join(QLatin1Char('\n'))));
        QVERIFY(m_watcher->allHandled());
    }

    void createTeacherAccount()
    {
        QWidget *users = open("usersAction");
        QString code;
        m_watcher->expect(QStringLiteral("userDialog"), [](QDialog *d) {
            child<QLineEdit>(d, QStringLiteral("surnameField"))->setText(QStringLiteral("Иванова"));
            child<QLineEdit>(d, QStringLiteral("firstNameField"))->setText(QStringLiteral("Мария"));
            child<QLineEdit>(d, QStringLiteral("patronymicField"))->setText(QStringLiteral("Петровна"));
            QVERIFY(child<QCheckBox>(d, QStringLiteral("teacherRoleCheck"))->isChecked()); // the usual role, ticked
            clickOk(d);
        });
        m_watcher->expect(QStringLiteral("activationCodesDialog"), [&code](QDialog *d) {
            auto *table = d->findChild<client::RecordTable *>();
            code = table->model()->index(0, 3).data().toString();
            d->accept();
        });
        child<QAction>(users, QStringLiteral("newUserAction"))->trigger();
        QVERIFY2(code.contains(QLatin1Char('-')), qPrintable(code)); // the first activation code, shown to print
        const QCborArray teachers = list(MessageType::UsersList, QCborMap{{QStringLiteral("role"), QStringLiteral("teacher")}}, "users");
        QCOMPARE(teachers.size(), 1);
        QCOMPARE(teachers.first().toMap().value(QStringLiteral("fullName")).toString(), kTeacher);
    }

    void createYearFromTheStandardTemplate()
    {
        QWidget *years = open("yearsAction");
        m_watcher->expect(QStringLiteral("yearDialog"), [](QDialog *d) {
            QCOMPARE(child<QLineEdit>(d, QStringLiteral("nameEdit"))->text(), QStringLiteral("2025/2026"));
            QCOMPARE(child<client::DateEdit>(d, QStringLiteral("startsOnEdit"))->date(), QDate(2025, 9, 1));
            QVERIFY(child<QCheckBox>(d, QStringLiteral("standardCheck"))->isChecked());
            clickOk(d);
        });
        child<QAction>(years, QStringLiteral("newYearAction"))->trigger();
        auto *quarters = child<QWidget>(years, QStringLiteral("quartersEditor"));
        QTRY_COMPARE_WITH_TIMEOUT(quarters->findChild<QTableView *>()->model()->rowCount(), 4, 10000);
        const QCborMap year = first(MessageType::YearsList, {}, "years");
        QCOMPARE(year.value(QStringLiteral("name")).toString(), QStringLiteral("2025/2026"));
        QCOMPARE(year.value(QStringLiteral("startsOn")).toString(), QStringLiteral("2025-09-01"));
        QVERIFY(year.value(QStringLiteral("periods")).toArray().size() >= 6); // four quarters and two halves
        QVERIFY(!year.value(QStringLiteral("holidays")).toArray().isEmpty());
    }

    void anOverlappingYearIsRefusedInRussianAtTheForm()
    {
        QWidget *years = open("yearsAction");
        QString shown;
        m_watcher->expect(QStringLiteral("yearDialog"), [&shown](QDialog *d) {
            child<QLineEdit>(d, QStringLiteral("nameEdit"))->setText(QStringLiteral("2025/2026 (копия)"));
            clickOk(d);
            shown = test::refusalShown(d);
            d->reject();
        });
        child<QAction>(years, QStringLiteral("newYearAction"))->trigger();
        QVERIFY2(shown.contains(QStringLiteral("пересекаются")), qPrintable(shown));
        QCOMPARE(list(MessageType::YearsList, {}, "years").size(), 1);
    }

    void createBells()
    {
        QWidget *years = open("yearsAction");
        auto *bells = child<QWidget>(years, QStringLiteral("bellsEditor"));
        child<QPushButton>(bells, QStringLiteral("newBellScheduleButton"))->click();
        QCOMPARE(child<QLineEdit>(bells, QStringLiteral("bellScheduleNameEdit"))->text(), QStringLiteral("Основное"));
        child<QPushButton>(bells, QStringLiteral("saveButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(list(MessageType::BellsList, QCborMap{{QStringLiteral("yearId"), yearId()}}, "schedules").size(), 1, 10000);
        const QCborArray saved = list(MessageType::BellsList, QCborMap{{QStringLiteral("yearId"), yearId()}}, "schedules")
                                     .first().toMap().value(QStringLiteral("bells")).toArray();
        QCOMPARE(saved.size(), 6);
        QCOMPARE(saved.first().toMap().value(QStringLiteral("startsAt")).toString(), QStringLiteral("08:30"));
    }

    void createSubject()
    {
        QWidget *subjects = open("subjectsAction");
        m_watcher->expect(QStringLiteral("subjectDialog"), [](QDialog *d) {
            child<QLineEdit>(d, QStringLiteral("nameEdit"))->setText(QStringLiteral("Математика"));
            clickOk(d);
        });
        child<QAction>(subjects, QStringLiteral("newSubjectAction"))->trigger();
        const QCborArray all = list(MessageType::SubjectsList, {}, "subjects");
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Математика"));
        QCOMPARE(all.first().toMap().value(QStringLiteral("grading")).toString(), QStringLiteral("marks"));
    }

    void createClassWithClassTeacher()
    {
        QWidget *classes = open("classesAction");
        m_watcher->expect(QStringLiteral("classDialog"), [](QDialog *d) {
            child<QSpinBox>(d, QStringLiteral("gradeSpin"))->setValue(5);
            child<QLineEdit>(d, QStringLiteral("letterEdit"))->setText(QStringLiteral("А"));
            QVERIFY(choose(child<client::RecordComboBox>(d, QStringLiteral("classTeacherCombo")), kTeacher));
            QVERIFY(choose(child<client::RecordComboBox>(d, QStringLiteral("bellsCombo")), QStringLiteral("Основное")));
            child<QLineEdit>(d, QStringLiteral("roomEdit"))->setText(QStringLiteral("21"));
            clickOk(d);
        });
        child<QAction>(classes, QStringLiteral("newClassAction"))->trigger();
        const QCborMap c = first(MessageType::ClassesList, {}, "classes");
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("5А"));
        QCOMPARE(c.value(QStringLiteral("classTeacherName")).toString(), QStringLiteral("Иванова М. П."));
        QCOMPARE(c.value(QStringLiteral("periodScheme")).toString(), QStringLiteral("quarters"));
        QVERIFY(c.value(QStringLiteral("bellScheduleId")).isInteger());
    }

    void curriculumHoursTypedIntoTheGrid()
    {
        auto *screen = qobject_cast<client::CurriculumScreen *>(open("curriculumAction"));
        QVERIFY(screen);
        client::CurriculumModel *model = screen->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->columnCount() == 1 && model->rowCount() == 3, 10000); // Математика, total, maximum
        QTableView *view = screen->view();
        const QModelIndex cell = model->index(0, 0);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *editor = view->viewport()->findChild<QDoubleSpinBox *>();
        QVERIFY(editor);
        editor->setValue(5);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(model->total(classId()), 5.0);
        QTRY_COMPARE_WITH_TIMEOUT(list(MessageType::CurriculumList, QCborMap{{QStringLiteral("classId"), classId()}}, "items").size(), 1, 10000);
        const QCborMap item = first(MessageType::CurriculumList, QCborMap{{QStringLiteral("classId"), classId()}}, "items");
        QCOMPARE(item.value(QStringLiteral("hoursPerWeek")).toDouble(), 5.0);
        QCOMPARE(model->maximum(classId()), 29.0); // grade 5, five-day week (SPEC §7)
    }

    void assignTheTeacher()
    {
        QWidget *load = open("loadAction");
        m_watcher->expect(QStringLiteral("assignmentDialog"), [](QDialog *d) {
            QVERIFY(choose(child<client::RecordComboBox>(d, QStringLiteral("subjectCombo")), QStringLiteral("Математика")));
            QVERIFY(choose(child<client::RecordComboBox>(d, QStringLiteral("teacherCombo")), kTeacher));
            // The hours come from the curriculum.
            QTRY_COMPARE_WITH_TIMEOUT(child<QDoubleSpinBox>(d, QStringLiteral("hoursSpin"))->value(), 5.0, 10000);
            clickOk(d);
        });
        child<QAction>(load, QStringLiteral("newAssignmentAction"))->trigger();
        const QCborArray load5 = list(MessageType::AssignmentsList, QCborMap{{QStringLiteral("classId"), classId()}}, "assignments");
        QCOMPARE(load5.size(), 1);
        QCOMPARE(load5.first().toMap().value(QStringLiteral("teacherName")).toString(), QStringLiteral("Иванова М. П."));
        // Every curriculum hour is now assigned.
        child<QAction>(load, QStringLiteral("checkLoadAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(load, QStringLiteral("checkVerdict"))->text().contains(QStringLiteral("распределены")), 10000);
    }

    void enrolAStudent()
    {
        QWidget *students = open("studentsAction");
        m_watcher->expect(QStringLiteral("enrolDialog"), [](QDialog *d) {
            child<QLineEdit>(d, QStringLiteral("surnameField"))->setText(QStringLiteral("Ёжикова"));
            child<QLineEdit>(d, QStringLiteral("firstNameField"))->setText(QStringLiteral("Полина"));
            child<client::DateEdit>(d, QStringLiteral("birthDateField"))->setDate(QDate(2014, 3, 2));
            QVERIFY(choose(child<client::RecordComboBox>(d, QStringLiteral("classCombo")), QStringLiteral("5А")));
            child<client::DateEdit>(d, QStringLiteral("enrolledOnEdit"))->setDate(QDate(2025, 9, 1));
            child<QLineEdit>(d, QStringLiteral("orderNumberEdit"))->setText(QStringLiteral("112-у"));
            clickOk(d);
        });
        child<QAction>(students, QStringLiteral("enrolAction"))->trigger();
        const QCborArray inClass = list(MessageType::StudentsList,
                                        QCborMap{{QStringLiteral("classId"), classId()}, {QStringLiteral("date"), QStringLiteral("2025-09-15")},
                                                 {QStringLiteral("personal"), true}}, "students");
        QCOMPARE(inClass.size(), 1);
        QCOMPARE(inClass.first().toMap().value(QStringLiteral("fullName")).toString(), QStringLiteral("Ёжикова Полина"));
        QCOMPARE(inClass.first().toMap().value(QStringLiteral("birthDate")).toString(), QStringLiteral("2014-03-02"));
        const QCborArray moves = list(MessageType::MovementsList, QCborMap{{QStringLiteral("classId"), classId()}}, "movements");
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("enrolment"));
        QCOMPARE(moves.first().toMap().value(QStringLiteral("orderNumber")).toString(), QStringLiteral("112-у"));
    }

    void putALessonIntoTheSchedule()
    {
        auto *screen = qobject_cast<client::ScheduleScreen *>(open("scheduleAction"));
        QVERIFY(screen);
        // Before the year begins the screen opens on its first week, with the class's bells.
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), 6, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(screen->model()->headerData(0, Qt::Vertical).toString().contains(QStringLiteral("08:30")), 10000);
        m_watcher->expect(QStringLiteral("scheduleSlotDialog"), [](QDialog *d) {
            auto *lesson = child<client::RecordComboBox>(d, QStringLiteral("assignmentCombo"));
            QVERIFY(QTest::qWaitFor([lesson] { return lesson->count() == 1; }, 10000));
            QCOMPARE(child<client::DateEdit>(d, QStringLiteral("validFromEdit"))->date(), QDate(2025, 9, 1));
            QCOMPARE(child<QLineEdit>(d, QStringLiteral("roomEdit"))->text(), QStringLiteral("21"));
            clickOk(d);
        });
        QTableView *view = screen->view();
        const QRect monday1 = view->visualRect(screen->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, monday1.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, monday1.center());
        QTRY_VERIFY_WITH_TIMEOUT(screen->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Математика")), 10000);
        const QCborArray entries = list(MessageType::ScheduleList, QCborMap{{QStringLiteral("classId"), classId()},
                                                                            {QStringLiteral("weekOf"), QStringLiteral("2025-09-01")}}, "entries");
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toMap().value(QStringLiteral("weekday")).toInteger(), 1);
        QCOMPARE(entries.first().toMap().value(QStringLiteral("lessonNumber")).toInteger(), 1);
        QCOMPARE(entries.first().toMap().value(QStringLiteral("validFrom")).toString(), QStringLiteral("2025-09-01"));
    }

    void generateLessons()
    {
        QWidget *lessons = open("lessonsAction");
        QString summary;
        m_watcher->expect(QStringLiteral("generateLessonsDialog"), [](QDialog *d) {
            child<client::DateEdit>(d, QStringLiteral("toEdit"))->setDate(QDate(2025, 9, 30));
            clickOk(d);
        });
        m_watcher->expect(QStringLiteral("informationBox"), [&summary](QDialog *d) {
            summary = static_cast<QMessageBox *>(d)->text();
            d->accept();
        });
        child<QAction>(lessons, QStringLiteral("generateLessonsAction"))->trigger();
        // The Mondays of September 2025: 1, 8, 15, 22 and 29.
        QVERIFY2(summary.contains(QStringLiteral("Создано уроков: 5")), qPrintable(summary));
        const QCborArray september = list(MessageType::LessonsList, QCborMap{{QStringLiteral("classId"), classId()},
                                                                             {QStringLiteral("from"), QStringLiteral("2025-09-01")},
                                                                             {QStringLiteral("to"), QStringLiteral("2025-09-30")}}, "lessons");
        QCOMPARE(september.size(), 5);
        QCOMPARE(september.first().toMap().value(QStringLiteral("date")).toString(), QStringLiteral("2025-09-01"));
        QCOMPARE(september.first().toMap().value(QStringLiteral("startsAt")).toString(), QStringLiteral("08:30"));
    }

    void importStaffFromCsv()
    {
        // As Excel on Russian Windows saves it: Windows-1251, semicolons; the third row is bad.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("staff.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QStringEncoder cp1251("windows-1251");
        const QString csv = QStringLiteral("Фамилия;Имя;Отчество;Должность;Роли\n"
                                           "Петров;Игорь;Олегович;учитель математики;учитель\n"
                                           "Сидорова;Анна;;секретарь;секретарь\n"
                                           "Козлов;;Ильич;;физрук\n");
        file.write(cp1251.isValid() ? QByteArray(cp1251.encode(csv)) : csv.toUtf8());
        file.close();

        auto *screen = qobject_cast<client::ImportScreen *>(open("importAction"));
        QVERIFY(screen);
        child<QComboBox>(screen, QStringLiteral("kindCombo"))->setCurrentIndex(1); // staff
        QVERIFY(screen->openFile(path));
        client::ImportPreviewModel *preview = screen->preview();
        QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 3, 10000);
        QCOMPARE(preview->validCount(), 2);
        QCOMPARE(preview->invalidCount(), 1);
        QCOMPARE(preview->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Фамилия"));
        QCOMPARE(preview->index(1, 1).data().toString(), QStringLiteral("Сидорова")); // read from Windows-1251
        QVERIFY(preview->index(2, 0).data(Qt::BackgroundRole).isValid());           // the bad row is tinted
        const QString problems = preview->index(2, preview->columnCount() - 1).data().toString();
        QVERIFY2(problems.contains(QStringLiteral("не заполнено поле «Имя»")), qPrintable(problems));
        auto *importButton = child<QPushButton>(screen, QStringLiteral("importButton"));
        QCOMPARE(importButton->text(), QStringLiteral("Загрузить 2 верные строки"));

        QString result;
        QStringList names;
        m_watcher->expect(QStringLiteral("confirmBox"), [](QDialog *d) { static_cast<QMessageBox *>(d)->button(QMessageBox::Yes)->click(); });
        m_watcher->expect(QStringLiteral("informationBox"), [&result](QDialog *d) {
            result = static_cast<QMessageBox *>(d)->text();
            d->accept();
        });
        m_watcher->expect(QStringLiteral("activationCodesDialog"), [&names](QDialog *d) {
            QAbstractItemModel *codes = d->findChild<client::RecordTable *>()->model();
            for (int row = 0; row < codes->rowCount(); ++row)
                names.append(codes->index(row, 0).data().toString());
            d->accept();
        });
        importButton->click(); // asks, then imports in the background
        QTRY_COMPARE_WITH_TIMEOUT(result, QStringLiteral("Загружено: 2; пропущено: 1."), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_watcher->allHandled(), 10000);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Петров Игорь Олегович"), QStringLiteral("Сидорова Анна")}));
        QStringList staff;
        for (const QCborValue &u : list(MessageType::UsersList, {}, "users"))
            staff.append(u.toMap().value(QStringLiteral("fullName")).toString());
        QVERIFY(staff.contains(QStringLiteral("Петров Игорь Олегович")));
        QVERIFY(staff.contains(QStringLiteral("Сидорова Анна")));
        QVERIFY(!staff.join(QLatin1Char(' ')).contains(QStringLiteral("Козлов")));
    }
};

QTEST_MAIN(TestClientSetup)
#include "tst_client_setup.moc"
