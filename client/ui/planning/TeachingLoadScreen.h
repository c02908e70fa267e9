#pragma once

#include "ui/common/ListScreen.h"

class QLabel;

namespace cj::client {

class AssignmentProblemsModel;
class ClassComboBox;
class TeacherComboBox;
class YearComboBox;

// Нагрузка: who teaches what to which class or subgroup; and the check that every curriculum hour
// is assigned, with its problems listed.
class TeachingLoadScreen : public ListScreen
{
    Q_OBJECT
public:
    explicit TeachingLoadScreen(Session *session, QWidget *parent = nullptr);
    static QWidget *create(Session *session, QWidget *parent) { return new TeachingLoadScreen(session, parent); }

    void reload() override;
    AssignmentProblemsModel *problems() const { return m_problems; }

private:
    void edit(const QCborMap &assignment);
    void check();

    YearComboBox *m_year;
    ClassComboBox *m_class;
    TeacherComboBox *m_teacher;
    AssignmentProblemsModel *m_problems;
    QWidget *m_checkPanel;
    QLabel *m_verdict;
    RecordTable *m_problemsTable;
};

} // namespace cj::client
