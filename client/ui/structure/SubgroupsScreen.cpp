#include "ui/structure/SubgroupsScreen.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "core/SchoolText.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/SubgroupMembersModel.h"
#include "core/models/SubgroupsModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/FilterBar.h"
#include "ui/common/RecordTable.h"
#include "ui/common/YearComboBox.h"
#include "ui/structure/SubgroupDialog.h"
#include "ui/structure/SubgroupMembersDialog.h"

namespace cj::client {

using protocol::MessageType;

SubgroupsScreen::SubgroupsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new SubgroupsModel, MessageType::SubgroupsList, QStringLiteral("subgroups"), parent)
    , m_members(new SubgroupMembersModel(this))
{
    const bool editable = permissions().editStructure();
    addAction(tr("New subgroup…"), QStringLiteral("newSubgroupAction"), Needs::Nothing, [this] {
        SubgroupDialog dialog(this->session(), m_class->currentRecord(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    })->setVisible(editable);
    m_assign = addAction(tr("Students…"), QStringLiteral("assignSubgroupAction"), Needs::OneRecord, [this] { editMembers(); });
    setDefaultAction(m_assign);
    addAction(tr("Delete"), QStringLiteral("deleteSubgroupAction"), Needs::OneRecord, [this] {
        const QCborMap s = current();
        if (feedback::confirm(this, tr("Delete the subgroup"),
                              tr("Delete the subgroup «%1»? Only a subgroup without lessons can be deleted.")
                                  .arg(s.value(QStringLiteral("name")).toString())))
            change(MessageType::SubgroupsDelete, QCborMap{{QStringLiteral("id"), s.value(QStringLiteral("id"))}}, {},
                   tr("Delete the subgroup"));
    })->setVisible(editable);
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_year = filters()->addYear();
    m_class = filters()->addClass(m_year);

    auto *panel = new QWidget(this);
    auto *membersTable = new RecordTable(QStringLiteral("subgroupMembers"), panel);
    membersTable->setRecordModel(m_members);
    m_effective = new QLabel(panel);
    m_effective->setObjectName(QStringLiteral("effectiveLabel"));
    m_effective->setWordWrap(true);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(new QLabel(tr("<b>Students of the subgroup</b>"), panel));
    panelLayout->addWidget(membersTable, 1);
    panelLayout->addWidget(m_effective);
    splitWith(panel, Qt::Horizontal);

    connect(m_class, &RecordComboBox::currentIdChanged, this, &SubgroupsScreen::reload);
    connect(table(), &RecordTable::selectionChangedTo, this, &SubgroupsScreen::showMembers);
}

void SubgroupsScreen::reload()
{
    if (!m_class->currentId())
        return;
    model()->setArgs(QCborMap{{QStringLiteral("classId"), m_class->currentId()}});
    ListScreen::reload();
    m_members->setRecords({});
}

void SubgroupsScreen::updateActions()
{
    ListScreen::updateActions();
    m_assign->setVisible(permissions().editSubgroupMembers(m_class->currentId()));
}

void SubgroupsScreen::showMembers(const QCborMap &subgroup)
{
    m_members->setRecords(subgroup.value(QStringLiteral("members")).toArray());
}

void SubgroupsScreen::editMembers()
{
    const qint64 id = currentId();
    SubgroupMembersDialog dialog(session(), current(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate from = wire::date(dialog.result().value(QStringLiteral("effectiveFrom")));
    QString text = tr("The move takes effect from %1 (the start of the next period); the history is kept.").arg(SchoolText::longDate(from));
    // Students in no subgroup of the subject yet are placed at once.
    for (const QCborValue &p : dialog.result().value(QStringLiteral("placements")).toArray()) {
        if (wire::date(p.toMap().value(QStringLiteral("effectiveFrom"))) != from) {
            text += QLatin1Char(' ') + tr("Students who were in no subgroup of this subject are in it from today.");
            break;
        }
    }
    m_effective->setText(text);
    reload();
    connect(model(), &RemoteListModel::loaded, this, [this, id] { table()->selectId(id); }, Qt::SingleShotConnection);
}

} // namespace cj::client
