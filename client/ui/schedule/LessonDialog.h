#pragma once

#include "ui/common/FormDialog.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace cj::client {

class DateEdit;
class RecordComboBox;

// A lesson outside the weekly schedule: an extra lesson, or a lesson moved from another day (the
// lesson of that day is then removed if the journal has nothing for it).
class LessonDialog : public FormDialog
{
    Q_OBJECT
public:
    LessonDialog(Session *session, const QCborMap &schoolClass, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    RecordComboBox *m_assignment;
    DateEdit *m_date;
    QSpinBox *m_number;
    QLineEdit *m_room;
    QCheckBox *m_moved;
    DateEdit *m_movedFrom;
};

} // namespace cj::client
