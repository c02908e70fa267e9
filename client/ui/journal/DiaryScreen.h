#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace cj::client {

class DiaryModel;
class Session;

// «Дневник»: a student's week — lessons with topics, homework, marks and absences — for the
// student, their parents, and staff who look at one student. Weeks go back and forth.
class DiaryScreen : public QWidget
{
    Q_OBJECT
public:
    // studentId 0: the signed-in student (or the parent's first child).
    explicit DiaryScreen(Session *session, qint64 studentId = 0, QWidget *parent = nullptr);
    DiaryModel *model() const { return m_model; }
    void showWeek(const QDate &anyDay);

private:
    void load();

    Session *m_session;
    qint64 m_studentId;
    QDate m_monday;
    DiaryModel *m_model;
    QComboBox *m_children = nullptr;
    QLabel *m_title;
    QLabel *m_week;
    QLabel *m_finals;
    QTableView *m_view;
};

} // namespace cj::client
