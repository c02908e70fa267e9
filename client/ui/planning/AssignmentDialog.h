#pragma once

#include "ui/common/FormDialog.h"

class QDoubleSpinBox;

namespace cj::client {

class ClassComboBox;
class RecordComboBox;
class TeacherComboBox;

// One line of the teaching load (распределение нагрузки): who teaches a subject to a class or to
// one of its subgroups, and how many hours a week. The hours start from the curriculum.
class AssignmentDialog : public FormDialog
{
    Q_OBJECT
public:
    AssignmentDialog(Session *session, qint64 yearId, qint64 classId, const QCborMap &assignment, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    void classChanged();
    void suggestHours();

    qint64 m_id;
    ClassComboBox *m_class;
    RecordComboBox *m_subject;
    RecordComboBox *m_subgroup;
    TeacherComboBox *m_teacher;
    QDoubleSpinBox *m_hours;
    QCborArray m_curriculum; // the class's curriculum items, for the suggested hours
};

} // namespace cj::client
