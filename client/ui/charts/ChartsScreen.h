#pragma once

#include <QCborArray>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace cj::client {

class AttendanceChart;
class MarkDynamicsChart;
class Session;
struct UserInfo;

// Where people would rather look than read (SPEC §4): a pupil's marks over time, per subject or all
// subjects, and a class's missed lessons by month.
class ChartsScreen : public QWidget
{
    Q_OBJECT
public:
    ChartsScreen(Session *session, QWidget *parent = nullptr);

    static bool availableTo(const UserInfo &user);
    MarkDynamicsChart *marksChart() const { return m_marksChart; }
    AttendanceChart *attendanceChart() const { return m_attendanceChart; }

Q_SIGNALS:
    void marksShown();
    void attendanceShown();

private:
    QWidget *marksTab();
    QWidget *attendanceTab();
    void loadClasses();
    void loadStudentsAndSubjects();
    void showMarks();
    void showAttendance();
    void showError(const QString &text);

    Session *m_session;
    QCborArray m_assignments;
    QComboBox *m_marksClass;
    QComboBox *m_student;
    QComboBox *m_subject;
    QDateEdit *m_marksFrom;
    QDateEdit *m_marksTo;
    MarkDynamicsChart *m_marksChart;
    QComboBox *m_attendanceClass;
    QDateEdit *m_attendanceFrom;
    QDateEdit *m_attendanceTo;
    AttendanceChart *m_attendanceChart;
    QLabel *m_error;
};

} // namespace cj::client
