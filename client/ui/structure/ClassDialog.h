#pragma once

#include "ui/common/FormDialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cj::client {

class RecordComboBox;
class TeacherComboBox;

// A class of the year: grade and letter (fixed once created), class teacher, room, whether it
// reports by quarters or halves, and its bell schedule.
class ClassDialog : public FormDialog
{
    Q_OBJECT
public:
    // schoolClass empty: a new class of year `yearId`.
    ClassDialog(Session *session, qint64 yearId, const QCborMap &schoolClass, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_yearId;
    qint64 m_id;
    QSpinBox *m_grade;
    QLineEdit *m_letter;
    TeacherComboBox *m_teacher;
    QLineEdit *m_room;
    QComboBox *m_scheme;
    RecordComboBox *m_bells;
};

} // namespace cj::client
