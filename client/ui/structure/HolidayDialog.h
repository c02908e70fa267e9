#pragma once

#include <QList>

#include "ui/common/FormDialog.h"

class QCheckBox;
class QLineEdit;

namespace cj::client {

class DateEdit;

// Holidays (каникулы) of a year: name and dates, for the whole school or only some grades (the extra
// February week of the first grade).
class HolidayDialog : public FormDialog
{
    Q_OBJECT
public:
    // holiday empty: a new one.
    HolidayDialog(Session *session, qint64 yearId, const QCborMap &holiday, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_yearId;
    qint64 m_id;
    QLineEdit *m_name;
    DateEdit *m_startsOn;
    DateEdit *m_endsOn;
    QCheckBox *m_everyone;
    QList<QCheckBox *> m_grades; // grade = index + 1
};

} // namespace cj::client
