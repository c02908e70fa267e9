// Changes to a school that is running (a small school in mid-October), made through the screens
// offscreen against the real server: the server's refusals shown in Russian at the form (a break
// too short in the bells, a substitute who teaches elsewhere at that time), a move between
// subgroups that takes effect from the next quarter, a student leaving by order, an account
// locked with a reason, and the activation slips of all parents of a class.
#include <QCheckBox>
#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include "ScreenDriver.h"
#include "SmallSchool.h"
#include "TestServer.h"
#include "core/models/ModelColors.h"
#include "core/models/NamesModel.h"
#include "ui/ClientApp.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/DateEdit.h"
#include "ui/common/ListScreen.h"
#include "ui/common/RecordTable.h"
#include "ui/students/StudentCardDialog.h"

using namespace cj;
using protocol::MessageType;
using test::child;
using test::choose;
using test::clickOk;

class TestClientChanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    std::unique_ptr<test::ScreenDriver> m_ui;

    test::ModalWatcher &dialogs() { return m_ui->dialogs(); }

    // A list screen showing class 5А (and nothing else), with the record `id` selected if given.
    client::ListScreen *openOn5A(const char *screenAction, qint64 id = 0)
    {
        auto *screen = qobject_cast<client::ListScreen *>(m_ui->open(screenAction));
        auto *classes = child<client::ClassComboBox>(screen, QStringLiteral("classCombo"));
        if (!choose(classes, QStringLiteral("5А")))
            qFatal("no class 5А");
        const auto shown = [&]() -> bool {
            if (screen->model()->isLoading() || screen->model()->args().value(QStringLiteral("classId")).toInteger() != m_school->class5)
                return false;
            if (!id)
                return true;
            screen->table()->selectId(id);
            return screen->table()->currentId() == id;
        };
        if (!QTest::qWaitFor(shown, 20000))
            qFatal("the list of 5А did not come");
        return screen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        client::installTranslations();
        m_server = std::make_unique<test::TestServer>(QStringLiteral("clientchanges"));
        m_school = std::make_unique<test::SmallSchool>(m_server->fixture().db(), m_server->schoolId());
        QVERIFY2(m_server->start({QStringLiteral("--today"), QStringLiteral("2025-10-15")}), qPrintable(m_server->process().log()));
        m_ui = std::make_unique<test::ScreenDriver>(m_server->port(), QStringLiteral("admin"), test::TestServer::kAdminPassword);
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        QCOMPARE(m_server->stop(), 0);
    }

    void cleanup()
    {
        QVERIFY2(dialogs().unexpected().isEmpty(), qPrintable(dialogs().unexpected().join(QLatin1Char('\n'))));
        QVERIFY(dialogs().allHandled());
    }

    void aShortBreakIsRefusedAtItsRow()
    {
        QWidget *years = m_ui->open("yearsAction");
        auto *bells = child<QWidget>(years, QStringLiteral("bellsEditor"));
        QTableView *grid = bells->findChild<QTableView *>();
        QTRY_COMPARE_WITH_TIMEOUT(grid->model()->rowCount(), 7, 10000); // the school's bells open by themselves
        // Lesson 3 to begin five minutes after lesson 2 ends (10:10 → 10:15).
        QVERIFY(grid->model()->setData(grid->model()->index(2, 1), QTime(10, 15)));
        child<QPushButton>(bells, QStringLiteral("saveButton"))->click();
        auto *error = child<QLabel>(bells, QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
        QCOMPARE(error->text(), QStringLiteral("Перемена между уроками короче 10 минут."));
        QCOMPARE(grid->currentIndex(), grid->model()->index(2, 1)); // the start of lesson 3, pointed at
        const QCborArray held = m_ui->first(MessageType::BellsList, QCborMap{{QStringLiteral("yearId"), m_school->yearId}}, "schedules")
                                    .value(QStringLiteral("bells")).toArray();
        QCOMPARE(held.at(2).toMap().value(QStringLiteral("startsAt")).toString(), QStringLiteral("10:25")); // unchanged
    }

    void overlappingQuartersAreRefusedAndHolidaysForGradeOneAdded()
    {
        QWidget *years = m_ui->open("yearsAction");
        auto *quarters = child<QWidget>(years, QStringLiteral("quartersEditor"));
        QTableView *grid = quarters->findChild<QTableView *>();
        QTRY_COMPARE_WITH_TIMEOUT(grid->model()->rowCount(), 4, 10000);
        // The first quarter to end after the second has begun.
        QVERIFY(grid->model()->setData(grid->model()->index(0, 3), QDate(2025, 11, 10)));
        child<QPushButton>(quarters, QStringLiteral("saveButton"))->click();
        auto *error = child<QLabel>(quarters, QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
        QCOMPARE(error->text(), QStringLiteral("Учебные периоды пересекаются: каждый должен закончиться до начала следующего."));
        QCOMPARE(grid->currentIndex().row(), 1);

        auto *holidays = child<client::ListScreen>(years, QStringLiteral("holidaysScreen"));
        const int before = holidays->model()->rowCount();
        dialogs().expect(QStringLiteral("holidayDialog"), [](QDialog *d) {
            child<QLineEdit>(d, QStringLiteral("nameEdit"))->setText(QStringLiteral("Дополнительные каникулы"));
            const auto dates = d->findChildren<client::DateEdit *>();
            dates.at(0)->setDate(QDate(2026, 2, 16));
            dates.at(1)->setDate(QDate(2026, 2, 22));
            d->findChild<QCheckBox *>()->setChecked(false); // not the whole school…
            const auto grades = d->findChildren<QCheckBox *>();
            grades.at(1)->setChecked(true); // …grade 1 only
            clickOk(d);
        });
        test::ScreenDriver::trigger(holidays, "addHolidayAction");
        QTRY_COMPARE_WITH_TIMEOUT(holidays->model()->rowCount(), before + 1, 10000);
        bool found = false;
        for (const QCborValue &h : m_ui->first(MessageType::YearsList, {}, "years").value(QStringLiteral("holidays")).toArray()) {
            if (h.toMap().value(QStringLiteral("name")).toString() == QStringLiteral("Дополнительные каникулы")) {
                found = true;
                QCOMPARE(h.toMap().value(QStringLiteral("grades")).toArray(), QCborArray{1});
                QCOMPARE(h.toMap().value(QStringLiteral("startsOn")).toString(), QStringLiteral("2026-02-16"));
            }
        }
        QVERIFY(found);
    }

    void aSubstituteWhoTeachesThenIsRefusedThenAnotherIsSet()
    {
        // A lesson of 5А on 15 October at a time the maths teacher teaches another class.
        const QCborMap day{{QStringLiteral("from"), QStringLiteral("2025-10-15")}, {QStringLiteral("to"), QStringLiteral("2025-10-15")}};
        QCborMap byMath = day;
        byMath.insert(QStringLiteral("teacherId"), m_school->users.value(QStringLiteral("math")));
        QSet<qint64> busy;
        for (const QCborValue &l : m_ui->list(MessageType::LessonsList, byMath, "lessons"))
            busy.insert(l.toMap().value(QStringLiteral("lessonNumber")).toInteger());
        QCborMap by5 = day;
        by5.insert(QStringLiteral("classId"), m_school->class5);
        QCborMap lesson;
        for (const QCborValue &l : m_ui->list(MessageType::LessonsList, by5, "lessons")) {
            const QCborMap m = l.toMap();
            if (busy.contains(m.value(QStringLiteral("lessonNumber")).toInteger())
                && m.value(QStringLiteral("teacherId")).toInteger() != m_school->users.value(QStringLiteral("math")))
                lesson = m;
        }
        QVERIFY2(!lesson.isEmpty(), "the small school's timetable has no such lesson on 15 October");
        const qint64 lessonId = lesson.value(QStringLiteral("id")).toInteger();

        client::ListScreen *lessons = openOn5A("lessonsAction", lessonId);
        QString refusal;
        dialogs().expect(QStringLiteral("substitutionDialog"), [&refusal](QDialog *d) {
            auto *teacher = child<client::RecordComboBox>(d, QStringLiteral("teacherCombo"));
            QVERIFY(choose(teacher, QStringLiteral("Петров Игорь Олегович")));
            child<QLineEdit>(d, QStringLiteral("reasonEdit"))->setText(QStringLiteral("болезнь"));
            clickOk(d);
            refusal = test::refusalShown(d);
            QVERIFY(choose(teacher, QStringLiteral("Зимин Олег Петрович")));
            clickOk(d);
        });
        test::ScreenDriver::trigger(lessons, "substituteAction");
        QVERIFY2(refusal.startsWith(QStringLiteral("У учителя Петров И. О. в это время уже есть урок")), qPrintable(refusal));
        const QCborMap substitution = m_ui->first(MessageType::SubstitutionsList, day, "substitutions");
        QCOMPARE(substitution.value(QStringLiteral("lessonId")).toInteger(), lessonId);
        QCOMPARE(substitution.value(QStringLiteral("substituteName")).toString(), QStringLiteral("Зимин О. П."));
        QCOMPARE(substitution.value(QStringLiteral("reason")).toString(), QStringLiteral("болезнь"));
        // The register shows it.
        auto *journal = qobject_cast<client::ListScreen *>(m_ui->open("substitutionsAction"));
        QTRY_COMPARE_WITH_TIMEOUT(journal->model()->rowCount(), 1, 10000);
    }

    void aMoveBetweenSubgroupsTakesEffectNextQuarter()
    {
        const qint64 student = m_school->students.value(m_school->class5).first(); // in group 1
        client::ListScreen *subgroups = openOn5A("subgroupsAction", m_school->englishGroup2);
        dialogs().expect(QStringLiteral("subgroupMembersDialog"), [](QDialog *d) {
            auto *students = qobject_cast<client::NamesModel *>(child<QListView>(d, QStringLiteral("studentsList"))->model());
            QVERIFY(QTest::qWaitFor([students] { return students->rowCount() == 6; }, 10000));
            students->setChecked(students->idAt(0), true);
            clickOk(d);
        });
        test::ScreenDriver::trigger(subgroups, "assignSubgroupAction");
        QCOMPARE(child<QLabel>(subgroups, QStringLiteral("effectiveLabel"))->text(),
                 QStringLiteral("Перевод вступает в силу с 3 ноября 2025 г. (начало следующего учебного периода); история сохраняется."));
        const auto membersOn = [this](const char *date) {
            QList<qint64> ids;
            for (const QCborValue &g : m_ui->list(MessageType::SubgroupsList, QCborMap{{QStringLiteral("classId"), m_school->class5},
                                                                                         {QStringLiteral("date"), QString::fromLatin1(date)}},
                                                  "subgroups")) {
                if (g.toMap().value(QStringLiteral("id")).toInteger() != m_school->englishGroup2)
                    continue;
                for (const QCborValue &m : g.toMap().value(QStringLiteral("members")).toArray())
                    ids.append(m.toMap().value(QStringLiteral("studentId")).toInteger());
            }
            return ids;
        };
        QVERIFY(!membersOn("2025-10-20").contains(student));
        QVERIFY(membersOn("2025-11-05").contains(student));
    }

    void thePersonalCardShowsWhatTheServerSent()
    {
        const qint64 student = m_school->students.value(m_school->class5).at(1);
        client::ListScreen *students = openOn5A("studentsAction", student);
        int pages = 0;
        QString birthDate;
        dialogs().expect(QStringLiteral("studentCardDialog"), [&](QDialog *d) {
            pages = d->findChild<QTabWidget *>()->count();
            birthDate = child<client::DateEdit>(d, QStringLiteral("birthDateField"))->text();
            d->reject();
        });
        test::ScreenDriver::trigger(students, "cardAction");
        QTRY_VERIFY_WITH_TIMEOUT(dialogs().allHandled(), 10000);
        QCOMPARE(pages, 3); // card, legal representatives, movement
        QCOMPARE(birthDate, QStringLiteral("11.04.2014"));

        // Personal data the server leaves out for a person is not shown (nor sent back) at all.
        const QCborMap publicOnly{{QStringLiteral("id"), student},
                                  {QStringLiteral("surname"), QStringLiteral("Белова")},
                                  {QStringLiteral("firstName"), QStringLiteral("Анна")},
                                  {QStringLiteral("patronymic"), QStringLiteral("Андреевна")},
                                  {QStringLiteral("fullName"), QStringLiteral("Белова Анна Андреевна")}};
        client::StudentCardDialog card(&m_ui->session(), publicOnly);
        card.show();
        QVERIFY(child<QWidget>(&card, QStringLiteral("surnameField"))->isVisible());
        QVERIFY(!child<QWidget>(&card, QStringLiteral("birthDateField"))->isVisible());
        QVERIFY(!child<QWidget>(&card, QStringLiteral("snilsField"))->isVisible());
        QVERIFY(!card.findChild<QTabWidget *>());
    }

    void theWholeSchoolsStudents()
    {
        auto *students = qobject_cast<client::ListScreen *>(m_ui->open("studentsAction"));
        QVERIFY(choose(child<client::ClassComboBox>(students, QStringLiteral("classCombo")), QStringLiteral("Все классы")));
        QTRY_COMPARE_WITH_TIMEOUT(students->model()->rowCount(), 18, 10000); // three classes of six
    }

    void aStudentLeavesByOrderAndStaysGreyed()
    {
        const qint64 student = m_school->students.value(m_school->class5).last();
        client::ListScreen *students = openOn5A("studentsAction", student);
        dialogs().expect(QStringLiteral("movementDialog"), [](QDialog *d) {
            child<client::DateEdit>(d, QStringLiteral("onDateEdit"))->setDate(QDate(2025, 10, 13));
            child<QLineEdit>(d, QStringLiteral("orderNumberEdit"))->setText(QStringLiteral("77-в"));
            clickOk(d);
        });
        test::ScreenDriver::trigger(students, "leaveAction");
        const QCborMap leaving = m_ui->list(MessageType::MovementsList, QCborMap{{QStringLiteral("classId"), m_school->class5}}, "movements")
                                     .last().toMap();
        QCOMPARE(leaving.value(QStringLiteral("kind")).toString(), QStringLiteral("leaving"));
        QCOMPARE(leaving.value(QStringLiteral("orderNumber")).toString(), QStringLiteral("77-в"));
        QCOMPARE(leaving.value(QStringLiteral("onDate")).toString(), QStringLiteral("2025-10-13"));
        // Off the list now; shown with the leavers, greyed.
        QTRY_VERIFY_WITH_TIMEOUT(students->model()->rowCount() == 5 && students->model()->rowOfId(student) < 0, 10000);
        child<QCheckBox>(students, QStringLiteral("showLeftCheck"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(students->model()->rowOfId(student) >= 0, 10000);
        const QModelIndex row = students->model()->index(students->model()->rowOfId(student), 0);
        QCOMPARE(row.data(Qt::ForegroundRole).value<QColor>(), client::colors::muted());
    }

    void anAccountIsLockedWithAReason()
    {
        const qint64 idle = m_school->users.value(QStringLiteral("idle"));
        auto *users = qobject_cast<client::ListScreen *>(m_ui->open("usersAction"));
        users->table()->selectId(idle);
        QCOMPARE(users->table()->currentId(), idle);
        dialogs().expect(QStringLiteral("lockReasonDialog"), [](QDialog *d) {
            static_cast<QInputDialog *>(d)->setTextValue(QStringLiteral("увольнение"));
            d->accept();
        });
        test::ScreenDriver::trigger(users, "lockAction");
        const QCborMap u = m_ui->list(MessageType::UsersList, QCborMap{{QStringLiteral("onlyLockedOut"), true}}, "users").first().toMap();
        QCOMPARE(u.value(QStringLiteral("id")).toInteger(), idle);
        QCOMPARE(u.value(QStringLiteral("lockedReason")).toString(), QStringLiteral("увольнение"));
    }

    void slipsForAllParentsOfAClass()
    {
        client::ListScreen *students = openOn5A("studentsAction");
        QStringList notes;
        dialogs().expect(QStringLiteral("confirmBox"), [](QDialog *d) { static_cast<QMessageBox *>(d)->button(QMessageBox::Yes)->click(); });
        dialogs().expect(QStringLiteral("activationCodesDialog"), [&notes](QDialog *d) {
            QAbstractItemModel *codes = d->findChild<client::RecordTable *>()->model();
            for (int row = 0; row < codes->rowCount(); ++row)
                notes.append(codes->index(row, 1).data().toString());
            d->accept();
        });
        test::ScreenDriver::trigger(students, "classParentsSlipsAction");
        QTRY_VERIFY_WITH_TIMEOUT(dialogs().allHandled(), 15000);
        QCOMPARE(notes.size(), 5); // a mother for each student on the list (one has left)
        QVERIFY2(notes.first().startsWith(QStringLiteral("родитель ученика ")), qPrintable(notes.first()));
        QVERIFY(notes.first().endsWith(QStringLiteral(", 5А")));
    }
};

QTEST_MAIN(TestClientChanges)
#include "tst_client_changes.moc"
