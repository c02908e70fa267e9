#include "core/models/ScheduleWeekModel.h"

#include <QLocale>
#include <QMap>

#include "core/SchoolText.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"

namespace cj::client {

using protocol::intOr;

namespace {
constexpr int kDefaultLessons = 7; // rows shown before any bells or lessons exist

int weekdayOf(const QCborMap &e) { return int(intOr(e.value(QStringLiteral("weekday")))); }
int numberOf(const QCborMap &e) { return int(intOr(e.value(QStringLiteral("lessonNumber")))); }
} // namespace

ScheduleWeekModel::ScheduleWeekModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    rebuildRows();
}

void ScheduleWeekModel::setView(View view)
{
    m_view = view;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ScheduleWeekModel::setWeekDays(int days)
{
    beginResetModel();
    m_weekDays = days == 6 ? 6 : 5;
    endResetModel();
}

void ScheduleWeekModel::setBells(const QCborArray &bells)
{
    beginResetModel();
    m_bells = bells;
    rebuildRows();
    endResetModel();
}

void ScheduleWeekModel::setEntries(const QCborArray &entries)
{
    beginResetModel();
    m_entries.clear();
    for (const QCborValue &v : entries)
        m_entries.append(v.toMap());
    rebuildRows();
    endResetModel();
}

void ScheduleWeekModel::rebuildRows()
{
    // Every lesson the bells know, plus any lesson number used by an entry without a bell.
    QMap<int, Slot> byNumber;
    for (const QCborValue &v : m_bells) {
        const QCborMap b = v.toMap();
        const int n = numberOf(b);
        byNumber.insert(n, {n, wire::time(b.value(QStringLiteral("startsAt"))), wire::time(b.value(QStringLiteral("endsAt")))});
    }
    for (const QCborMap &e : std::as_const(m_entries)) {
        if (!byNumber.contains(numberOf(e)))
            byNumber.insert(numberOf(e), {numberOf(e), {}, {}});
    }
    if (byNumber.isEmpty()) {
        for (int n = 1; n <= kDefaultLessons; ++n)
            byNumber.insert(n, {n, {}, {}});
    }
    m_rows = byNumber.values();
}

QCborArray ScheduleWeekModel::entriesAt(const QModelIndex &index) const
{
    QCborArray list;
    if (!index.isValid() || index.row() >= m_rows.size())
        return list;
    const int weekday = index.column() + 1;
    const int number = m_rows[index.row()].lessonNumber;
    for (const QCborMap &e : m_entries) {
        if (weekdayOf(e) == weekday && numberOf(e) == number)
            list.append(e);
    }
    return list;
}

QString ScheduleWeekModel::entryText(const QCborMap &e) const
{
    QString subject = e.value(QStringLiteral("subjectName")).toString();
    const QString subgroup = e.value(QStringLiteral("subgroupName")).toString();
    if (!subgroup.isEmpty())
        subject = tr("%1 (%2)").arg(subject, subgroup);
    const QString room = e.value(QStringLiteral("room")).toString();
    const QString roomText = room.isEmpty() ? QString() : tr("room %1").arg(room);
    const QString className = e.value(QStringLiteral("className")).toString();
    const QString teacher = e.value(QStringLiteral("teacherName")).toString();
    QStringList second;
    switch (m_view) {
    case View::Class:
        second = {teacher, roomText};
        break;
    case View::Teacher:
        subject = className + QStringLiteral(" · ") + subject;
        second = {roomText};
        break;
    case View::Room:
        subject = className + QStringLiteral(" · ") + subject;
        second = {teacher};
        break;
    }
    second.removeAll(QString());
    return second.isEmpty() ? subject : subject + QLatin1Char('\n') + second.join(QStringLiteral(", "));
}

QString ScheduleWeekModel::entryDetails(const QCborMap &e) const
{
    const QLocale locale;
    QString text = tr("%1, %2, %3").arg(e.value(QStringLiteral("className")).toString(),
                                        e.value(QStringLiteral("subjectName")).toString(),
                                        e.value(QStringLiteral("teacherName")).toString());
    text += QLatin1Char('\n') + tr("from %1").arg(locale.toString(wire::date(e.value(QStringLiteral("validFrom"))), QLocale::ShortFormat));
    const QDate to = wire::date(e.value(QStringLiteral("validTo")));
    if (to.isValid())
        text += QLatin1Char(' ') + tr("until %1").arg(locale.toString(to.addDays(-1), QLocale::ShortFormat));
    return text;
}

int ScheduleWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weekDays;
}

QVariant ScheduleWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QStringList parts;
        for (const QCborValue &v : entriesAt(index))
            parts.append(role == Qt::DisplayRole ? entryText(v.toMap()) : entryDetails(v.toMap()));
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QStringLiteral("\n\n")));
    }
    case EntriesRole:
        return QVariant::fromValue(entriesAt(index));
    case WeekdayRole:
        return index.column() + 1;
    case LessonNumberRole:
        return m_rows[index.row()].lessonNumber;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant ScheduleWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_weekDays ? QVariant(SchoolText::weekday(section + 1)) : QVariant();
    if (section < 0 || section >= m_rows.size())
        return {};
    const Slot &slot = m_rows[section];
    if (!slot.startsAt.isValid())
        return tr("Lesson %1").arg(slot.lessonNumber);
    return tr("Lesson %1\n%2–%3").arg(slot.lessonNumber).arg(wire::timeText(slot.startsAt), wire::timeText(slot.endsAt));
}

} // namespace cj::client
