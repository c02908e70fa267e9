#include "core/journal/JournalPageEditor.h"

#include <QCborArray>
#include <QLocale>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/journal/JournalChangeCommand.h"
#include "protocol/ArgReader.h"

namespace cj::client {

using protocol::MessageType;

namespace {
QString lessonDate(const JournalLesson &lesson)
{
    return lesson.date.toString(QStringLiteral("dd.MM"));
}
} // namespace

JournalPageEditor::JournalPageEditor(ServerConnection *connection, QObject *parent)
    : JournalPageEditor(
          [connection](MessageType type, const QCborMap &args, QObject *context, ResponseHandler handler) {
              connection->call(type, args, context, std::move(handler));
          },
          parent)
{
    m_connection = connection;
    connect(connection, &ServerConnection::eventReceived, this, &JournalPageEditor::handleEvent);
    // The server forgets a connection's open pages when the line drops: open it again (after the
    // queued writes, which go first, so the reloaded page already has them).
    connect(connection, &ServerConnection::handshakeCompleted, this, [this] {
        if (m_assignmentId > 0)
            reload();
    });
}

JournalPageEditor::JournalPageEditor(Caller caller, QObject *parent)
    : QObject(parent)
    , m_caller(std::move(caller))
    , m_model(new JournalPageModel(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_model, &JournalPageModel::editRequested, this,
            [this](const QModelIndex &index, const QString &text) { typeText(index, text); });
}

JournalPageEditor::~JournalPageEditor()
{
    if (m_assignmentId > 0 && m_connection)
        m_connection->call(MessageType::JournalClose, QCborMap{{QStringLiteral("assignmentId"), m_assignmentId}},
                           nullptr, [](const protocol::Response &) {});
}

void JournalPageEditor::call(MessageType type, const QCborMap &args, ResponseHandler handler)
{
    m_caller(type, args, this, std::move(handler));
}

void JournalPageEditor::open(qint64 assignmentId, qint64 periodId)
{
    if (assignmentId != m_assignmentId || periodId != m_periodId)
        m_undo->clear();
    m_assignmentId = assignmentId;
    m_periodId = periodId;
    reload();
}

void JournalPageEditor::reload()
{
    QCborMap args{{QStringLiteral("assignmentId"), m_assignmentId}};
    if (m_periodId > 0)
        args.insert(QStringLiteral("periodId"), m_periodId);
    m_loading = true;
    const qint64 requested = m_assignmentId;
    call(MessageType::JournalOpen, args, [this, requested](const protocol::Response &r) { onOpened(r, requested); });
}

void JournalPageEditor::onOpened(const protocol::Response &response, qint64 requestedAssignment)
{
    if (requestedAssignment != m_assignmentId)
        return; // another page was asked for since
    m_loading = false;
    if (!response.ok) {
        Q_EMIT loadFailed(response.error);
        return;
    }
    JournalPage page = JournalPage::fromCbor(response.result);
    m_periodId = page.period.id;
    m_model->setPage(std::move(page));
    Q_EMIT opened();
}

void JournalPageEditor::handleEvent(const protocol::Event &event)
{
    if (event.type != MessageType::EventJournalChanged)
        return;
    if (protocol::intOr(event.data.value(QStringLiteral("assignmentId"))) != m_assignmentId || m_assignmentId == 0)
        return;
    m_model->applyChanges(event.data.value(QStringLiteral("changes")).toArray());
}

// ---- edits ----------------------------------------------------------------------------------

std::optional<JournalCell> JournalPageEditor::cellAfterTyping(const JournalCell &before, const TypedCell &typed,
                                                              const JournalLesson &lesson, QString *error) const
{
    const JournalPage &page = m_model->page();
    JournalCell after = before;
    if (typed.clear) {
        after.marks.clear();
        after.attendance = {};
        return after;
    }
    if (typed.marks) {
        if (page.assignment.noMarks) {
            *error = ErrorText::forRule(QStringLiteral("grade_1_no_marks"));
            return std::nullopt;
        }
        QList<Mark> marks;
        for (qsizetype i = 0; i < typed.marks->size(); ++i) {
            Mark m = typed.marks->at(i);
            if (m.isPassFail() != page.assignment.passFail) {
                *error = ErrorText::forRule(QStringLiteral("pass_fail_subject"));
                return std::nullopt;
            }
            if (m.value == 1 && !page.allowOne) {
                *error = ErrorText::forRule(QStringLiteral("mark_one_not_allowed"));
                return std::nullopt;
            }
            // A mark typed over another keeps its kind of work (and its comment if the mark stays);
            // a new one takes the lesson's kind of work.
            if (i < before.marks.size()) {
                const Mark &old = before.marks[i];
                m.workKindId = old.workKindId;
                if (old.value == m.value && old.passed == m.passed)
                    m.comment = old.comment;
            } else {
                m.workKindId = lesson.workKindId;
            }
            m.position = int(i) + 1;
            marks.append(m);
        }
        after.marks = marks;
    }
    if (typed.attendance) {
        if (after.attendance.kind != *typed.attendance)
            after.attendance = {*typed.attendance, AbsenceReason::None};
    }
    if (typed.wholeCell) {
        if (!typed.marks)
            after.marks.clear();
        if (!typed.attendance)
            after.attendance = {};
    }
    return after;
}

bool JournalPageEditor::admitCell(int row, int column, const CellChange &change, QStringList *problems, bool *offered)
{
    const JournalPage &page = m_model->page();
    const JournalLesson *lesson = m_model->lessonAt(column);
    const bool marksChanged = !change.before.sameMarks(change.after);
    const bool kindChanged = change.before.attendance.kind != change.after.attendance.kind;
    const bool reasonChanged = !kindChanged && change.before.attendance.reason != change.after.attendance.reason;

    auto refuse = [&](const EntryState &state, const JournalWrite &write) {
        if (state.needsCorrection() && !*offered) {
            *offered = true;
            Q_EMIT correctionNeeded(write, EntryLock::explain(state));
        } else if (!state.needsCorrection()) {
            problems->append(EntryLock::explain(state));
        }
        return false;
    };
    if (marksChanged) {
        const EntryState state = m_model->entryState(row, column, EntryLock::Entry::Marks,
                                                     EntryLock::changedKinds(change.before.marks, change.after.marks));
        if (!state.isOpen())
            return refuse(state, {MessageType::JournalSetMarks,
                                  {{QStringLiteral("lessonId"), lesson->id},
                                   {QStringLiteral("studentId"), change.after.studentId},
                                   {QStringLiteral("marks"), change.after.marksToWrite()}}});
    }
    if (kindChanged) {
        const EntryState state = m_model->entryState(row, column, EntryLock::Entry::Attendance);
        const QString kind = attendanceKindToWire(change.after.attendance.kind);
        if (!state.isOpen())
            return refuse(state, {MessageType::JournalSetAttendance,
                                  {{QStringLiteral("lessonId"), lesson->id},
                                   {QStringLiteral("studentId"), change.after.studentId},
                                   {QStringLiteral("kind"), kind.isEmpty() ? QCborValue(nullptr) : QCborValue(kind)}}});
    }
    if (reasonChanged && !page.rights.reasons) {
        problems->append(tr("Absence reasons are set by the class teacher."));
        return false;
    }
    return true;
}

bool JournalPageEditor::push(JournalChangeSet changes, const QString &text)
{
    if (changes.isEmpty())
        return false;
    m_undo->push(new JournalChangeCommand(this, std::move(changes), text, ++m_serial));
    return true;
}

bool JournalPageEditor::typeText(const QModelIndex &index, const QString &text)
{
    if (!index.isValid())
        return false;
    if (m_model->finalKindAt(index.column())) {
        QString error;
        const auto change = finalChangeFor(index.row(), index.column(), text, &error);
        if (!change) {
            if (!error.isEmpty())
                Q_EMIT inputRejected(error);
            return false;
        }
        JournalChangeSet set;
        set.finalMarks.append(*change);
        const JournalStudent *s = m_model->studentAt(index.row());
        return push(set, tr("Final mark %1 — %2").arg(CellText::finalMark(change->after), s->shortName));
    }
    const JournalLesson *lesson = m_model->lessonAt(index.column());
    if (!lesson)
        return false;
    QString error;
    const auto typed = CellText::parse(text, &error);
    if (!typed) {
        Q_EMIT inputRejected(error);
        return false;
    }
    const JournalCell before = m_model->cellAt(index.row(), index.column());
    const auto after = cellAfterTyping(before, *typed, *lesson, &error);
    if (!after) {
        Q_EMIT inputRejected(error);
        return false;
    }
    return setCell(index.row(), index.column(), *after);
}

bool JournalPageEditor::setCell(int row, int column, const JournalCell &after)
{
    const JournalLesson *lesson = m_model->lessonAt(column);
    const JournalStudent *student = m_model->studentAt(row);
    if (!lesson || !student)
        return false;
    const JournalCell before = m_model->cellAt(row, column);
    JournalCell target = after;
    target.lessonId = lesson->id;
    target.studentId = student->id;
    for (int i = 0; i < target.marks.size(); ++i)
        target.marks[i].position = i + 1;
    CellChange change{before, target};
    if (before.sameMarks(target) && before.attendance == target.attendance)
        return false;
    QStringList problems;
    bool offered = false;
    if (!admitCell(row, column, change, &problems, &offered)) {
        if (!problems.isEmpty())
            Q_EMIT inputRejected(problems.first());
        return false;
    }
    JournalChangeSet set;
    set.cells.append(change);
    const QString shown = CellText::cell(target, m_model->symbols());
    return push(set, shown.isEmpty() ? tr("Clear %1, %2").arg(student->shortName, lessonDate(*lesson))
                                     : tr("%1 — %2, %3").arg(shown, student->shortName, lessonDate(*lesson)));
}

bool JournalPageEditor::clearCells(const QModelIndexList &indexes)
{
    JournalChangeSet set;
    QStringList problems;
    bool offered = false;
    for (const QModelIndex &index : indexes) {
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            continue;
        if (m_model->finalKindAt(index.column())) {
            QString error;
            if (const auto change = finalChangeFor(index.row(), index.column(), QString(), &error))
                set.finalMarks.append(*change);
            continue;
        }
        const JournalCell before = m_model->cellAt(index.row(), index.column());
        if (before.isEmpty())
            continue;
        JournalCell after = before;
        after.marks.clear();
        after.attendance = {};
        const CellChange change{before, after};
        if (admitCell(index.row(), index.column(), change, &problems, &offered))
            set.cells.append(change);
    }
    if (set.isEmpty() && !problems.isEmpty())
        Q_EMIT inputRejected(problems.first());
    return push(set, set.cells.size() + set.finalMarks.size() == 1 ? tr("Clear a cell") : tr("Clear cells"));
}

bool JournalPageEditor::changeColumn(int column, const std::function<std::optional<JournalCell>(const JournalCell &)> &change,
                                     JournalChangeSet *set)
{
    QStringList problems;
    bool offered = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JournalCell before = m_model->cellAt(row, column);
        const std::optional<JournalCell> after = change(before);
        if (!after || (after->sameMarks(before) && after->attendance == before.attendance))
            continue;
        const CellChange cellChange{before, *after};
        if (admitCell(row, column, cellChange, &problems, &offered))
            set->cells.append(cellChange);
    }
    if (set->isEmpty() && !problems.isEmpty())
        Q_EMIT inputRejected(problems.first());
    return !set->isEmpty();
}

bool JournalPageEditor::markAllPresent(int column)
{
    const JournalLesson *lesson = m_model->lessonAt(column);
    if (!lesson)
        return false;
    JournalChangeSet set;
    changeColumn(column, [](const JournalCell &before) -> std::optional<JournalCell> {
        if (before.attendance.kind != AttendanceKind::Absent)
            return std::nullopt;
        JournalCell after = before;
        after.attendance = {};
        return after;
    }, &set);
    return push(set, tr("Everyone present, %1").arg(lessonDate(*lesson)));
}

bool JournalPageEditor::setWorkKindForColumn(int column, qint64 workKindId)
{
    const JournalLesson *lesson = m_model->lessonAt(column);
    if (!lesson)
        return false;
    JournalChangeSet set;
    changeColumn(column, [workKindId](const JournalCell &before) -> std::optional<JournalCell> {
        JournalCell after = before;
        for (Mark &m : after.marks)
            m.workKindId = workKindId;
        return after;
    }, &set);
    // New marks of the lesson take the same kind.
    const LessonContent content = LessonContent::of(*lesson);
    if (content.workKindId != workKindId && m_model->page().rights.topics && lesson->canEdit) {
        LessonContent after = content;
        after.workKindId = workKindId;
        set.lessons.append({lesson->id, content, after});
    }
    const WorkKind *kind = m_model->page().workKind(workKindId);
    return push(set, tr("Kind of work «%1» for %2").arg(kind ? kind->name : tr("answer in class"), lessonDate(*lesson)));
}

bool JournalPageEditor::setLessonContent(qint64 lessonId, const LessonContent &content)
{
    const int i = m_model->page().lessonIndex(lessonId);
    if (i < 0)
        return false;
    const JournalLesson &lesson = m_model->page().lessons[i];
    const LessonContent before = LessonContent::of(lesson);
    if (before == content)
        return false;
    if (content.homework != before.homework && m_model->page().assignment.noMarks) {
        Q_EMIT inputRejected(ErrorText::forRule(QStringLiteral("grade_1_no_homework")));
        return false;
    }
    // Topics and homework may be written ahead, so only a closed window stops them here.
    const EntryState topic = EntryLock::state(m_model->page(), lesson, nullptr, EntryLock::Entry::Topic);
    const EntryState homework = EntryLock::state(m_model->page(), lesson, nullptr, EntryLock::Entry::Homework);
    const bool topicPart = content.topic != before.topic || content.workKindId != before.workKindId;
    const bool homeworkPart = content.homework != before.homework;
    EntryState blocking;
    if (topicPart && !topic.isOpen())
        blocking = topic;
    else if (homeworkPart && !homework.isOpen())
        blocking = homework;
    if (!blocking.isOpen()) {
        if (blocking.needsCorrection()) {
            QCborMap args{{QStringLiteral("lessonId"), lessonId}};
            if (content.topic != before.topic)
                args.insert(QStringLiteral("topic"), content.topic);
            if (homeworkPart)
                args.insert(QStringLiteral("homework"), content.homework);
            if (content.workKindId != before.workKindId)
                args.insert(QStringLiteral("workKindId"), content.workKindId > 0 ? QCborValue(content.workKindId)
                                                                                  : QCborValue(nullptr));
            Q_EMIT correctionNeeded({MessageType::JournalSetLesson, args}, EntryLock::explain(blocking));
        } else {
            Q_EMIT inputRejected(EntryLock::explain(blocking));
        }
        return false;
    }
    JournalChangeSet set;
    set.lessons.append({lessonId, before, content});
    return push(set, tr("Lesson of %1").arg(lessonDate(lesson)));
}

bool JournalPageEditor::setAbsenceReason(int row, int column, AbsenceReason reason)
{
    JournalCell before = m_model->cellAt(row, column);
    if (before.attendance.kind != AttendanceKind::Absent)
        return false;
    JournalCell after = before;
    after.attendance.reason = reason;
    return setCell(row, column, after);
}

std::optional<FinalMarkChange> JournalPageEditor::finalChangeFor(int row, int column, const QString &text,
                                                                 QString *error) const
{
    const JournalStudent *student = m_model->studentAt(row);
    const auto kind = m_model->finalKindAt(column);
    if (!student || !kind)
        return std::nullopt;
    const auto typed = CellText::parseFinal(text, error);
    if (!typed)
        return std::nullopt;
    const JournalPage &page = m_model->page();
    if (typed->isSet() && typed->passed.has_value() != page.assignment.passFail) {
        *error = ErrorText::forRule(QStringLiteral("pass_fail_subject"));
        return std::nullopt;
    }
    const FinalMark before = m_model->finalMark(student->id, *kind);
    FinalMark after = before;
    after.value = typed->value;
    after.passed = typed->passed;
    if (after.value == before.value && after.passed == before.passed)
        return std::nullopt;
    return FinalMarkChange{before, after};
}

QString JournalPageEditor::copyText(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c)
            cells.append(indexes.contains(m_model->index(r, c)) ? m_model->index(r, c).data().toString() : QString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool JournalPageEditor::paste(const QModelIndex &topLeft, const QString &text)
{
    if (!topLeft.isValid())
        return false;
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    const QStringList lines = body.split(QLatin1Char('\n'));
    JournalChangeSet set;
    QStringList problems;
    bool offered = false;
    for (int r = 0; r < lines.size(); ++r) {
        const int row = topLeft.row() + r;
        if (row >= m_model->rowCount())
            break;
        const QStringList values = lines[r].split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const int column = topLeft.column() + c;
            if (column >= m_model->columnCount())
                break;
            const QModelIndex index = m_model->index(row, column);
            if (!(m_model->flags(index) & Qt::ItemIsEditable))
                continue;
            QString error;
            if (m_model->finalKindAt(column)) {
                const auto change = finalChangeFor(row, column, values[c], &error);
                if (change)
                    set.finalMarks.append(*change);
                else if (!error.isEmpty())
                    problems.append(error);
                continue;
            }
            auto typed = CellText::parse(values[c], &error);
            if (typed)
                typed->wholeCell = true;
            const JournalCell before = m_model->cellAt(row, column);
            const auto after = typed ? cellAfterTyping(before, *typed, *m_model->lessonAt(column), &error) : std::nullopt;
            if (!after) {
                problems.append(error);
                continue;
            }
            if (before.sameMarks(*after) && before.attendance == after->attendance)
                continue;
            const CellChange change{before, *after};
            if (admitCell(row, column, change, &problems, &offered))
                set.cells.append(change);
        }
    }
    if (!problems.isEmpty())
        Q_EMIT inputRejected(tr("Some cells were not pasted: %1").arg(problems.first()));
    return push(set, tr("Paste"));
}

// ---- sending --------------------------------------------------------------------------------

void JournalPageEditor::sendStates(const JournalChangeSet &changes, Direction direction, quint64 serial)
{
    m_outcomes[serial] = {};
    const bool after = direction == Direction::After;
    for (const CellChange &c : changes.cells)
        sendCell(after ? c.after : c.before, serial);
    for (const LessonChange &l : changes.lessons)
        sendLesson(l.lessonId, after ? l.after : l.before, serial);
    for (const FinalMarkChange &f : changes.finalMarks)
        sendFinalMark(after ? f.after : f.before, serial);
    updatePending();
}

void JournalPageEditor::sendCell(const JournalCell &target, quint64 serial)
{
    // Sent as the difference from what the cell shows now, so an undo after someone else's change
    // sends only what is needed.
    const JournalCell current = m_model->cell(target.key());
    const QCborMap where{{QStringLiteral("lessonId"), target.lessonId}, {QStringLiteral("studentId"), target.studentId}};
    QList<JournalWrite> writes;
    if (!current.sameMarks(target)) {
        QCborMap args = where;
        args.insert(QStringLiteral("marks"), target.marksToWrite());
        writes.append({MessageType::JournalSetMarks, args});
    }
    if (current.attendance.kind != target.attendance.kind) {
        QCborMap args = where;
        const QString kind = attendanceKindToWire(target.attendance.kind);
        args.insert(QStringLiteral("kind"), kind.isEmpty() ? QCborValue(nullptr) : QCborValue(kind));
        writes.append({MessageType::JournalSetAttendance, args});
    }
    const bool reasonDiffers = target.attendance.kind == AttendanceKind::Absent
        && (current.attendance.kind != AttendanceKind::Absent ? target.attendance.reason != AbsenceReason::None
                                                              : current.attendance.reason != target.attendance.reason);
    if (reasonDiffers) {
        QCborMap args = where;
        const QString reason = absenceReasonToWire(target.attendance.reason);
        args.insert(QStringLiteral("reason"), reason.isEmpty() ? QCborValue(nullptr) : QCborValue(reason));
        writes.append({MessageType::JournalSetAbsenceReason, args});
    }
    for (const JournalWrite &write : writes) {
        const quint64 sequence = ++m_sequence;
        m_model->setPendingCell(target, sequence);
        noteSent(serial);
        const CellKey key = target.key();
        call(write.type, write.args, [this, key, sequence, serial, write](const protocol::Response &r) {
            if (r.ok && r.result.contains(QStringLiteral("cell")))
                m_model->confirmCell(JournalCell::fromCbor(r.result.value(QStringLiteral("cell")).toMap()), sequence);
            else if (r.ok)
                // setAbsenceReason answers with a count: the reason is what we asked for.
                m_model->confirmCell(m_model->cell(key), sequence);
            else
                m_model->dropPendingCell(key, sequence);
            noteAnswered(serial, !r.ok, r.error, write);
        });
    }
}

void JournalPageEditor::sendLesson(qint64 lessonId, const LessonContent &target, quint64 serial)
{
    const int i = m_model->page().lessonIndex(lessonId);
    if (i < 0)
        return;
    const LessonContent current = LessonContent::of(m_model->page().lessons[i]);
    QCborMap args{{QStringLiteral("lessonId"), lessonId}};
    if (current.topic != target.topic)
        args.insert(QStringLiteral("topic"), target.topic);
    if (current.homework != target.homework)
        args.insert(QStringLiteral("homework"), target.homework);
    if (current.workKindId != target.workKindId)
        args.insert(QStringLiteral("workKindId"), target.workKindId > 0 ? QCborValue(target.workKindId) : QCborValue(nullptr));
    if (args.size() == 1)
        return;
    ++m_pendingLessons;
    noteSent(serial);
    const JournalWrite write{MessageType::JournalSetLesson, args};
    call(write.type, args, [this, serial, write](const protocol::Response &r) {
        --m_pendingLessons;
        if (r.ok)
            m_model->applyLesson(r.result);
        noteAnswered(serial, !r.ok, r.error, write);
    });
}

void JournalPageEditor::sendFinalMark(const FinalMark &target, quint64 serial)
{
    const FinalMark current = m_model->finalMark(target.studentId, target.kind);
    if (current.value == target.value && current.passed == target.passed)
        return;
    const quint64 sequence = ++m_sequence;
    m_model->setPendingFinalMark(target, sequence);
    noteSent(serial);
    const JournalWrite write{MessageType::JournalSetFinalMark, target.toWrite(m_assignmentId)};
    call(write.type, write.args, [this, target, sequence, serial, write](const protocol::Response &r) {
        if (r.ok) {
            FinalMark confirmed = r.result.value(QStringLiteral("cleared")).toBool() ? FinalMark{} : FinalMark::fromCbor(r.result);
            if (!confirmed.isSet()) {
                confirmed = target;
                confirmed.value = 0;
                confirmed.passed.reset();
            }
            m_model->confirmFinalMark(confirmed, sequence);
        } else {
            m_model->dropPendingFinalMark(target, sequence);
        }
        noteAnswered(serial, !r.ok, r.error, write);
    });
}

void JournalPageEditor::noteSent(quint64 serial)
{
    ++m_outcomes[serial].sent;
}

void JournalPageEditor::noteAnswered(quint64 serial, bool refused, const protocol::Error &error, const JournalWrite &write)
{
    Outcome &o = m_outcomes[serial];
    ++o.answered;
    if (refused) {
        ++o.refused;
        Q_EMIT writeRefused(error, write);
    }
    if (o.answered == o.sent) {
        // A step the server refused entirely is taken off the undo stack when it is the last one,
        // so Ctrl+Z does not "undo" nothing.
        const int top = m_undo->index() - 1;
        const auto *command = top >= 0 ? dynamic_cast<const JournalChangeCommand *>(m_undo->command(top)) : nullptr;
        if (o.refused == o.sent && command && command->serial() == serial && m_undo->index() == m_undo->count()) {
            const_cast<JournalChangeCommand *>(command)->setObsolete(true);
            m_undo->undo();
        }
        m_outcomes.remove(serial);
    }
    updatePending();
}

void JournalPageEditor::updatePending()
{
    const int n = pendingCount();
    if (n == m_lastPending)
        return;
    const int was = m_lastPending;
    m_lastPending = n;
    Q_EMIT pendingChanged(n);
    if (n == 0 && was > 0)
        Q_EMIT allSaved();
}

} // namespace cj::client
