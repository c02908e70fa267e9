#include "core/models/DiaryModel.h"

#include <QCborArray>
#include <QColor>
#include <QFont>
#include <QLocale>

#include "core/journal/FinalMark.h"
#include "protocol/ArgReader.h"

namespace cj::client {

void DiaryModel::setDiary(const QCborMap &result)
{
    beginResetModel();
    m_entries.clear();
    m_finals.clear();
    const QCborMap student = result.value(QStringLiteral("student")).toMap();
    m_title = QStringLiteral("%1, %2").arg(student.value(QStringLiteral("fullName")).toString(),
                                           student.value(QStringLiteral("className")).toString());
    for (const QCborValue &v : result.value(QStringLiteral("lessons")).toArray()) {
        const QCborMap l = v.toMap();
        Entry e;
        e.date = QDate::fromString(l.value(QStringLiteral("date")).toString(), Qt::ISODate);
        e.lessonNumber = int(protocol::intOr(l.value(QStringLiteral("lessonNumber"))));
        e.subjectName = l.value(QStringLiteral("subjectName")).toString();
        e.topic = l.value(QStringLiteral("topic")).toString();
        e.homework = l.value(QStringLiteral("homework")).toString();
        for (const QCborValue &m : l.value(QStringLiteral("marks")).toArray())
            e.marks.append(Mark::fromCbor(m.toMap()));
        e.attendance = Attendance::fromCbor(l.value(QStringLiteral("attendance")));
        m_entries.append(e);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.date != b.date ? a.date < b.date : a.lessonNumber < b.lessonNumber;
    });
    for (const QCborValue &v : result.value(QStringLiteral("finalMarks")).toArray()) {
        const QCborMap f = v.toMap();
        const FinalMark mark = FinalMark::fromCbor(f);
        QString kind;
        switch (mark.kind) {
        case FinalMarkKind::Period: kind = tr("period"); break;
        case FinalMarkKind::Year: kind = tr("year"); break;
        case FinalMarkKind::Exam: kind = tr("exam"); break;
        case FinalMarkKind::Final: kind = tr("final"); break;
        }
        m_finals.append(tr("%1 (%2): %3").arg(f.value(QStringLiteral("subjectName")).toString(), kind, CellText::finalMark(mark)));
    }
    endResetModel();
}

int DiaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DiaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    const bool firstOfDay = index.row() == 0 || m_entries[index.row() - 1].date != e.date;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Day: return firstOfDay ? QLocale().toString(e.date, QStringLiteral("ddd, d MMMM")) : QString();
        case Column::Lesson: return e.lessonNumber;
        case Column::Subject: return e.subjectName;
        case Column::Topic: return e.topic;
        case Column::Homework: return e.homework;
        case Column::Marks: {
            const QString marks = CellText::marks(e.marks);
            const QString a = m_symbols.of(e.attendance);
            return marks.isEmpty() ? a : (a.isEmpty() ? marks : marks + QLatin1Char(' ') + a);
        }
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Marks) {
            QStringList comments;
            for (const Mark &m : e.marks) {
                if (!m.comment.isEmpty())
                    comments.append(QStringLiteral("%1: %2").arg(CellText::mark(m), m.comment));
            }
            return comments.join(QLatin1Char('\n'));
        }
        if (Column(index.column()) == Column::Homework || Column(index.column()) == Column::Topic)
            return index.data().toString();
        return {};
    case Qt::BackgroundRole:
        // Days alternate in shade so a week reads at a glance.
        return e.date.dayOfWeek() % 2 ? QVariant(QColor(0xf6, 0xf8, 0xfb)) : QVariant();
    case Qt::FontRole:
        if (Column(index.column()) == Column::Marks || (Column(index.column()) == Column::Day && firstOfDay)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return Column(index.column()) == Column::Lesson || Column(index.column()) == Column::Marks ? QVariant(int(Qt::AlignCenter))
                                                                                                   : QVariant();
    default:
        return {};
    }
}

QVariant DiaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Day: return tr("Day");
    case Column::Lesson: return tr("No.");
    case Column::Subject: return tr("Subject");
    case Column::Topic: return tr("Topic");
    case Column::Homework: return tr("Homework");
    case Column::Marks: return tr("Marks");
    case Column::Count: break;
    }
    return {};
}

} // namespace cj::client
