#pragma once

#include "ui/common/RecordComboBox.h"

namespace cj::client {

class Session;

// The school's teachers to choose from. The administration lists every teacher account; others
// (the deputy building the timetable) see the teachers who have a teaching load in the year.
class TeacherComboBox : public RecordComboBox
{
    Q_OBJECT
public:
    explicit TeacherComboBox(Session *session, QWidget *parent = nullptr);

    // The year matters only for teachers taken from the teaching load.
    void setYear(qint64 yearId);

private:
    Session *m_session;
    bool m_fromAccounts;
};

} // namespace cj::client
