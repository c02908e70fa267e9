#pragma once

#include "ui/common/FormDialog.h"

namespace cj::client {

class ClassComboBox;
class DateEdit;

// Lessons on the calendar from the weekly schedule, between two dates, for one class or all,
// skipping weekends and holidays. Running it again creates nothing twice.
class GenerateLessonsDialog : public FormDialog
{
    Q_OBJECT
public:
    GenerateLessonsDialog(Session *session, const QCborMap &year, qint64 classId, QWidget *parent = nullptr);

    // What happened, in words, after a successful run.
    QString summary() const;

protected:
    void submit() override;

private:
    ClassComboBox *m_class;
    DateEdit *m_from;
    DateEdit *m_to;
};

} // namespace cj::client
