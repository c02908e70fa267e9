#include "core/models/AbsenceListModel.h"

#include <QColor>
#include <QLocale>

#include "core/journal/JournalPage.h"

namespace cj::client {

QString AbsenceListModel::reasonText(AbsenceReason reason)
{
    switch (reason) {
    case AbsenceReason::Ill: return tr("ill");
    case AbsenceReason::Excused: return tr("excused");
    case AbsenceReason::Unexcused: return tr("unexcused");
    case AbsenceReason::None: break;
    }
    return tr("not given");
}

void AbsenceListModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    m_students.clear();
    endResetModel();
}

void AbsenceListModel::addPage(const JournalPage &page)
{
    for (const JournalStudent &s : page.students)
        m_students.insert(s.fullName, s.id);
    for (const JournalCell &cell : page.cells) {
        if (cell.attendance.kind != AttendanceKind::Absent)
            continue;
        const int l = page.lessonIndex(cell.lessonId);
        const int s = page.studentIndex(cell.studentId);
        if (l < 0 || s < 0)
            continue;
        const JournalLesson &lesson = page.lessons[l];
        m_all.append({cell.lessonId, cell.studentId, page.students[s].fullName, lesson.date, lesson.lessonNumber,
                      page.assignment.subjectName, cell.attendance.reason});
    }
    std::sort(m_all.begin(), m_all.end(), [](const Absence &a, const Absence &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.lessonNumber != b.lessonNumber)
            return a.lessonNumber < b.lessonNumber;
        return a.studentName.localeAwareCompare(b.studentName) < 0;
    });
    refilter();
}

void AbsenceListModel::setReason(qint64 lessonId, qint64 studentId, AbsenceReason reason)
{
    for (Absence &a : m_all) {
        if (a.lessonId == lessonId && a.studentId == studentId)
            a.reason = reason;
    }
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown[row].lessonId == lessonId && m_shown[row].studentId == studentId) {
            m_shown[row].reason = reason;
            Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
        }
    }
}

void AbsenceListModel::setOnlyWithoutReason(bool only)
{
    m_onlyWithoutReason = only;
    refilter();
}

void AbsenceListModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const Absence &a : std::as_const(m_all)) {
        if (!m_onlyWithoutReason || a.reason == AbsenceReason::None)
            m_shown.append(a);
    }
    endResetModel();
}

int AbsenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AbsenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AbsenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Absence &a = m_shown[index.row()];
    if (role == ReasonRole)
        return int(a.reason);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Column::Date: return QLocale().toString(a.date, QStringLiteral("dd.MM.yyyy, ddd"));
        case Column::Lesson: return a.lessonNumber;
        case Column::Student: return a.studentName;
        case Column::Subject: return a.subjectName;
        case Column::Reason:
            return QStringLiteral("%1 — %2").arg(m_symbols.of({AttendanceKind::Absent, a.reason}), reasonText(a.reason));
        case Column::Count: break;
        }
    }
    if (role == Qt::ForegroundRole && Column(index.column()) == Column::Reason && a.reason == AbsenceReason::None)
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::TextAlignmentRole && Column(index.column()) == Column::Lesson)
        return int(Qt::AlignCenter);
    return {};
}

QVariant AbsenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Date: return tr("Date");
    case Column::Lesson: return tr("Lesson");
    case Column::Student: return tr("Student");
    case Column::Subject: return tr("Subject");
    case Column::Reason: return tr("Reason");
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
