#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace cj::client {

class LessonsModel;
class Session;

// The first tab: who you are and your school; for a teacher also today's lessons (their own and those
// they substitute), each opening its journal page — the staff room's way in at the morning bell.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(Session *session, QWidget *parent = nullptr);

private:
    void refresh();
    void openLesson(const QModelIndex &index);

    Session *m_session;
    QLabel *m_greeting;
    QLabel *m_lessonsTitle;
    QTableView *m_lessonsView;
    LessonsModel *m_lessons;
};

} // namespace cj::client
