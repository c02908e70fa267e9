#include "ui/structure/SubjectsScreen.h"

#include <QAction>
#include <QCheckBox>

#include "core/Session.h"
#include "core/models/SubjectsModel.h"
#include "ui/structure/SubjectDialog.h"
#include "ui/common/FilterBar.h"

namespace cj::client {

using protocol::MessageType;

SubjectsScreen::SubjectsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new SubjectsModel, MessageType::SubjectsList, QStringLiteral("subjects"), parent)
{
    const bool editable = permissions().editStructure();
    addAction(tr("New subject…"), QStringLiteral("newSubjectAction"), Needs::Nothing, [this] { edit({}); })->setVisible(editable);
    QAction *change = addAction(tr("Edit…"), QStringLiteral("editSubjectAction"), Needs::OneRecord, [this] { edit(current()); });
    change->setVisible(editable);
    setDefaultAction(change);
    m_archive = addAction(tr("To archive"), QStringLiteral("archiveSubjectAction"), Needs::OneRecord, [this] {
        const QCborMap s = current();
        this->change(MessageType::SubjectsUpdate,
                     QCborMap{{QStringLiteral("id"), s.value(QStringLiteral("id"))},
                              {QStringLiteral("archived"), !s.value(QStringLiteral("archived")).toBool()}});
    });
    m_archive->setVisible(editable);
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_showArchived = new QCheckBox(tr("Show archived subjects"), this);
    filters()->add(m_showArchived);
    addSearch(tr("Find a subject"));
    connect(m_showArchived, &QCheckBox::toggled, this, &SubjectsScreen::reload);
    reload();
}

void SubjectsScreen::reload()
{
    model()->setArgs(QCborMap{{QStringLiteral("includeArchived"), m_showArchived->isChecked()}});
    ListScreen::reload();
}

void SubjectsScreen::updateActions()
{
    ListScreen::updateActions();
    m_archive->setText(current().value(QStringLiteral("archived")).toBool() ? tr("Back from archive") : tr("To archive"));
}

void SubjectsScreen::edit(const QCborMap &subject)
{
    SubjectDialog dialog(session(), subject, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace cj::client
