#include "ui/students/GuardianDialog.h"

#include "protocol/ArgReader.h"
#include "ui/common/FieldSet.h"

namespace cj::client {

GuardianDialog::GuardianDialog(Session *session, qint64 studentId, const QCborMap &guardian, QWidget *parent)
    : FormDialog(session, guardian.isEmpty() ? tr("New legal representative") : tr("Legal representative"), parent)
    , m_studentId(studentId)
    , m_id(protocol::intOr(guardian.value(QStringLiteral("id"))))
    , m_fields(new FieldSet(form(), errors(), this))
{
    setObjectName(QStringLiteral("guardianDialog"));
    m_fields->addText(QStringLiteral("surname"), tr("&Surname:"), true);
    m_fields->addText(QStringLiteral("firstName"), tr("&First name:"), true);
    m_fields->addText(QStringLiteral("patronymic"), tr("&Patronymic:"));
    FieldSet::Choices relations;
    for (const QString &r : {tr("mother"), tr("father"), tr("guardian"), tr("trustee"), tr("grandmother"), tr("grandfather")})
        relations.append({r, r});
    m_fields->addChoice(QStringLiteral("relation"), tr("&Who to the child:"), relations, true);
    m_fields->addText(QStringLiteral("phone"), tr("P&hone:"), false, tr("+7 …"));
    m_fields->addText(QStringLiteral("email"), tr("&E-mail:"));
    m_fields->addText(QStringLiteral("address"), tr("&Address:"));
    m_fields->addText(QStringLiteral("workplace"), tr("&Workplace:"));
    if (!guardian.isEmpty())
        m_fields->setValues(guardian);
}

void GuardianDialog::submit()
{
    if (!m_fields->checkRequired())
        return;
    QCborMap args = m_fields->values();
    args.insert(QStringLiteral("studentId"), m_studentId);
    if (m_id)
        args.insert(QStringLiteral("id"), m_id);
    send(protocol::MessageType::GuardiansSave, args);
}

} // namespace cj::client
