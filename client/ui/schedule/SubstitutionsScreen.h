#pragma once

#include "ui/common/ListScreen.h"

namespace cj::client {

class DateEdit;
class TeacherComboBox;
class YearComboBox;

// Журнал замещения уроков: every substitution between two dates, for one teacher or all; printable.
class SubstitutionsScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit SubstitutionsScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new SubstitutionsScreen(session, parent); }

    void reload() override;

private:
    YearComboBox *m_year;
    TeacherComboBox *m_teacher;
    DateEdit *m_from;
    DateEdit *m_to;
};

} // namespace cj::client
