#pragma once

#include "ui/common/ListScreen.h"

namespace cj::client {

// Открытые сеансы: who is signed in from which computer; the administrator may end a session
// (the person is signed out at once and has to sign in again).
class SessionsScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit SessionsScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new SessionsScreen(session, parent); }
};

} // namespace cj::client
