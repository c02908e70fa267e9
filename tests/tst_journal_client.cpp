// The journal screen against the real server and PostgreSQL, offscreen: marks typed into the grid
// reach the database, undo takes them back out, a change in one client's page appears in another's
// open page within a second, and a locked cell's change goes in as a correction request.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QCborArray>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

#include "TestClient.h"
#include "TestServer.h"
#include "core/journal/JournalPageEditor.h"
#include "db/Db.h"
#include "ui/ClientApp.h"
#include "core/models/CorrectionListModel.h"
#include "core/models/DiaryModel.h"
#include "core/models/PlanItemsModel.h"
#include "core/models/WorkKindListModel.h"
#include "core/models/AbsenceListModel.h"
#include "core/models/CellHistoryModel.h"
#include "ui/journal/CellHistoryDialog.h"
#include "core/models/JournalPagesModel.h"
#include "core/models/LessonsModel.h"
#include "ui/MainWindow.h"
#include "ui/journal/AbsencesScreen.h"
#include "ui/journal/CorrectionRequestDialog.h"
#include "ui/journal/JournalPagesScreen.h"
#include "ui/journal/MedicalCertificateDialog.h"
#include "ui/journal/CorrectionsScreen.h"
#include "ui/journal/DiaryScreen.h"
#include "ui/journal/JournalSettingsScreen.h"
#include "ui/journal/PlanScreen.h"
#include "ui/journal/JournalScreen.h"
#include "ui/journal/JournalView.h"

using namespace cj;
using namespace cj::client;
using protocol::MessageType;

namespace {
const QString kPass = QStringLiteral("Pass-word-1");
}

class TestJournalClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    qint64 m_assignment = 0;
    QList<qint64> m_students; // alphabetical
    QHash<QString, qint64> m_lessons;

    qint64 exec(const QString &sql, const QVariantList &params = {})
    {
        const auto v = m_server->fixture().db().scalar(sql, params);
        return v ? v->toLongLong() : 0;
    }

    std::unique_ptr<test::TestClient> signIn(const QString &login)
    {
        auto c = std::make_unique<test::TestClient>(m_server->port());
        if (!c->open() || !c->login(login, login == QLatin1String("admin") ? test::TestServer::kAdminPassword : kPass))
            qFatal("%s cannot sign in", qPrintable(login));
        return c;
    }

    std::unique_ptr<JournalScreen> openPage(test::TestClient &client)
    {
        auto screen = std::make_unique<JournalScreen>(&client.session(), m_assignment);
        screen->resize(1200, 700);
        screen->show();
        QSignalSpy opened(screen->editor(), &JournalPageEditor::opened);
        if (!opened.wait(10000))
            qFatal("the page did not open");
        return screen;
    }

    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *w = QApplication::focusWidget();
            if (c.unicode() < 128) {
                QTest::keyClicks(w, QString(c));
            } else {
                QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }

    // CJ_SCREENSHOT_DIR=dir keeps pictures of the screens for people to look at.
    static void shot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("CJ_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w->resize(1100, 650);
        w->show();
        QTest::qWait(50);
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    QString marksInDb(qint64 lesson, qint64 student)
    {
        QStringList values;
        for (int position = 1; position <= 4; ++position) {
            const qint64 v = exec(QStringLiteral("SELECT value FROM marks WHERE lesson_id = ? AND student_id = ? AND position = ?"),
                                  {lesson, student, position});
            if (v)
                values.append(QString::number(v));
        }
        return values.join(QLatin1Char('/'));
    }

    QString attendanceInDb(qint64 lesson, qint64 student)
    {
        const auto v = m_server->fixture().db().scalar(QStringLiteral("SELECT kind FROM attendance WHERE lesson_id = ? AND student_id = ?"),
                                                       {lesson, student});
        return v ? v->toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        installTranslations();
        QVERIFY2(test::TestCluster::instance().isUp(), qPrintable(test::TestCluster::instance().error()));
        m_server = std::make_unique<test::TestServer>(QStringLiteral("journalclient"));
        const qint64 s = m_server->schoolId();
        test::Fixture &f = m_server->fixture();
        const qint64 teacher = f.user(s, QStringLiteral("math"), kPass, Role::Teacher, QStringLiteral("Фролова"), QStringLiteral("Анна"));
        const qint64 classTeacher = f.user(s, QStringLiteral("ct"), kPass, Role::Teacher, QStringLiteral("Орлова"), QStringLiteral("Нина"));
        f.user(s, QStringLiteral("director"), kPass, Role::Director, QStringLiteral("Носова"), QStringLiteral("Ирина"));
        const qint64 year = exec(QStringLiteral("INSERT INTO academic_years(school_id, name, starts_on, ends_on) "
                                                "VALUES (?, '2025/2026', '2025-09-01', '2026-05-31') RETURNING id"), {s});
        exec(QStringLiteral("INSERT INTO periods(school_id, year_id, scheme, number, name, starts_on, ends_on) "
                            "VALUES (?, ?, 'quarters', 1, '1 четверть', '2025-09-01', '2025-10-26') RETURNING id"), {s, year});
        exec(QStringLiteral("INSERT INTO periods(school_id, year_id, scheme, number, name, starts_on, ends_on) "
                            "VALUES (?, ?, 'quarters', 2, '2 четверть', '2025-11-05', '2025-12-28') RETURNING id"), {s, year});
        const qint64 cls = exec(QStringLiteral("INSERT INTO classes(school_id, year_id, grade, letter, class_teacher_id, period_scheme) "
                                               "VALUES (?, ?, 5, 'А', ?, 'quarters') RETURNING id"), {s, year, classTeacher});
        const qint64 math = exec(QStringLiteral("INSERT INTO subjects(school_id, name) VALUES (?, 'Математика') RETURNING id"), {s});
        m_assignment = exec(QStringLiteral("INSERT INTO assignments(school_id, class_id, subject_id, teacher_id, hours_per_week) "
                                           "VALUES (?, ?, ?, ?, 5) RETURNING id"), {s, cls, math, teacher});
        for (const char *name : {"Абрамова Анна", "Белов Кирилл", "Васильева Дарья", "Гришин Максим"}) {
            const QStringList parts = QString::fromUtf8(name).split(QLatin1Char(' '));
            const qint64 id = exec(QStringLiteral("INSERT INTO students(school_id, surname, first_name, patronymic) "
                                                  "VALUES (?, ?, ?, '') RETURNING id"), {s, parts[0], parts[1]});
            exec(QStringLiteral("INSERT INTO class_memberships(school_id, student_id, class_id, starts_on) "
                                "VALUES (?, ?, ?, '2025-09-01') RETURNING id"), {s, id, cls});
            m_students.append(id);
        }
        for (const char *d : {"2025-11-05", "2025-11-07", "2025-11-10", "2025-11-12", "2025-11-14"}) {
            m_lessons.insert(QString::fromLatin1(d),
                             exec(QStringLiteral("INSERT INTO lessons(school_id, assignment_id, on_date, lesson_number) "
                                                 "VALUES (?, ?, ?, 2) RETURNING id"),
                                  {s, m_assignment, QDate::fromString(QString::fromLatin1(d), Qt::ISODate)}));
        }
        QVERIFY2(m_server->start({QStringLiteral("--test-clock")}), qPrintable(m_server->process().log()));
        auto admin = signIn(QStringLiteral("admin"));
        QVERIFY(admin->call(MessageType::TestSetClock, QCborMap{{QStringLiteral("date"), QStringLiteral("2025-11-12")},
                                                                 {QStringLiteral("time"), QStringLiteral("12:00")}}).ok);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server->stop(), 0);
    }

    void typedMarksReachTheDatabase()
    {
        auto teacher = signIn(QStringLiteral("math"));
        auto screen = openPage(*teacher);
        JournalPageModel *model = screen->editor()->model();
        QCOMPARE(model->rowCount(), 4);
        const qint64 today = m_lessons.value(QStringLiteral("2025-11-12"));
        const int column = model->columnOfLesson(today);
        QVERIFY(column >= 0);
        QCOMPARE(screen->view()->currentIndex().column(), column); // the page opens at today's lesson

        screen->view()->setCurrentIndex(model->index(0, column));
        screen->view()->setFocus();
        type(QStringLiteral("5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        type(QStringLiteral("3/5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        type(QStringLiteral("н"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(screen->editor()->pendingCount(), 0, 10000);
        QCOMPARE(marksInDb(today, m_students[0]), QStringLiteral("5"));
        QCOMPARE(marksInDb(today, m_students[1]), QStringLiteral("3/5"));
        QCOMPARE(attendanceInDb(today, m_students[2]), QStringLiteral("absent"));
        // The figures follow, computed with the same Grading as the server's: compare with a fresh page.
        QCOMPARE(model->statsFor(m_students[1]).count, 2);
        const QCborMap fresh = teacher->call(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), m_assignment}}).result;
        const QCborArray serverStats = fresh.value(QStringLiteral("stats")).toArray();
        QCOMPARE(serverStats.size(), m_students.size());
        for (const QCborValue &v : serverStats) {
            const QCborMap st = v.toMap();
            const MarkStats mine = model->statsFor(st.value(QStringLiteral("studentId")).toInteger());
            QCOMPARE(mine.count, int(st.value(QStringLiteral("count")).toInteger()));
            QCOMPARE(mine.average.has_value(), !st.value(QStringLiteral("average")).isNull());
            if (mine.average)
                QCOMPARE(*mine.average, st.value(QStringLiteral("average")).toDouble());
            QCOMPARE(mine.forecast.has_value(), st.value(QStringLiteral("forecast")).isInteger());
            if (mine.forecast)
                QCOMPARE(*mine.forecast, int(st.value(QStringLiteral("forecast")).toInteger()));
        }
        QCOMPARE(screen->findChild<QLabel *>(QStringLiteral("saveStateLabel"))->text(), QStringLiteral("✓ Все изменения сохранены"));

        // Ctrl+Z: the inverse write takes the double mark out of the database.
        screen->view()->setCurrentIndex(model->index(3, column));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(screen->editor()->pendingCount(), 0, 10000);
        QCOMPARE(attendanceInDb(today, m_students[2]), QString());
        QCOMPARE(marksInDb(today, m_students[1]), QString());
        QCOMPARE(marksInDb(today, m_students[0]), QStringLiteral("5"));

        // Both changes of that cell are in its history, with who made them.
        CellHistoryDialog history(&teacher->connection(), today, m_students[1], QStringLiteral("Белов"));
        QTRY_COMPARE_WITH_TIMEOUT(history.model()->rowCount(), 2, 10000);
        QCOMPARE(history.model()->index(0, int(CellHistoryModel::Column::Became)).data().toString(), QStringLiteral("3/5"));
        QCOMPARE(history.model()->index(1, int(CellHistoryModel::Column::Became)).data().toString(), QStringLiteral("—"));
        QVERIFY(history.model()->index(0, int(CellHistoryModel::Column::Who)).data().toString().contains(QStringLiteral("Фролова")));
    }

    void aChangeInOneClientAppearsInAnotherWithinASecond()
    {
        auto teacher = signIn(QStringLiteral("math"));
        auto director = signIn(QStringLiteral("director"));
        auto mine = openPage(*teacher);
        auto theirs = openPage(*director);
        const qint64 today = m_lessons.value(QStringLiteral("2025-11-12"));
        JournalPageModel *a = mine->editor()->model();
        JournalPageModel *b = theirs->editor()->model();
        const int column = a->columnOfLesson(today);
        QVERIFY(a->setData(a->index(3, column), QStringLiteral("4")));
        QTRY_COMPARE_WITH_TIMEOUT(mine->editor()->pendingCount(), 0, 10000);
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(b->index(3, column).data().toString(), QStringLiteral("4"), 1000);
        qInfo() << "seen by the other client after" << t.elapsed() << "ms";
        QCOMPARE(b->statsFor(m_students[3]).count, a->statsFor(m_students[3]).count);

        // The topic typed by the director shows in the teacher's lesson panel data.
        LessonContent content = LessonContent::of(*b->lessonAt(column));
        content.topic = QStringLiteral("Деление с остатком");
        QVERIFY(theirs->editor()->setLessonContent(today, content));
        QTRY_COMPARE_WITH_TIMEOUT(a->lessonAt(column)->topic, QStringLiteral("Деление с остатком"), 1000);
        QVERIFY(a->lessonAt(column)->canEdit); // the teacher's own right, not the writer's
    }

    void aLockedCellGoesInAsACorrectionRequest()
    {
        auto teacher = signIn(QStringLiteral("math"));
        auto screen = openPage(*teacher);
        JournalPageModel *model = screen->editor()->model();
        const qint64 past = m_lessons.value(QStringLiteral("2025-11-07"));
        const int column = model->columnOfLesson(past);
        QVERIFY(model->index(0, column).data(roleOf(JournalRole::Locked)).toBool());

        // Answer the question «file a request?» yes, then fill the request form.
        bool filed = false;
        QString change;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
                }
            } else if (auto *dialog = qobject_cast<CorrectionRequestDialog *>(modal)) {
                if (filed)
                    return;
                filed = true;
                change = dialog->findChild<QLabel *>(QStringLiteral("changeLabel"))->text();
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Отметка выставлена не тому ученику"));
                dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
            }
        });
        poll.start(20);
        screen->view()->setCurrentIndex(model->index(0, column));
        screen->view()->setFocus();
        type(QStringLiteral("4"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(filed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == nullptr, 10000);
        QVERIFY2(change.contains(QStringLiteral("→ 4")), qPrintable(change));
        QCOMPARE(exec(QStringLiteral("SELECT count(*) FROM correction_requests WHERE lesson_id = ? AND student_id = ? AND status = 'pending'"),
                      {past, m_students[0]}),
                 1);
        QCOMPARE(marksInDb(past, m_students[0]), QString()); // nothing changed until approved

        // The director approves it in the register; the change is made.
        auto director = signIn(QStringLiteral("director"));
        CorrectionsScreen corrections(&director->session());
        QTRY_COMPARE_WITH_TIMEOUT(corrections.model()->rowCount(), 1, 10000);
        QVERIFY(corrections.model()->requestAt(0).isPending());
        corrections.decide(0, false, QString()); // a rejection without a comment is not sent
        QVERIFY(corrections.model()->requestAt(0).isPending());
        corrections.decide(0, true, QString());
        QTRY_COMPARE_WITH_TIMEOUT(corrections.model()->requestAt(0).status, QStringLiteral("approved"), 10000);
        QCOMPARE(marksInDb(past, m_students[0]), QStringLiteral("4"));
        shot(&corrections, "corrections");
    }

    void pagesOpenFromTheJournalMenu()
    {
        auto teacher = signIn(QStringLiteral("math"));
        MainWindow window(&teacher->session());
        window.show();
        QAction *myClasses = window.findChild<QAction *>(QStringLiteral("myClassesAction"));
        QVERIFY(myClasses);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("myClassAction"))); // not a class teacher
        myClasses->trigger();
        auto *pages = window.findChild<JournalPagesScreen *>();
        QVERIFY(pages);
        QTRY_COMPARE_WITH_TIMEOUT(pages->model()->rowCount(), 1, 10000);
        QCOMPARE(pages->model()->index(0, 0).data().toString(), QStringLiteral("5А — Математика"));
        auto *list = pages->findChild<QListView *>(QStringLiteral("pagesList"));
        QTRY_VERIFY_WITH_TIMEOUT(list->currentIndex().isValid(), 10000);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<JournalScreen *>() != nullptr, 10000);
        JournalScreen *page = window.findChild<JournalScreen *>();
        QTRY_COMPARE_WITH_TIMEOUT(page->editor()->model()->rowCount(), 4, 10000);
    }

    void todaysLessonsOpenFromTheHomePage()
    {
        auto teacher = signIn(QStringLiteral("math"));
        MainWindow window(&teacher->session());
        window.show();
        auto *lessons = window.findChild<QTableView *>(QStringLiteral("todayLessonsView"));
        QVERIFY(lessons);
        QVERIFY(lessons->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(lessons->model()->rowCount(), 1, 10000); // 12.11, lesson 2
        QCOMPARE(lessons->model()->index(0, int(LessonsModel::Column::Number)).data().toInt(), 2);
        QCOMPARE(lessons->model()->index(0, int(LessonsModel::Column::Class)).data().toString(), QStringLiteral("5А"));
        lessons->setCurrentIndex(lessons->model()->index(0, int(LessonsModel::Column::Subject)));
        QTest::keyClick(lessons, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<JournalScreen *>() != nullptr, 10000);
        JournalScreen *page = window.findChild<JournalScreen *>();
        QTRY_COMPARE_WITH_TIMEOUT(page->editor()->model()->rowCount(), 4, 10000);
        QCOMPARE(page->editor()->model()->columnOfLesson(m_lessons.value(QStringLiteral("2025-11-12"))),
                 page->view()->currentIndex().column()); // at today's lesson

        auto director = signIn(QStringLiteral("director"));
        MainWindow theirs(&director->session());
        theirs.show();
        QVERIFY(!theirs.findChild<QTableView *>(QStringLiteral("todayLessonsView"))->isVisible()); // teaches nothing
    }

    void theClassTeacherGivesAbsenceReasons()
    {
        auto teacher = signIn(QStringLiteral("math"));
        const qint64 today = m_lessons.value(QStringLiteral("2025-11-12"));
        const qint64 friday = m_lessons.value(QStringLiteral("2025-11-10"));
        QVERIFY(teacher->call(MessageType::JournalSetAttendance,
                              QCborMap{{QStringLiteral("lessonId"), today}, {QStringLiteral("studentId"), m_students[3]},
                                       {QStringLiteral("kind"), QStringLiteral("absent")}}, 30000, QUuid::createUuid()).ok);
        exec(QStringLiteral("INSERT INTO attendance(lesson_id, student_id, school_id, kind, set_by, set_at) "
                            "VALUES (?, ?, ?, 'absent', ?, now()) RETURNING lesson_id"),
             {friday, m_students[3], m_server->schoolId(), exec(QStringLiteral("SELECT id FROM users WHERE login = 'math'"))});

        auto ct = signIn(QStringLiteral("ct"));
        AbsencesScreen screen(&ct->session());
        screen.show();
        QTRY_COMPARE_WITH_TIMEOUT(screen.model()->rowCount(), 2, 10000);
        QCOMPARE(screen.model()->absenceAt(0).date, QDate(2025, 11, 10));
        auto *view = screen.findChild<QTableView *>(QStringLiteral("absencesView"));
        view->selectRow(1);
        QTest::sendKeyEvent(QTest::Click, view, Qt::Key_unknown, QStringLiteral("у"), Qt::NoModifier);
        auto reason = [&](qint64 lesson) {
            const auto v = m_server->fixture().db().scalar(QStringLiteral("SELECT reason FROM attendance WHERE lesson_id = ? AND student_id = ?"),
                                                           {lesson, m_students[3]});
            return v ? v->toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(reason(today), QStringLiteral("excused"), 10000);
        shot(&screen, "absences");

        // «Справка» for 10–12 November: both absences become «по болезни».
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<MedicalCertificateDialog *>(QApplication::activeModalWidget())) {
                auto *student = dialog->findChild<QComboBox *>(QStringLiteral("studentCombo"));
                student->setCurrentIndex(student->findData(m_students[3]));
                dialog->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(QDate(2025, 11, 10));
                dialog->findChild<QDateEdit *>(QStringLiteral("toEdit"))->setDate(QDate(2025, 11, 12));
                dialog->accept();
            }
        });
        poll.start(20);
        screen.findChild<QPushButton *>(QStringLiteral("certificateButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(reason(friday), QStringLiteral("ill"), 10000);
        QCOMPARE(reason(today), QStringLiteral("ill"));
        QTRY_COMPARE_WITH_TIMEOUT(screen.model()->rowCount(), 2, 10000);
    }

    void theDiaryShowsTheWeek()
    {
        auto director = signIn(QStringLiteral("director"));
        DiaryScreen diary(&director->session(), m_students[0]);
        diary.showWeek(QDate(2025, 11, 12));
        QTRY_VERIFY_WITH_TIMEOUT(diary.model()->rowCount() >= 3, 10000); // 10, 12, 14 November
        QVERIFY(diary.model()->studentTitle().startsWith(QStringLiteral("Абрамова")));
        bool five = false;
        for (int r = 0; r < diary.model()->rowCount(); ++r)
            five |= diary.model()->index(r, int(DiaryModel::Column::Marks)).data().toString() == QStringLiteral("5");
        QVERIFY(five); // typed in the first test
        shot(&diary, "diary");
    }

    void thePlanIsSavedAndSpreadOverLessons()
    {
        auto teacher = signIn(QStringLiteral("math"));
        PlanScreen plan(&teacher->session(), m_assignment);
        QTest::qWait(300);
        plan.model()->insertItem(0, {0, QStringLiteral("Натуральные числа"), 2, QStringLiteral("§ 1"), 0});
        plan.model()->insertItem(1, {0, QStringLiteral("Сложение и вычитание"), 3, QString(), 0});
        plan.findChild<QPushButton *>(QStringLiteral("savePlanButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(exec(QStringLiteral("SELECT count(*) FROM plan_items WHERE assignment_id = ?"), {m_assignment}), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!plan.model()->isModified(), 10000);
        QCOMPARE(plan.model()->plannedHours(), 5.0);
        // «Распределить темы по урокам» from today: the lesson of 14.11 has no topic yet.
        plan.findChild<QPushButton *>(QStringLiteral("applyPlanButton"))->click();
        const qint64 lesson = m_lessons.value(QStringLiteral("2025-11-14"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->fixture().db().scalar(QStringLiteral("SELECT topic FROM lessons WHERE id = ?"), {lesson})->toString(),
                                  QStringLiteral("Натуральные числа"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(plan.model()->items().first().lessonCount, 1, 10000);
        shot(&plan, "plan");
    }

    void theAdministratorChangesTheSettings()
    {
        auto admin = signIn(QStringLiteral("admin"));
        JournalSettingsScreen settings(&admin->session());
        QTRY_VERIFY_WITH_TIMEOUT(settings.workKinds()->rowCount() > 0, 10000);
        auto *allowOne = settings.findChild<QCheckBox *>(QStringLiteral("allowOneCheck"));
        QVERIFY(!allowOne->isChecked());
        allowOne->setChecked(true);
        settings.findChild<QPushButton *>(QStringLiteral("saveSettingsButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(admin->call(MessageType::SettingsGet).result.value(QStringLiteral("allowOne")).toBool(), 10000);
        // A weight edited in the catalogue is saved at once.
        QVERIFY(settings.workKinds()->setData(settings.workKinds()->index(0, int(WorkKindListModel::Column::Weight)), 1.5));
        const qint64 id = settings.workKinds()->kindAt(0).id;
        QTRY_COMPARE_WITH_TIMEOUT(m_server->fixture().db().scalar(QStringLiteral("SELECT weight FROM work_kinds WHERE id = ?"), {id})->toDouble(),
                                  1.5, 10000);
        shot(&settings, "settings");
        allowOne->setChecked(false);
        settings.findChild<QPushButton *>(QStringLiteral("saveSettingsButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!admin->call(MessageType::SettingsGet).result.value(QStringLiteral("allowOne")).toBool(), 10000);
    }
};

QTEST_MAIN(TestJournalClient)
#include "tst_journal_client.moc"
