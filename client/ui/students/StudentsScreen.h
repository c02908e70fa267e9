#pragma once

#include "ui/common/ListScreen.h"
#include "ui/students/MovementDialog.h"

class QCheckBox;
class QMenu;

namespace cj::client {

class ClassComboBox;
class YearComboBox;

// Ученики: the students of a class (or of the school), leavers greyed; the personal card, enrolment,
// transfer, leaving and return; students' and parents' accounts with their activation slips.
class StudentsScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit StudentsScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new StudentsScreen(session, parent); }

    void reload() override;

protected:
    void updateActions() override;

private:
    void enrol();
    void openCard();
    void move(MovementDialog::Kind kind);
    void issueForStudent();
    void issueForClass(bool parents);

    YearComboBox *m_year;
    ClassComboBox *m_class;
    QCheckBox *m_showLeft;
    QAction *m_studentAccount = nullptr;
    QAction *m_classStudents = nullptr;
    QAction *m_classParents = nullptr;
};

} // namespace cj::client
