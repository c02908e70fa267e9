#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QTime>

namespace cj::client {

// A week of the timetable (schedule.list) as a grid: lesson numbers with their bell times (rows) ×
// weekdays (columns). Seen for a class, a teacher or a room, a cell names what the other two are.
// Subgroups of a class may share a slot, so a cell holds a list of entries.
class ScheduleWeekModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class View { Class, Teacher, Room };
    enum DataRole { EntriesRole = Qt::UserRole + 1, WeekdayRole, LessonNumberRole };

    explicit ScheduleWeekModel(QObject *parent = nullptr);

    void setView(View view);
    View view() const { return m_view; }
    void setWeekDays(int days);                 // 5 or 6
    void setBells(const QCborArray &bells);     // [{lessonNumber, startsAt, endsAt}]
    void setEntries(const QCborArray &entries); // [ScheduleEntry]
    QCborArray entriesAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Slot {
        int lessonNumber;
        QTime startsAt;
        QTime endsAt;
    };
    void rebuildRows();
    QString entryText(const QCborMap &entry) const;
    QString entryDetails(const QCborMap &entry) const;

    View m_view = View::Class;
    int m_weekDays = 5;
    QCborArray m_bells;
    QList<Slot> m_rows;
    QList<QCborMap> m_entries;
};

} // namespace cj::client
