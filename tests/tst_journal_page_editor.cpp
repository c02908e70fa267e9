// The journal page editor against a scripted server: what is typed, pasted or filled becomes the
// right writes, shows as pending until answered, undo sends the inverse writes (a bulk fill or a
// paste is one step), locked cells go to a correction request, and refusals are rolled back.
#include <QCborArray>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include "JournalSample.h"
#include "ScriptedJournalServer.h"
#include "core/journal/JournalPageEditor.h"

using namespace cj;
using namespace cj::client;
using protocol::MessageType;

namespace {
using test::ScriptedJournalServer;
using Sent = ScriptedJournalServer::Sent;

QList<int> values(const QCborMap &args)
{
    QList<int> list;
    for (const QCborValue &m : args.value(QStringLiteral("marks")).toArray())
        list.append(int(m.toMap().value(QStringLiteral("value")).toInteger()));
    return list;
}
} // namespace

class TestJournalPageEditor : public QObject
{
    Q_OBJECT

    ScriptedJournalServer *m_server = nullptr;
    JournalPageEditor *m_editor = nullptr;
    int m_today = 10; // the column of today's lesson (28.11, oral: open)

    JournalPageModel *model() { return m_editor->model(); }
    QModelIndex at(int row, int column) { return model()->index(row, column); }
    QList<Sent> writesSince(qsizetype from)
    {
        return m_server->sent.mid(from);
    }
    void settle() { QTRY_COMPARE(m_editor->pendingCount(), 0); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    }

    void init()
    {
        m_server = new ScriptedJournalServer(test::journalSample({8, 16}));
        m_editor = new JournalPageEditor(m_server->caller());
        QSignalSpy opened(m_editor, &JournalPageEditor::opened);
        m_editor->open(test::kSampleAssignmentId);
        QVERIFY(opened.wait(2000));
        QCOMPARE(m_server->sent.first().type, MessageType::JournalOpen);
        QCOMPARE(model()->lessonAt(m_today)->date, model()->page().today);
    }

    void cleanup()
    {
        delete m_editor;
        delete m_server;
    }

    void typedMarkIsSentAndUndoSendsTheInverse()
    {
        const int row = 1;
        const JournalCell before = model()->cellAt(row, m_today);
        const qsizetype n = m_server->sent.size();
        QVERIFY(model()->setData(at(row, m_today), QStringLiteral("3/5")));
        QCOMPARE(at(row, m_today).data().toString().left(3), QStringLiteral("3/5"));
        QVERIFY(at(row, m_today).data(roleOf(JournalRole::Pending)).toBool()); // shown at once, as pending
        settle();
        QVERIFY(!at(row, m_today).data(roleOf(JournalRole::Pending)).toBool());
        QList<Sent> w = writesSince(n);
        QCOMPARE(w.size(), 1);
        QCOMPARE(w[0].type, MessageType::JournalSetMarks);
        QCOMPARE(w[0].args.value(QStringLiteral("lessonId")).toInteger(), model()->lessonAt(m_today)->id);
        QCOMPARE(w[0].args.value(QStringLiteral("studentId")).toInteger(), model()->studentAt(row)->id);
        QCOMPARE(values(w[0].args), (QList<int>{3, 5}));
        QCOMPARE(m_editor->undoStack()->count(), 1);

        m_editor->undoStack()->undo();
        settle();
        w = writesSince(n);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[1].type, MessageType::JournalSetMarks);
        QCOMPARE(w[1].args.value(QStringLiteral("marks")).toArray(), before.marksToWrite());
        QCOMPARE(model()->cellAt(row, m_today).marks.size(), before.marks.size());

        m_editor->undoStack()->redo();
        settle();
        w = writesSince(n);
        QCOMPARE(w.size(), 3);
        QCOMPARE(values(w[2].args), (QList<int>{3, 5}));
    }

    void attendanceAndItsUndo()
    {
        const int row = 2;
        QVERIFY(m_editor->setCell(row, m_today, JournalCell{}) || model()->cellAt(row, m_today).isEmpty());
        settle();
        const qsizetype n = m_server->sent.size();
        QVERIFY(m_editor->typeText(at(row, m_today), QStringLiteral("н")));
        settle();
        QCOMPARE(at(row, m_today).data().toString(), QStringLiteral("н"));
        m_editor->undoStack()->undo();
        settle();
        const QList<Sent> w = writesSince(n);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].type, MessageType::JournalSetAttendance);
        QCOMPARE(w[0].args.value(QStringLiteral("kind")).toString(), QStringLiteral("absent"));
        QCOMPARE(w[1].type, MessageType::JournalSetAttendance);
        QVERIFY(w[1].args.value(QStringLiteral("kind")).isNull());
        QCOMPARE(at(row, m_today).data().toString(), QString());
    }

    void everyonePresentIsOneStep()
    {
        for (int row : {0, 4, 5})
            m_editor->typeText(at(row, m_today), QStringLiteral("н"));
        settle();
        const int steps = m_editor->undoStack()->count();
        const qsizetype n = m_server->sent.size();
        QVERIFY(m_editor->markAllPresent(m_today));
        settle();
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        QList<Sent> w = writesSince(n);
        QVERIFY(w.size() >= 3);
        for (const Sent &s : w) {
            QCOMPARE(s.type, MessageType::JournalSetAttendance);
            QVERIFY(s.args.value(QStringLiteral("kind")).isNull());
        }
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->cellAt(row, m_today).attendance.kind != AttendanceKind::Absent);
        m_editor->undoStack()->undo();
        settle();
        const qsizetype cleared = w.size();
        w = writesSince(n + cleared);
        QCOMPARE(w.size(), cleared);
        for (int row : {0, 4, 5})
            QCOMPARE(model()->cellAt(row, m_today).attendance.kind, AttendanceKind::Absent);
    }

    void pasteOfAColumnIsOneStepAndCopiesBack()
    {
        const qsizetype n = m_server->sent.size();
        const int steps = m_editor->undoStack()->count();
        QVERIFY(m_editor->paste(at(0, m_today), QStringLiteral("5\r\n4/4\r\nн\r\n\r\n")));
        settle();
        QCOMPARE(m_editor->undoStack()->count(), steps + 1);
        QCOMPARE(at(0, m_today).data(roleOf(JournalRole::MarksText)).toString(), QStringLiteral("5"));
        QCOMPARE(at(1, m_today).data(roleOf(JournalRole::MarksText)).toString(), QStringLiteral("4/4"));
        QCOMPARE(at(2, m_today).data(roleOf(JournalRole::AttendanceText)).toString(), QStringLiteral("н"));
        QVERIFY(at(3, m_today).data().toString().isEmpty());
        const QString copied = m_editor->copyText({at(0, m_today), at(1, m_today), at(2, m_today)});
        QVERIFY2(copied.startsWith(QStringLiteral("5\n4/4\nн")), qPrintable(copied));
        const qsizetype written = m_server->sent.size() - n;
        QVERIFY(written >= 3);
        m_editor->undoStack()->undo();
        settle();
        QCOMPARE(m_server->sent.size() - n, 2 * written); // each write has its inverse
    }

    void lockedCellsGoToACorrectionRequest()
    {
        // Lesson 0 (05.11, oral) closed on its day; today is 28.11.
        QSignalSpy correction(m_editor, &JournalPageEditor::correctionNeeded);
        const qsizetype n = m_server->sent.size();
        QVERIFY(!m_editor->typeText(at(0, 0), QStringLiteral("5")));
        QCOMPARE(m_server->sent.size(), n); // nothing sent
        QCOMPARE(correction.count(), 1);
        const auto write = correction.first().at(0).value<JournalWrite>();
        QCOMPARE(write.type, MessageType::JournalSetMarks);
        QCOMPARE(values(write.args), QList<int>{5});
        QVERIFY(correction.first().at(1).toString().contains(QStringLiteral("05.11")));
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }

    void refusedWritesAreRolledBackAndLeaveNoUndoStep()
    {
        QSignalSpy refused(m_editor, &JournalPageEditor::writeRefused);
        m_server->refuseNext = protocol::Error{protocol::ErrorCode::RuleViolation, QStringLiteral("no"),
                                               QCborMap{{QStringLiteral("rule"), QStringLiteral("not_a_member")}}};
        const QString before = at(4, m_today).data().toString();
        QVERIFY(m_editor->typeText(at(4, m_today), QStringLiteral("2")));
        QCOMPARE(at(4, m_today).data(roleOf(JournalRole::MarksText)).toString(), QStringLiteral("2"));
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(at(4, m_today).data().toString(), before);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(m_editor->pendingCount(), 0);
    }

    void rulesAreCheckedBeforeSending()
    {
        QSignalSpy rejected(m_editor, &JournalPageEditor::inputRejected);
        const qsizetype n = m_server->sent.size();
        QVERIFY(!m_editor->typeText(at(0, m_today), QStringLiteral("1"))); // «1» not allowed here
        QVERIFY(!m_editor->typeText(at(0, m_today), QStringLiteral("7")));
        QVERIFY(!m_editor->typeText(at(0, m_today), QStringLiteral("зч"))); // not a pass/fail subject
        QCOMPARE(rejected.count(), 3);
        QCOMPARE(m_server->sent.size(), n);
    }

    void finalMarksAndTheirUndo()
    {
        const int column = model()->columnOf(JournalColumn::PeriodMark);
        const int row = 5;
        const qsizetype n = m_server->sent.size();
        QSignalSpy rejected(m_editor, &JournalPageEditor::inputRejected);
        QVERIFY(!m_editor->typeText(at(row, column), QStringLiteral("н/а")));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.first().first().toString().contains(QStringLiteral("000 §5.3")));
        QVERIFY(m_editor->typeText(at(row, column), QStringLiteral("4")));
        settle();
        QCOMPARE(at(row, column).data().toString(), QStringLiteral("4"));
        m_editor->undoStack()->undo();
        settle();
        const QList<Sent> w = writesSince(n);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].type, MessageType::JournalSetFinalMark);
        QCOMPARE(w[0].args.value(QStringLiteral("kind")).toString(), QStringLiteral("period"));
        QCOMPARE(w[0].args.value(QStringLiteral("periodId")).toInteger(), model()->page().period.id);
        QCOMPARE(w[0].args.value(QStringLiteral("value")).toInteger(), 4);
        QVERIFY(!w[1].args.contains(QStringLiteral("value"))); // clears
        QCOMPARE(at(row, column).data().toString(), QString());
    }

    void lessonTopicAndWorkKindForAColumn()
    {
        const qint64 lessonId = model()->lessonAt(m_today)->id;
        const QString oldTopic = model()->lessonAt(m_today)->topic;
        const qsizetype n = m_server->sent.size();
        LessonContent content = LessonContent::of(*model()->lessonAt(m_today));
        content.topic = QStringLiteral("Решение задач");
        QVERIFY(m_editor->setLessonContent(lessonId, content));
        settle();
        QCOMPARE(model()->lessonAt(m_today)->topic, QStringLiteral("Решение задач"));
        m_editor->undoStack()->undo();
        settle();
        QList<Sent> w = writesSince(n);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].args.value(QStringLiteral("topic")).toString(), QStringLiteral("Решение задач"));
        QCOMPARE(w[1].args.value(QStringLiteral("topic")).toString(), oldTopic);
        QVERIFY(!w[1].args.contains(QStringLiteral("homework"))); // only what changes

        m_editor->typeText(at(0, m_today), QStringLiteral("5"));
        m_editor->typeText(at(1, m_today), QStringLiteral("4"));
        settle();
        const qsizetype m = m_server->sent.size();
        QVERIFY(m_editor->setWorkKindForColumn(m_today, test::kSampleControlKindId));
        settle();
        w = writesSince(m);
        int marks = 0, lessons = 0;
        for (const Sent &s : w) {
            if (s.type == MessageType::JournalSetMarks) {
                ++marks;
                for (const QCborValue &v : s.args.value(QStringLiteral("marks")).toArray())
                    QCOMPARE(v.toMap().value(QStringLiteral("workKindId")).toInteger(), test::kSampleControlKindId);
            } else if (s.type == MessageType::JournalSetLesson) {
                ++lessons;
            }
        }
        QVERIFY(marks >= 2);
        QCOMPARE(lessons, 1);
        QCOMPARE(model()->lessonAt(m_today)->workKindId, test::kSampleControlKindId);
    }

    void changesFromOtherClientsArrive()
    {
        const qint64 l = model()->lessonAt(m_today)->id;
        const qint64 s = model()->studentAt(6)->id;
        protocol::Event e{MessageType::EventJournalChanged,
                          {{QStringLiteral("assignmentId"), test::kSampleAssignmentId},
                           {QStringLiteral("changes"),
                            QCborArray{QCborMap{{QStringLiteral("kind"), QStringLiteral("cell")},
                                                {QStringLiteral("cell"),
                                                 QCborMap{{QStringLiteral("lessonId"), l},
                                                          {QStringLiteral("studentId"), s},
                                                          {QStringLiteral("marks"), QCborArray{QCborMap{{QStringLiteral("position"), 1},
                                                                                                        {QStringLiteral("value"), 5}}}},
                                                          {QStringLiteral("attendance"), QCborValue(nullptr)}}}}}}}, {}};
        m_editor->handleEvent(e);
        QCOMPARE(at(6, m_today).data().toString(), QStringLiteral("5"));
        e.data.insert(QStringLiteral("assignmentId"), 999); // another page: ignored
        m_editor->handleEvent(e);
        QCOMPARE(at(6, m_today).data().toString(), QStringLiteral("5"));
    }
};

QTEST_MAIN(TestJournalPageEditor)
#include "tst_journal_page_editor.moc"
