#pragma once

#include "ui/common/FormDialog.h"

class QLineEdit;

namespace cj::client {

class TeacherComboBox;

// Замещение: another teacher gives this lesson and may fill it in the journal; the reason is kept
// in the register of substitutions.
class SubstitutionDialog : public FormDialog
{
    Q_OBJECT
public:
    SubstitutionDialog(Session *session, const QCborMap &lesson, qint64 yearId, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_lessonId;
    TeacherComboBox *m_teacher;
    QLineEdit *m_reason;
};

} // namespace cj::client
