#include "ui/structure/SubgroupDialog.h"

#include <QFormLayout>
#include <QLineEdit>

#include "core/Session.h"
#include "protocol/ArgReader.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/RecordComboBox.h"

namespace cj::client {

SubgroupDialog::SubgroupDialog(Session *session, const QCborMap &schoolClass, QWidget *parent)
    : FormDialog(session, tr("New subgroup of class %1").arg(schoolClass.value(QStringLiteral("name")).toString()), parent)
    , m_classId(protocol::intOr(schoolClass.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("subgroupDialog"));
    m_subject = new RecordComboBox(this);
    m_subject->setObjectName(QStringLiteral("subjectCombo"));
    m_subject->setSource(session->connection(), protocol::MessageType::SubjectsList, QStringLiteral("subjects"));
    m_subject->reload();
    m_name = new QLineEdit(tr("Group 1"), this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form()->addRow(tr("&Subject:"), m_subject);
    form()->addRow(tr("&Name:"), m_name);
    addNote(tr("Classes are usually split in two for foreign languages, technology, informatics and practical work. "
               "Put the students into the subgroups afterwards."));
    okButton()->setText(tr("Create"));
    errors()->bind(QStringLiteral("subjectId"), m_subject);
    errors()->bind(QStringLiteral("name"), m_name);
}

void SubgroupDialog::submit()
{
    if (!require(m_name, tr("Enter the name of the subgroup.")))
        return;
    if (!m_subject->currentId())
        return errors()->showAt(m_subject, tr("Choose the subject."));
    send(protocol::MessageType::SubgroupsCreate, QCborMap{{QStringLiteral("classId"), m_classId},
                                                          {QStringLiteral("subjectId"), m_subject->currentId()},
                                                          {QStringLiteral("name"), m_name->text().trimmed()}});
}

} // namespace cj::client
