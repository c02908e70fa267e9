#pragma once

#include <QMenu>

namespace cj::client {

class MainWindow;
class Session;

// «Отчёты»: every printable document the signed-in person may make, grouped as schools think of
// them (the journal, statements, the class's period, the school, registers), and the charts. Built
// when opened, so it follows whoever is signed in.
class ReportsMenu : public QMenu
{
    Q_OBJECT
public:
    ReportsMenu(Session *session, MainWindow *window);

private:
    void rebuild();

    Session *m_session;
    MainWindow *m_window;
};

} // namespace cj::client
