#pragma once

#include "ui/common/FormDialog.h"

class QLineEdit;

namespace cj::client {

class ClassComboBox;
class DateEdit;

// Движение учащихся for one student, each by an order (приказ) with its number: a transfer to
// another class, leaving the school (выбытие), or coming back. Marks before the date stay where
// they were.
class MovementDialog : public FormDialog
{
    Q_OBJECT
public:
    enum class Kind { Transfer, Leaving, Return };

    MovementDialog(Session *session, Kind kind, const QCborMap &student, qint64 yearId, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    Kind m_kind;
    qint64 m_studentId;
    ClassComboBox *m_class = nullptr;
    DateEdit *m_onDate;
    QLineEdit *m_order;
    DateEdit *m_orderDate;
    QLineEdit *m_counterpart = nullptr;
    QLineEdit *m_reason;
};

} // namespace cj::client
