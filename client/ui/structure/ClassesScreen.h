#pragma once

#include "ui/common/ListScreen.h"

namespace cj::client {

class YearComboBox;

// Классы: the classes of a year with their class teachers, rooms, periods and bells.
class ClassesScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit ClassesScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new ClassesScreen(session, parent); }

    void reload() override;

private:
    void edit(const QCborMap &schoolClass);

    YearComboBox *m_year;
};

} // namespace cj::client
