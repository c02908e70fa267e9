#pragma once

#include "ui/common/FormDialog.h"

namespace cj::client {

class FieldSet;

// A legal representative (законный представитель) of a student: name, who they are to the child,
// contacts and workplace. Saved at once with guardians.save.
class GuardianDialog : public FormDialog
{
    Q_OBJECT
public:
    GuardianDialog(Session *session, qint64 studentId, const QCborMap &guardian, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_studentId;
    qint64 m_id;
    FieldSet *m_fields;
};

} // namespace cj::client
