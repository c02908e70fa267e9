#pragma once

#include "ui/common/ListScreen.h"

namespace cj::client {

class ClassComboBox;
class YearComboBox;

// Движение учащихся: every enrolment, transfer and leaving of the year, with dates and orders.
class MovementsScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit MovementsScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new MovementsScreen(session, parent); }

    void reload() override;

private:
    YearComboBox *m_year;
    ClassComboBox *m_class;
};

} // namespace cj::client
