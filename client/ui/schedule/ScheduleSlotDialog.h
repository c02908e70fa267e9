#pragma once

#include "ui/common/FormDialog.h"

class QLineEdit;

namespace cj::client {

class DateEdit;
class RecordComboBox;

// One slot of a class's week (a weekday's lesson number): what is taught there from a date on.
// A new lesson may replace the one there (it ends on that date) or join it (another subgroup); a
// lesson may also be taken out from a date. Clashes are refused by the server with the reason.
class ScheduleSlotDialog : public FormDialog
{
    Q_OBJECT
public:
    ScheduleSlotDialog(Session *session, const QCborMap &schoolClass, int weekday, int lessonNumber,
                       const QCborArray &entries, const QDate &from, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    void removeEntry();

    int m_weekday;
    int m_lessonNumber;
    RecordComboBox *m_existing;
    RecordComboBox *m_assignment;
    QLineEdit *m_room;
    DateEdit *m_from;
};

} // namespace cj::client
