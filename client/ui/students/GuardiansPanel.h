#pragma once

#include "ui/common/ListScreen.h"

namespace cj::client {

// The legal representatives on a student's card, each change saved at once; and the parent's
// account with its activation slip.
class GuardiansPanel : public ListScreen
{
    Q_OBJECT
public:
    GuardiansPanel(Session *session, const QCborMap &student, QWidget *parent = nullptr);

private:
    void edit(const QCborMap &guardian);

    qint64 m_studentId;
    QString m_note; // «родитель ученика …» on the slip
};

} // namespace cj::client
