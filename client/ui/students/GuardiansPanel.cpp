#include "ui/students/GuardiansPanel.h"

#include <QAction>

#include "core/Session.h"
#include "core/models/GuardiansModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/accounts/ActivationBatch.h"
#include "ui/students/GuardianDialog.h"

namespace cj::client {

using protocol::MessageType;

GuardiansPanel::GuardiansPanel(Session *session, const QCborMap &student, QWidget *parent)
    : ListScreen(session, new GuardiansModel, QStringLiteral("guardians"), parent)
    , m_studentId(protocol::intOr(student.value(QStringLiteral("id"))))
    , m_note(tr("parent of %1, %2").arg(student.value(QStringLiteral("fullName")).toString(),
                                        student.value(QStringLiteral("className")).toString()))
{
    model()->setSource(session->connection(), MessageType::StudentsGet, QStringLiteral("guardians"));
    model()->setArgs(QCborMap{{QStringLiteral("id"), m_studentId}});
    const qint64 classId = protocol::intOr(student.value(QStringLiteral("classId")));
    const bool editable = permissions().editStudents(classId);
    addAction(tr("Add…"), QStringLiteral("addGuardianAction"), Needs::Nothing, [this] { edit({}); })->setVisible(editable);
    QAction *change = addAction(tr("Edit…"), QStringLiteral("editGuardianAction"), Needs::OneRecord, [this] { edit(current()); });
    change->setVisible(editable);
    setDefaultAction(change);
    addAction(tr("Remove from the card"), QStringLiteral("removeGuardianAction"), Needs::OneRecord, [this] {
        const QCborMap g = current();
        if (feedback::confirm(this, tr("Remove the legal representative"),
                              tr("Remove %1 from the student's card?").arg(g.value(QStringLiteral("fullName")).toString())))
            this->change(MessageType::GuardiansRemove, QCborMap{{QStringLiteral("studentId"), m_studentId},
                                                                {QStringLiteral("guardianId"), g.value(QStringLiteral("id"))}});
    })->setVisible(editable);
    addAction(tr("Parent account and slip…"), QStringLiteral("guardianAccountAction"), Needs::OneRecord, [this] {
        auto *batch = new ActivationBatch(this->session(), this);
        batch->add(MessageType::AccountsCreateForGuardian, QCborMap{{QStringLiteral("guardianId"), current().value(QStringLiteral("id"))}},
                   current().value(QStringLiteral("fullName")).toString(), m_note);
        batch->presentWhenDone(this, [this] { reload(); });
        batch->run();
    })->setVisible(permissions().createStudentAccounts(classId));
    reload();
}

void GuardiansPanel::edit(const QCborMap &guardian)
{
    GuardianDialog dialog(session(), m_studentId, guardian, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace cj::client
