#pragma once

#include "ui/common/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace cj::client {

class DateEdit;

// A new academic year (with the customary quarters, halves and holidays filled in from the dates),
// or the name, dates and week of an existing one.
class YearDialog : public FormDialog
{
    Q_OBJECT
public:
    // year empty: create a new one.
    YearDialog(Session *session, const QCborMap &year, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_id;
    QLineEdit *m_name;
    DateEdit *m_startsOn;
    DateEdit *m_endsOn;
    QComboBox *m_weekDays;
    QCheckBox *m_standard = nullptr;
};

} // namespace cj::client
