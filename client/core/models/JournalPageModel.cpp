#include "core/models/JournalPageModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include "protocol/ArgReader.h"

namespace cj::client {

namespace {
const QColor kGreyed(0xe6, 0xe6, 0xe6);
const QColor kLocked(0xf3, 0xf3, 0xf0);
const QColor kPending(0xff, 0xf4, 0xcc);
const QColor kAbsent(0xfc, 0xe8, 0xe8);
const QColor kToday(0xea, 0xf2, 0xfd);
const QColor kGreyText(0x9a, 0x9a, 0x9a);
const QColor kMissingTopic(0xb0, 0x00, 0x20);

QString twoDecimals(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 2) : QString();
}

// «Иванов Иван» from «Иванов Иван Иванович»: the grid has no room for the patronymic.
QString rowName(const JournalStudent &s)
{
    const QStringList parts = s.fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts[0] + QLatin1Char(' ') + parts[1] : s.fullName;
}
} // namespace

JournalPageModel::JournalPageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalPageModel::setPage(JournalPage page)
{
    beginResetModel();
    m_page = std::move(page);
    // Pending changes of cells that are still on the page survive a reload (e.g. after a reconnect).
    for (auto it = m_pendingCells.begin(); it != m_pendingCells.end();) {
        if (m_page.lessonIndex(it.key().lessonId) < 0 || m_page.studentIndex(it.key().studentId) < 0)
            it = m_pendingCells.erase(it);
        else
            ++it;
    }
    m_pendingFinals.clear();
    rebuildColumns();
    m_stats.clear();
    for (const JournalStudent &s : std::as_const(m_page.students))
        recomputeStats(s.id);
    endResetModel();
}

void JournalPageModel::setSymbols(const AttendanceSymbols &symbols)
{
    m_symbols = symbols;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void JournalPageModel::rebuildColumns()
{
    m_columns.clear();
    for (int i = 0; i < m_page.lessons.size(); ++i)
        m_columns.append({JournalColumn::Lesson, i});
    if (!m_page.isLoaded())
        return;
    if (!m_page.assignment.noMarks) {
        if (!m_page.assignment.passFail) {
            m_columns.append({JournalColumn::Average});
            m_columns.append({JournalColumn::Weighted});
        }
        m_columns.append({JournalColumn::Count});
        if (!m_page.assignment.passFail)
            m_columns.append({JournalColumn::Forecast});
        m_columns.append({JournalColumn::PeriodMark, -1, FinalMarkKind::Period});
        if (m_page.isLastPeriod())
            m_columns.append({JournalColumn::YearMark, -1, FinalMarkKind::Year});
        if (m_page.hasExams()) {
            m_columns.append({JournalColumn::ExamMark, -1, FinalMarkKind::Exam});
            m_columns.append({JournalColumn::FinalMark, -1, FinalMarkKind::Final});
        }
    }
}

int JournalPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_page.students.size());
}

int JournalPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

JournalColumn JournalPageModel::columnKind(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].kind : JournalColumn::Lesson;
}

int JournalPageModel::columnOf(JournalColumn kind) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == kind)
            return i;
    }
    return -1;
}

const JournalLesson *JournalPageModel::lessonAt(int column) const
{
    if (column < 0 || column >= m_columns.size() || m_columns[column].kind != JournalColumn::Lesson)
        return nullptr;
    return &m_page.lessons[m_columns[column].lesson];
}

const JournalStudent *JournalPageModel::studentAt(int row) const
{
    return row >= 0 && row < m_page.students.size() ? &m_page.students[row] : nullptr;
}

int JournalPageModel::columnOfLesson(qint64 lessonId) const
{
    const int i = m_page.lessonIndex(lessonId);
    return i; // lesson columns come first, in the page's order
}

int JournalPageModel::rowOfStudent(qint64 studentId) const
{
    return m_page.studentIndex(studentId);
}

std::optional<FinalMarkKind> JournalPageModel::finalKindAt(int column) const
{
    switch (columnKind(column)) {
    case JournalColumn::PeriodMark:
    case JournalColumn::YearMark:
    case JournalColumn::ExamMark:
    case JournalColumn::FinalMark:
        return m_columns[column].finalKind;
    default:
        return std::nullopt;
    }
}

JournalCell JournalPageModel::cell(const CellKey &key) const
{
    const auto it = m_pendingCells.constFind(key);
    return it != m_pendingCells.cend() ? it->cell : m_page.cell(key);
}

JournalCell JournalPageModel::cellAt(int row, int column) const
{
    const JournalLesson *lesson = lessonAt(column);
    const JournalStudent *student = studentAt(row);
    if (!lesson || !student)
        return {};
    return cell({lesson->id, student->id});
}

QString JournalPageModel::finalKey(const FinalMark &mark)
{
    return QStringLiteral("%1/%2/%3").arg(mark.studentId).arg(int(mark.kind)).arg(mark.periodId);
}

FinalMark JournalPageModel::finalMark(qint64 studentId, FinalMarkKind kind) const
{
    const FinalMark confirmed = m_page.finalMark(studentId, kind);
    const auto it = m_pendingFinals.constFind(finalKey(confirmed));
    return it != m_pendingFinals.cend() ? it->mark : confirmed;
}

MarkStats JournalPageModel::statsFor(qint64 studentId) const
{
    return m_stats.value(studentId);
}

EntryState JournalPageModel::entryState(int row, int column, EntryLock::Entry entry, const QList<qint64> &kinds) const
{
    const JournalLesson *lesson = lessonAt(column);
    if (!lesson)
        return {EntryState::Status::ReadOnly, {}};
    return EntryLock::state(m_page, *lesson, studentAt(row), entry, kinds);
}

void JournalPageModel::recomputeStats(qint64 studentId)
{
    QList<GradedMark> marks;
    for (const JournalLesson &lesson : std::as_const(m_page.lessons))
        marks.append(m_page.gradedMarks(cell({lesson.id, studentId})));
    m_stats.insert(studentId, grading::stats(marks, m_page.policy));
}

void JournalPageModel::studentRowChanged(qint64 studentId, int firstColumn, int lastColumn)
{
    const int row = rowOfStudent(studentId);
    if (row >= 0 && firstColumn >= 0 && lastColumn >= firstColumn)
        Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void JournalPageModel::cellChanged(const CellKey &key)
{
    recomputeStats(key.studentId);
    const int column = columnOfLesson(key.lessonId);
    studentRowChanged(key.studentId, column, column);
    // The figures follow the marks.
    studentRowChanged(key.studentId, int(m_page.lessons.size()), columnCount() - 1);
}

void JournalPageModel::setPendingCell(const JournalCell &cell, quint64 sequence)
{
    m_pendingCells.insert(cell.key(), {cell, sequence});
    cellChanged(cell.key());
}

void JournalPageModel::confirmCell(const JournalCell &serverCell, quint64 sequence)
{
    m_page.setCell(serverCell);
    const auto it = m_pendingCells.find(serverCell.key());
    if (it != m_pendingCells.end() && it->sequence == sequence)
        m_pendingCells.erase(it);
    cellChanged(serverCell.key());
}

void JournalPageModel::dropPendingCell(const CellKey &key, quint64 sequence)
{
    const auto it = m_pendingCells.find(key);
    if (it == m_pendingCells.end() || it->sequence != sequence)
        return;
    m_pendingCells.erase(it);
    cellChanged(key);
}

void JournalPageModel::setPendingFinalMark(const FinalMark &mark, quint64 sequence)
{
    m_pendingFinals.insert(finalKey(mark), {mark, sequence});
    studentRowChanged(mark.studentId, int(m_page.lessons.size()), columnCount() - 1);
}

void JournalPageModel::confirmFinalMark(const FinalMark &serverMark, quint64 sequence)
{
    m_page.setFinalMark(serverMark);
    const auto it = m_pendingFinals.find(finalKey(serverMark));
    if (it != m_pendingFinals.end() && it->sequence == sequence)
        m_pendingFinals.erase(it);
    studentRowChanged(serverMark.studentId, int(m_page.lessons.size()), columnCount() - 1);
}

void JournalPageModel::dropPendingFinalMark(const FinalMark &slot, quint64 sequence)
{
    const auto it = m_pendingFinals.find(finalKey(slot));
    if (it == m_pendingFinals.end() || it->sequence != sequence)
        return;
    m_pendingFinals.erase(it);
    studentRowChanged(slot.studentId, int(m_page.lessons.size()), columnCount() - 1);
}

void JournalPageModel::applyCell(const JournalCell &cell)
{
    if (m_page.lessonIndex(cell.lessonId) < 0 || m_page.studentIndex(cell.studentId) < 0)
        return;
    m_page.setCell(cell);
    cellChanged(cell.key());
}

void JournalPageModel::applyLesson(const QCborMap &map, bool fromOthers)
{
    const qint64 id = protocol::intOr(map.value(QStringLiteral("id")));
    const int i = m_page.lessonIndex(id);
    if (i < 0)
        return;
    JournalLesson lesson = JournalLesson::fromCbor(map);
    // A pushed Lesson may come without the caller-specific parts; keep what we know.
    const JournalLesson &old = m_page.lessons[i];
    if (!map.contains(QStringLiteral("deadlines")))
        lesson.deadlines = old.deadlines;
    if (fromOthers || !map.contains(QStringLiteral("canEdit")))
        lesson.canEdit = old.canEdit;
    m_page.lessons[i] = lesson;
    Q_EMIT headerDataChanged(Qt::Horizontal, i, i);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, i), index(rowCount() - 1, i));
    Q_EMIT lessonChanged(id);
}

void JournalPageModel::applyFinalMark(const FinalMark &mark)
{
    if (m_page.studentIndex(mark.studentId) < 0)
        return;
    if (mark.kind == FinalMarkKind::Period && mark.periodId != m_page.period.id)
        return; // another period's mark
    m_page.setFinalMark(mark);
    studentRowChanged(mark.studentId, int(m_page.lessons.size()), columnCount() - 1);
}

void JournalPageModel::applyChanges(const QCborArray &changes)
{
    for (const QCborValue &v : changes) {
        const QCborMap change = v.toMap();
        const QString kind = change.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("cell")) {
            applyCell(JournalCell::fromCbor(change.value(QStringLiteral("cell")).toMap()));
        } else if (kind == QLatin1String("lesson")) {
            applyLesson(change.value(QStringLiteral("lesson")).toMap(), true);
        } else if (kind == QLatin1String("finalMark")) {
            applyFinalMark(FinalMark::fromCbor(change.value(QStringLiteral("finalMark")).toMap()));
        } else if (kind == QLatin1String("finalMarkCleared")) {
            // The cleared slot's own kind travels as "markKind" (the change's "kind" is taken);
            // accept "finalKind" too.
            FinalMark slot;
            slot.studentId = protocol::intOr(change.value(QStringLiteral("studentId")));
            QString markKind = change.value(QStringLiteral("markKind")).toString();
            if (markKind.isEmpty())
                markKind = change.value(QStringLiteral("finalKind")).toString();
            slot.kind = finalMarkKindFromWire(markKind).value_or(FinalMarkKind::Period);
            slot.periodId = protocol::intOr(change.value(QStringLiteral("periodId")));
            applyFinalMark(slot);
        }
    }
}

Qt::ItemFlags JournalPageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const JournalStudent *student = studentAt(index.row());
    if (const JournalLesson *lesson = lessonAt(index.column())) {
        const bool mayWrite = (m_page.rights.marks || m_page.rights.attendance) && lesson->canEdit;
        if (mayWrite && student && student->isMemberOn(lesson->date))
            f |= Qt::ItemIsEditable;
    } else if (finalKindAt(index.column())) {
        if (m_page.rights.finalMarks && student && !m_page.exempt.contains(student->id))
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool JournalPageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Q_EMIT editRequested(index, value.toString());
    return true;
}

QVariant JournalPageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const JournalStudent &student = m_page.students[index.row()];
    if (role == roleOf(JournalRole::Column))
        return int(columnKind(index.column()));
    if (role == roleOf(JournalRole::StudentId))
        return student.id;
    if (const JournalLesson *lesson = lessonAt(index.column()))
        return lessonCellData(student, *lesson, index.row(), index.column(), role);
    if (const auto kind = finalKindAt(index.column()))
        return finalData(student, *kind, role);
    return figureData(student, columnKind(index.column()), role);
}

QVariant JournalPageModel::lessonCellData(const JournalStudent &student, const JournalLesson &lesson, int row,
                                          int column, int role) const
{
    const CellKey key{lesson.id, student.id};
    const JournalCell c = cell(key);
    const bool member = student.isMemberOn(lesson.date);
    const bool greyed = !member || m_page.exempt.contains(student.id);
    switch (role) {
    case Qt::DisplayRole:
        return CellText::cell(c, m_symbols);
    case Qt::EditRole:
        return CellText::marks(c.marks);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const EntryState state = entryState(row, column, EntryLock::Entry::Marks);
        return cellToolTip(c, state);
    }
    case Qt::BackgroundRole:
        if (greyed)
            return kGreyed;
        if (m_pendingCells.contains(key))
            return kPending;
        if (c.attendance.kind == AttendanceKind::Absent)
            return kAbsent;
        if (entryState(row, column, EntryLock::Entry::Marks).needsCorrection())
            return kLocked;
        if (lesson.date == m_page.today)
            return kToday;
        return {};
    case Qt::ForegroundRole:
        return greyed ? QVariant(kGreyText) : QVariant();
    case Qt::FontRole:
        if (m_pendingCells.contains(key)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        break;
    }
    switch (JournalRole(role)) {
    case JournalRole::LessonId: return lesson.id;
    case JournalRole::MarksText: return CellText::marks(c.marks);
    case JournalRole::AttendanceText: return m_symbols.of(c.attendance);
    case JournalRole::AttendanceKind: return int(c.attendance.kind);
    case JournalRole::MarkValues: {
        QList<int> values;
        for (const Mark &m : c.marks)
            values.append(m.value);
        return QVariant::fromValue(values);
    }
    case JournalRole::ControlWork:
        for (const Mark &m : c.marks) {
            const WorkKind *k = m_page.workKind(m.workKindId);
            if (k && k->control)
                return true;
        }
        return false;
    case JournalRole::HasComment:
        for (const Mark &m : c.marks) {
            if (!m.comment.isEmpty())
                return true;
        }
        return false;
    case JournalRole::Pending: return m_pendingCells.contains(key);
    case JournalRole::Locked: return entryState(row, column, EntryLock::Entry::Marks).needsCorrection();
    case JournalRole::Greyed: return greyed;
    case JournalRole::Editable: {
        const EntryState marks = entryState(row, column, EntryLock::Entry::Marks);
        const EntryState attendance = entryState(row, column, EntryLock::Entry::Attendance);
        return marks.isOpen() || attendance.isOpen();
    }
    case JournalRole::IsToday: return lesson.date == m_page.today;
    default: return {};
    }
}

QString JournalPageModel::cellToolTip(const JournalCell &c, const EntryState &state) const
{
    QStringList lines;
    for (const Mark &m : c.marks) {
        const WorkKind *k = m_page.workKind(m.workKindId);
        QString line = tr("<b>%1</b> — %2, weight %3")
                           .arg(CellText::mark(m),
                                k ? k->name.toHtmlEscaped() : tr("answer in class"),
                                QLocale().toString(k ? k->weight : 1.0));
        if (!m.comment.isEmpty())
            line += QStringLiteral("<br>&nbsp;&nbsp;«") + m.comment.toHtmlEscaped() + QStringLiteral("»");
        lines.append(line);
    }
    switch (c.attendance.kind) {
    case AttendanceKind::Absent:
        switch (c.attendance.reason) {
        case AbsenceReason::Ill: lines.append(tr("Absent: ill")); break;
        case AbsenceReason::Excused: lines.append(tr("Absent: excused")); break;
        case AbsenceReason::Unexcused: lines.append(tr("Absent: unexcused")); break;
        case AbsenceReason::None: lines.append(tr("Absent (no reason given yet)")); break;
        }
        break;
    case AttendanceKind::Late: lines.append(tr("Late")); break;
    case AttendanceKind::Present: break;
    }
    if (isPending(c.key()))
        lines.append(tr("<i>Not saved yet — on its way to the server</i>"));
    if (!state.isOpen() && state.status != EntryState::Status::ReadOnly)
        lines.append(QStringLiteral("<span style='color:#8a6d00'>") + EntryLock::explain(state).toHtmlEscaped()
                     + QStringLiteral("</span>"));
    return lines.join(QStringLiteral("<br>"));
}

QVariant JournalPageModel::figureData(const JournalStudent &student, JournalColumn kind, int role) const
{
    const MarkStats s = statsFor(student.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (kind) {
        case JournalColumn::Average: return twoDecimals(s.average);
        case JournalColumn::Weighted: return twoDecimals(s.weighted);
        case JournalColumn::Count: return s.count > 0 ? QString::number(s.count) : QString();
        case JournalColumn::Forecast:
            if (m_page.exempt.contains(student.id))
                return QString();
            return s.forecast ? QString::number(*s.forecast) : (s.count > 0 ? QStringLiteral("—") : QString());
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (kind == JournalColumn::Forecast) {
            if (s.tooFewMarks)
                return tr("Too few marks for a forecast: %1 of at least %2.").arg(s.count).arg(m_page.policy.minMarks);
            const RoundingPolicy &p = m_page.policy;
            return tr("Forecast of the period mark: the %1 rounded with thresholds %2 / %3 / %4.")
                .arg(p.weighted ? tr("weighted average") : tr("average"), QLocale().toString(p.thresholds[0]),
                     QLocale().toString(p.thresholds[1]), QLocale().toString(p.thresholds[2]));
        }
        return {};
    case Qt::BackgroundRole:
        return QColor(0xf7, 0xf8, 0xfa);
    case Qt::ForegroundRole:
        if (kind == JournalColumn::Forecast && s.forecast && *s.forecast <= 2)
            return QColor(0xb0, 0x00, 0x20);
        return QColor(0x44, 0x4c, 0x56);
    default:
        return {};
    }
}

QVariant JournalPageModel::finalData(const JournalStudent &student, FinalMarkKind kind, int role) const
{
    const FinalMark mark = finalMark(student.id, kind);
    const bool pending = m_pendingFinals.contains(finalKey(mark));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return CellText::finalMark(mark);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        f.setItalic(pending);
        return f;
    }
    case Qt::BackgroundRole:
        if (m_page.exempt.contains(student.id))
            return kGreyed;
        return pending ? kPending : QColor(0xf1, 0xf5, 0xec);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (mark.isSet() && !mark.enteredBy.isEmpty())
            lines.append(tr("Entered by %1, %2").arg(mark.enteredBy, QLocale().toString(mark.enteredAt.toLocalTime(), QLocale::ShortFormat)));
        if (kind == FinalMarkKind::Period) {
            const MarkStats s = statsFor(student.id);
            if (s.forecast)
                lines.append(tr("Forecast: %1").arg(*s.forecast));
        }
        if (m_page.exempt.contains(student.id))
            lines.append(tr("Exempt from the subject in this period"));
        if (pending)
            lines.append(tr("Not saved yet — on its way to the server"));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    switch (JournalRole(role)) {
    case JournalRole::MarksText: return CellText::finalMark(mark);
    case JournalRole::MarkValues: return QVariant::fromValue(QList<int>{mark.value});
    case JournalRole::Pending: return pending;
    case JournalRole::Greyed: return m_page.exempt.contains(student.id);
    case JournalRole::Editable: return m_page.rights.finalMarks && !m_page.exempt.contains(student.id);
    default: return {};
    }
}

QString JournalPageModel::columnTitle(const Column &column) const
{
    switch (column.kind) {
    case JournalColumn::Lesson: return {};
    case JournalColumn::Average: return tr("Avg");
    case JournalColumn::Weighted: return tr("W.avg");
    case JournalColumn::Count: return tr("Marks");
    case JournalColumn::Forecast: return tr("Fcst");
    case JournalColumn::PeriodMark:
        return m_page.period.scheme == QLatin1String("halves") ? tr("%1 half").arg(m_page.period.number)
                                                               : tr("%1 qtr").arg(m_page.period.number);
    case JournalColumn::YearMark: return tr("Year");
    case JournalColumn::ExamMark: return tr("Exam");
    case JournalColumn::FinalMark: return tr("Final");
    }
    return {};
}

QVariant JournalPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return studentHeader(section, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    if (const JournalLesson *lesson = lessonAt(section))
        return lessonHeader(*lesson, role);
    const Column &column = m_columns[section];
    switch (role) {
    case Qt::DisplayRole: return columnTitle(column);
    case Qt::ToolTipRole:
        switch (column.kind) {
        case JournalColumn::Average: return tr("Average mark for the period");
        case JournalColumn::Weighted: return tr("Weighted average: marks weighted by the kind of work");
        case JournalColumn::Count: return tr("Number of marks (a double mark counts twice)");
        case JournalColumn::Forecast: return tr("Forecast of the period mark");
        case JournalColumn::PeriodMark: return tr("Period mark: %1").arg(m_page.period.name);
        case JournalColumn::YearMark: return tr("Year mark");
        case JournalColumn::ExamMark: return tr("Exam mark");
        case JournalColumn::FinalMark: return tr("Final (certificate) mark");
        case JournalColumn::Lesson: break;
        }
        return {};
    case roleOf(JournalRole::Column): return int(column.kind);
    default: return {};
    }
}

QVariant JournalPageModel::lessonHeader(const JournalLesson &lesson, int role) const
{
    const bool missingTopic = lesson.topic.trimmed().isEmpty() && m_page.today.isValid() && lesson.date <= m_page.today;
    switch (role) {
    case Qt::DisplayRole:
        return lesson.date.toString(QStringLiteral("dd.MM"));
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(QStringLiteral("<b>%1</b>, %2")
                         .arg(QLocale().toString(lesson.date, QStringLiteral("dddd, d MMMM")),
                              tr("lesson %1").arg(lesson.lessonNumber)));
        lines.append(lesson.topic.isEmpty() ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("No topic yet"))
                                            : tr("Topic: %1").arg(lesson.topic.toHtmlEscaped()));
        if (!lesson.homework.isEmpty())
            lines.append(tr("Homework: %1").arg(lesson.homework.toHtmlEscaped()));
        if (const WorkKind *k = m_page.workKind(lesson.workKindId))
            lines.append(tr("Kind of work: %1 (weight %2)").arg(k->name.toHtmlEscaped(), QLocale().toString(k->weight)));
        if (!lesson.substituteName.isEmpty())
            lines.append(tr("Substitution: %1").arg(lesson.substituteName.toHtmlEscaped()));
        if (lesson.origin == QLatin1String("extra"))
            lines.append(tr("Extra lesson"));
        return lines.join(QStringLiteral("<br>"));
    }
    case Qt::ForegroundRole:
        return missingTopic ? QVariant(kMissingTopic) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        break;
    }
    switch (JournalRole(role)) {
    case JournalRole::Column: return int(JournalColumn::Lesson);
    case JournalRole::LessonId: return lesson.id;
    case JournalRole::MissingTopic: return missingTopic;
    case JournalRole::IsToday: return lesson.date == m_page.today;
    default: return {};
    }
}

QVariant JournalPageModel::studentHeader(int row, int role) const
{
    const JournalStudent *s = studentAt(row);
    if (!s)
        return {};
    const bool exempt = m_page.exempt.contains(s->id);
    const bool partial = s->joinedOn.isValid() || s->leftOn.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(row + 1).arg(rowName(*s));
    case Qt::ToolTipRole: {
        QStringList lines{s->fullName};
        if (s->joinedOn.isValid())
            lines.append(tr("On the list from %1").arg(QLocale().toString(s->joinedOn, QLocale::ShortFormat)));
        if (s->leftOn.isValid())
            lines.append(tr("Left on %1").arg(QLocale().toString(s->leftOn, QLocale::ShortFormat)));
        if (exempt)
            lines.append(tr("Exempt from the subject in this period"));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        return exempt || (s->leftOn.isValid() && m_page.today >= s->leftOn) ? QVariant(kGreyText) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    switch (JournalRole(role)) {
    case JournalRole::StudentId: return s->id;
    case JournalRole::Greyed: return exempt || partial;
    default: return {};
    }
}

} // namespace cj::client
