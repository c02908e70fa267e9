#pragma once

#include "ui/common/FormDialog.h"

class QLineEdit;

namespace cj::client {

class RecordComboBox;

// A new subgroup (подгруппа) of a class for one subject, e.g. «1 группа» for English.
class SubgroupDialog : public FormDialog
{
    Q_OBJECT
public:
    SubgroupDialog(Session *session, const QCborMap &schoolClass, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_classId;
    RecordComboBox *m_subject;
    QLineEdit *m_name;
};

} // namespace cj::client
