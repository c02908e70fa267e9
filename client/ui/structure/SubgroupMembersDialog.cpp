#include "ui/structure/SubgroupMembersDialog.h"

#include <QFormLayout>
#include <QListView>
#include <QVBoxLayout>

#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/NamesModel.h"
#include "protocol/ArgReader.h"

namespace cj::client {

SubgroupMembersDialog::SubgroupMembersDialog(Session *session, const QCborMap &subgroup, QWidget *parent)
    : FormDialog(session, tr("Students of «%1» (%2)").arg(subgroup.value(QStringLiteral("name")).toString(),
                                                          subgroup.value(QStringLiteral("subjectName")).toString()), parent)
    , m_subgroupId(protocol::intOr(subgroup.value(QStringLiteral("id"))))
    , m_students(new NamesModel(this))
{
    setObjectName(QStringLiteral("subgroupMembersDialog"));
    for (const QCborValue &v : subgroup.value(QStringLiteral("members")).toArray()) {
        if (!wire::date(v.toMap().value(QStringLiteral("leftOn"))).isValid())
            m_members.append(protocol::intOr(v.toMap().value(QStringLiteral("studentId"))));
    }
    m_students->setCheckable(true);
    m_students->setSource(session->connection(), protocol::MessageType::StudentsList, QStringLiteral("students"));
    m_students->setArgs(QCborMap{{QStringLiteral("classId"), subgroup.value(QStringLiteral("classId"))}});
    connect(m_students, &NamesModel::loaded, this, [this] {
        for (qint64 id : std::as_const(m_members))
            m_students->setFixed(id);
    });
    m_students->reload();
    auto *list = new QListView(this);
    list->setObjectName(QStringLiteral("studentsList"));
    list->setModel(m_students);
    list->setMinimumHeight(320);
    addNote(tr("Tick the students to move into this subgroup (those already in it are ticked and greyed; to take a "
               "student out, move them into another subgroup). The move takes effect at the start of the next quarter "
               "(half); until then the marks stay in the old subgroup."));
    body()->addWidget(list, 1);
    okButton()->setText(tr("Move into the subgroup"));
}

void SubgroupMembersDialog::submit()
{
    QCborArray ids;
    for (qint64 id : m_students->checkedIds()) {
        if (!m_members.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return reject(); // nobody new: nothing to send
    send(protocol::MessageType::SubgroupsAssign,
         QCborMap{{QStringLiteral("subgroupId"), m_subgroupId}, {QStringLiteral("studentIds"), ids}});
}

} // namespace cj::client
