// The journal screen offscreen, keyboard first, against a scripted server: marks typed into the
// grid become writes, Enter goes down, Delete clears, Ctrl+Z sends the inverse, a column copied and
// pasted, a locked cell offers a correction request. CJ_SCREENSHOT_DIR=dir saves pictures of it.
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

#include "JournalSample.h"
#include "ScriptedJournalServer.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/journal/JournalPageEditor.h"
#include "ui/ClientApp.h"
#include "ui/journal/JournalScreen.h"
#include "ui/journal/JournalView.h"

using namespace cj;
using namespace cj::client;
using protocol::MessageType;

class TestJournalView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<test::ScriptedJournalServer> m_server;
    std::unique_ptr<JournalScreen> m_screen;
    int m_today = 10;

    JournalView *view() { return m_screen->view(); }
    JournalPageModel *model() { return m_screen->editor()->model(); }

    void open(const test::JournalSampleOptions &options)
    {
        m_server = std::make_unique<test::ScriptedJournalServer>(test::journalSample(options));
        auto *editor = new JournalPageEditor(m_server->caller());
        m_screen = std::make_unique<JournalScreen>(m_session.get(), editor);
        m_screen->resize(1280, 760);
        m_screen->show();
        QApplication::setActiveWindow(m_screen.get());
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
        QSignalSpy opened(editor, &JournalPageEditor::opened);
        editor->open(test::kSampleAssignmentId);
        QVERIFY(opened.wait(2000));
    }

    // Types like a person: each key to whatever has the focus (the grid, then its cell editor).
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *w = QApplication::focusWidget();
            if (c.unicode() < 128) {
                QTest::keyClicks(w, QString(c));
            } else { // QTest knows no key codes for Cyrillic letters: send the text as a layout would
                QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), k, modifiers);
    }
    void settle() { QTRY_COMPARE(m_screen->editor()->pendingCount(), 0); }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CJ_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_screen->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        installTranslations();
        m_connection = std::make_unique<ServerConnection>();
        m_session = std::make_unique<Session>(m_connection.get());
    }

    void cleanup()
    {
        m_screen.reset();
        m_server.reset();
    }

    void typesMarksDownAColumn()
    {
        open({12, 16});
        view()->setCurrentIndex(model()->index(0, m_today));
        view()->setFocus();
        type(QStringLiteral("5"));
        key(Qt::Key_Return);
        type(QStringLiteral("3/5"));
        key(Qt::Key_Return);
        type(QStringLiteral("н"));
        key(Qt::Key_Return);
        // Row 3 left the class on 19.11: typing there is explained, not searched or saved.
        type(QStringLiteral("4"));
        QTRY_VERIFY(m_screen->findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
        QCOMPARE(view()->currentIndex(), model()->index(3, m_today));
        key(Qt::Key_Down);
        type(QStringLiteral("4"));
        key(Qt::Key_Down); // arrows save too
        settle();
        QCOMPARE(view()->currentIndex(), model()->index(5, m_today));
        const auto writes = m_server->writes();
        QCOMPARE(writes.size(), 4);
        QCOMPARE(writes[0].type, MessageType::JournalSetMarks);
        QCOMPARE(writes[0].args.value(QStringLiteral("studentId")).toInteger(), model()->studentAt(0)->id);
        QCOMPARE(writes[0].args.value(QStringLiteral("marks")).toArray().size(), 1);
        QCOMPARE(writes[1].args.value(QStringLiteral("marks")).toArray().size(), 2);
        QCOMPARE(writes[2].type, MessageType::JournalSetAttendance);
        QCOMPARE(writes[2].args.value(QStringLiteral("kind")).toString(), QStringLiteral("absent"));
        QCOMPARE(model()->index(1, m_today).data().toString(), QStringLiteral("3/5"));
        QCOMPARE(m_screen->findChild<QLabel *>(QStringLiteral("saveStateLabel"))->text(), QStringLiteral("✓ Все изменения сохранены"));

        // Delete clears, Ctrl+Z puts it back.
        view()->setCurrentIndex(model()->index(1, m_today));
        key(Qt::Key_Delete);
        settle();
        QCOMPARE(model()->index(1, m_today).data().toString(), QString());
        key(Qt::Key_Z, Qt::ControlModifier);
        settle();
        QCOMPARE(model()->index(1, m_today).data().toString(), QStringLiteral("3/5"));
        const auto last = m_server->writes().last();
        QCOMPARE(last.args.value(QStringLiteral("marks")).toArray().size(), 2);
        screenshot(QStringLiteral("journal-typed"));
    }

    void copiesAndPastesAColumn()
    {
        open({12, 16});
        const int from = 9; // 26.11, written work: still open
        view()->setCurrentIndex(model()->index(0, from));
        view()->selectionModel()->select(QItemSelection(model()->index(0, from), model()->index(2, from)),
                                         QItemSelectionModel::ClearAndSelect);
        key(Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied.count(QLatin1Char('\n')), 3);
        view()->selectionModel()->setCurrentIndex(model()->index(0, m_today), QItemSelectionModel::ClearAndSelect);
        key(Qt::Key_V, Qt::ControlModifier);
        settle();
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model()->index(r, m_today).data().toString(), model()->index(r, from).data().toString());
        QCOMPARE(m_screen->editor()->undoStack()->count(), 1);
    }

    void lockedCellOffersACorrectionRequest()
    {
        open({12, 16});
        QString question;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                box->button(QMessageBox::Cancel) ? box->button(QMessageBox::Cancel)->click() : box->reject();
            }
        });
        poll.start(20);
        view()->setCurrentIndex(model()->index(0, 0)); // 05.11: closed that day
        view()->setFocus();
        type(QStringLiteral("4"));
        key(Qt::Key_Return);
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(QStringLiteral("05.11.2025")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("заявку")));
        QVERIFY(m_server->writes().isEmpty());
    }

    void classTeacherTypesReasonsOnly()
    {
        test::JournalSampleOptions o{12, 16};
        o.classTeacher = true;
        open(o);
        int row = -1, column = -1;
        for (int c = 0; c < 10 && row < 0; ++c) {
            for (int r = 0; r < model()->rowCount(); ++r) {
                const JournalCell cell = model()->cellAt(r, c);
                if (cell.attendance.kind == AttendanceKind::Absent && cell.attendance.reason == AbsenceReason::None) {
                    row = r;
                    column = c;
                    break;
                }
            }
        }
        QVERIFY(row >= 0);
        view()->setCurrentIndex(model()->index(row, column));
        view()->setFocus();
        type(QStringLiteral("5")); // marks are not the class teacher's to type here
        QVERIFY(m_server->writes().isEmpty());
        type(QStringLiteral("б"));
        settle();
        const auto writes = m_server->writes();
        QCOMPARE(writes.size(), 1);
        QCOMPARE(writes[0].type, MessageType::JournalSetAbsenceReason);
        QCOMPARE(writes[0].args.value(QStringLiteral("reason")).toString(), QStringLiteral("ill"));
        QCOMPARE(writes[0].args.value(QStringLiteral("lessonId")).toInteger(), model()->lessonAt(column)->id);
        QCOMPARE(model()->index(row, column).data().toString(), QStringLiteral("б"));
    }

    void staysQuickWithAFullClass()
    {
        open({35, 60});
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 5; ++i)
            m_screen->grab();
        const qint64 ms = t.elapsed() / 5;
        qInfo() << "one full repaint of 35 x 60:" << ms << "ms";
        QVERIFY2(ms < 400, qPrintable(QString::number(ms)));
        screenshot(QStringLiteral("journal-35x60"));
    }
};

QTEST_MAIN(TestJournalView)
#include "tst_journal_view.moc"
