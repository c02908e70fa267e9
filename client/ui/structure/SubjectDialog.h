#pragma once

#include "ui/common/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cj::client {

// A subject: its name as the journal shows it, how it is graded (marks or зачёт/незачёт), and the
// longer window for marking written work in Russian language and literature.
class SubjectDialog : public FormDialog
{
    Q_OBJECT
public:
    SubjectDialog(Session *session, const QCborMap &subject, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_id;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_grading;
    QCheckBox *m_extended;
    QSpinBox *m_order;
};

} // namespace cj::client
