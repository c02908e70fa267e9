#pragma once

#include "ui/common/ListScreen.h"

namespace cj::client {

class ClassComboBox;
class DateEdit;
class YearComboBox;

// Уроки: a class's lessons on the calendar between two dates — generated from the schedule, extra or
// moved — and their substitutions (замещение).
class LessonsScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit LessonsScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new LessonsScreen(session, parent); }

    void reload() override;

protected:
    void updateActions() override;

private:
    void generate();

    YearComboBox *m_year;
    ClassComboBox *m_class;
    DateEdit *m_from;
    DateEdit *m_to;
    QAction *m_unsubstitute = nullptr;
};

} // namespace cj::client
