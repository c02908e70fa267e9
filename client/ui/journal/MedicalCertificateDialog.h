#pragma once

#include <QDialog>
#include <QMap>

#include "core/journal/JournalCell.h"

class QComboBox;
class QDateEdit;

namespace cj::client {

// «Справка»: one document gives the reason for every absence of a student over several days
// (journal.setAbsenceReason with from/to), all subjects at once.
class MedicalCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    MedicalCertificateDialog(const QMap<QString, qint64> &students, const QDate &around, QWidget *parent = nullptr);

    qint64 studentId() const;
    QDate from() const;
    QDate to() const;
    AbsenceReason reason() const;

private:
    QComboBox *m_student;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_reason;
};

} // namespace cj::client
