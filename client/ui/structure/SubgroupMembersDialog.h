#pragma once

#include "ui/common/FormDialog.h"

namespace cj::client {

class NamesModel;

// Who is in a subgroup: the class's students with check boxes. Ticking a student moves them into
// this subgroup (out of the other subgroups of the subject) from the start of the next period; the
// server says from which date.
class SubgroupMembersDialog : public FormDialog
{
    Q_OBJECT
public:
    SubgroupMembersDialog(Session *session, const QCborMap &subgroup, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    qint64 m_subgroupId;
    QList<qint64> m_members;
    NamesModel *m_students;
};

} // namespace cj::client
