#pragma once

#include <QCborArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace cj::client {

class ClassComboBox;
class DateEdit;
class FieldErrors;
class ScheduleWeekModel;
class Session;
class TeacherComboBox;
class YearComboBox;

// Расписание: the week of a class, a teacher or a room — lesson numbers with bell times down,
// weekdays across. In a class's week a slot is edited by double-clicking it.
class ScheduleScreen : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new ScheduleScreen(session, parent); }

    ScheduleWeekModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    // Opens the slot editor for a cell of a class's week.
    void editSlot(const QModelIndex &index);

private:
    void viewChanged();
    void yearChanged();
    QDate monday() const;

    Session *m_session;
    YearComboBox *m_year;
    QComboBox *m_kind;
    ClassComboBox *m_class;
    TeacherComboBox *m_teacher;
    QComboBox *m_room;
    DateEdit *m_week;
    ScheduleWeekModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
    FieldErrors *m_errors;
    QCborArray m_bellSchedules;
};

} // namespace cj::client
