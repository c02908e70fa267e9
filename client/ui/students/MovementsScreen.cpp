#include "ui/students/MovementsScreen.h"


#include "core/Session.h"
#include "core/models/MovementsModel.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/FilterBar.h"
#include "ui/common/YearComboBox.h"

namespace cj::client {

MovementsScreen::MovementsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new MovementsModel, protocol::MessageType::MovementsList, QStringLiteral("movements"), parent)
{
    addPrintAction(tr("Student movement"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });
    m_year = filters()->addYear();
    m_class = filters()->addClass(m_year, tr("All classes"));
    addSearch(tr("Find a student or order"));
    connect(m_class, &RecordComboBox::currentIdChanged, this, &MovementsScreen::reload);
}

void MovementsScreen::reload()
{
    const QCborMap year = m_year->currentRecord();
    if (year.isEmpty())
        return;
    QCborMap args{{QStringLiteral("from"), year.value(QStringLiteral("startsOn"))},
                  {QStringLiteral("to"), year.value(QStringLiteral("endsOn"))}};
    if (m_class->currentId())
        args.insert(QStringLiteral("classId"), m_class->currentId());
    model()->setArgs(args);
    ListScreen::reload();
}

} // namespace cj::client
