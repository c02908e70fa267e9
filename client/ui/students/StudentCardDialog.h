#pragma once

#include "ui/common/FormDialog.h"

class QLineEdit;

namespace cj::client {

class ClassComboBox;
class DateEdit;
class FieldSet;

// A student's personal card (личная карточка). New: the card plus the enrolment (зачисление) — class,
// date, order. Existing: the card as far as this person may see it, the legal representatives, and
// the student's movement between classes.
class StudentCardDialog : public FormDialog
{
    Q_OBJECT
public:
    // A new student, enrolled into a class of year `yearId` (classId preselected).
    StudentCardDialog(Session *session, qint64 yearId, qint64 classId, QWidget *parent = nullptr);
    // The card of a student as students.get returned it.
    StudentCardDialog(Session *session, const QCborMap &student, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    void addCardFields();

    qint64 m_id = 0;
    FieldSet *m_fields;
    ClassComboBox *m_class = nullptr;
    DateEdit *m_enrolledOn = nullptr;
    QLineEdit *m_order = nullptr;
    DateEdit *m_orderDate = nullptr;
    QLineEdit *m_cameFrom = nullptr;
};

} // namespace cj::client
