#pragma once

#include "ui/common/ListScreen.h"

class QComboBox;

namespace cj::client {

class DateEdit;
class RecordComboBox;

// Журнал входов: every sign-in attempt, newest first, by person, outcome and dates; printable.
class LoginLogScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit LoginLogScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new LoginLogScreen(session, parent); }

    void reload() override;

private:
    RecordComboBox *m_user;
    QComboBox *m_outcome;
    DateEdit *m_from;
    DateEdit *m_to;
};

} // namespace cj::client
