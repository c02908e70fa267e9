#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace cj::client {

class JournalPagesModel;
class Session;

// Where journal pages are opened from. «Мои классы»: the teacher's own assignments and the lessons
// they substitute; «Мой класс»: every subject of the class teacher's class; «Журналы классов»
// (deputy, director, admin): any class, then a subject. Enter or a double click opens the page.
class JournalPagesScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { MyClasses, MyClass, AnyClass };

    JournalPagesScreen(Session *session, Mode mode, QWidget *parent = nullptr);
    JournalPagesModel *model() const { return m_model; }

    // Opens a journal page in the main window (or as a window of its own outside one).
    static void openPage(QWidget *from, Session *session, qint64 assignmentId, const QString &title);

private:
    void load();
    void loadClass(qint64 classId);
    void openCurrent();

    Session *m_session;
    Mode m_mode;
    JournalPagesModel *m_model;
    QComboBox *m_classes = nullptr;
    QListView *m_list;
    QLabel *m_message;
};

} // namespace cj::client
