#include "ui/structure/ClassesScreen.h"

#include <QAction>

#include "core/Session.h"
#include "core/models/ClassesModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/common/FilterBar.h"
#include "ui/common/YearComboBox.h"
#include "ui/structure/ClassDialog.h"

namespace cj::client {

using protocol::MessageType;

ClassesScreen::ClassesScreen(Session *session, QWidget *parent)
    : ListScreen(session, new ClassesModel, MessageType::ClassesList, QStringLiteral("classes"), parent)
{
    const bool editable = permissions().editStructure();
    addAction(tr("New class…"), QStringLiteral("newClassAction"), Needs::Nothing, [this] { edit({}); })->setVisible(editable);
    QAction *change = addAction(tr("Edit…"), QStringLiteral("editClassAction"), Needs::OneRecord, [this] { edit(current()); });
    change->setVisible(editable);
    setDefaultAction(change);
    addAction(tr("Delete"), QStringLiteral("deleteClassAction"), Needs::OneRecord, [this] {
        const QCborMap c = current();
        if (feedback::confirm(this, tr("Delete the class"),
                              tr("Delete class %1? Only a class that never had students or lessons can be deleted.")
                                  .arg(c.value(QStringLiteral("name")).toString())))
            this->change(MessageType::ClassesDelete, QCborMap{{QStringLiteral("id"), c.value(QStringLiteral("id"))}}, {},
                         tr("Delete the class"));
    })->setVisible(editable);
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });

    m_year = filters()->addYear();
    addSearch(tr("Find a class or teacher"));
    connect(m_year, &RecordComboBox::currentIdChanged, this, &ClassesScreen::reload);
}

void ClassesScreen::reload()
{
    const qint64 yearId = m_year->currentId();
    if (!yearId)
        return;
    model()->setArgs(QCborMap{{QStringLiteral("yearId"), yearId}});
    ListScreen::reload();
    lookUpNames(MessageType::BellsList, QCborMap{{QStringLiteral("yearId"), yearId}}, QStringLiteral("schedules"),
                QStringLiteral("bellScheduleId"));
}

void ClassesScreen::edit(const QCborMap &schoolClass)
{
    if (!m_year->ensureChosen())
        return;
    ClassDialog dialog(session(), m_year->currentId(), schoolClass, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace cj::client
