#pragma once

#include <QCborArray>

#include "ui/common/GridScreen.h"

class QComboBox;

namespace cj::client {

class ClassComboBox;
class DateEdit;
class ScheduleWeekModel;
class TeacherComboBox;
class YearComboBox;

// Расписание: the week of a class, a teacher or a room — lesson numbers with bell times down,
// weekdays across. In a class's week a slot is edited by double-clicking it.
class ScheduleScreen : public GridScreen
{
    Q_OBJECT
public:
    explicit ScheduleScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new ScheduleScreen(session, parent); }

    ScheduleWeekModel *model() const { return m_model; }
    void reload();
    // Opens the slot editor for a cell of a class's week.
    void editSlot(const QModelIndex &index);

private:
    void viewChanged();
    void yearChanged();
    QDate monday() const;

    YearComboBox *m_year;
    QComboBox *m_kind;
    ClassComboBox *m_class;
    TeacherComboBox *m_teacher;
    QComboBox *m_room;
    DateEdit *m_week;
    ScheduleWeekModel *m_model;
    QCborArray m_bellSchedules;
};

} // namespace cj::client
