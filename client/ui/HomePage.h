#pragma once

#include <QWidget>

class QLabel;

namespace cj::client {

class Session;

// The first tab: who you are, your school, and what you can open from here.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(Session *session, QWidget *parent = nullptr);

private:
    void refresh();

    Session *m_session;
    QLabel *m_greeting;
};

} // namespace cj::client
