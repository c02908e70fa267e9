#include "ui/students/MovementsScreen.h"

#include <QHBoxLayout>
#include <QLabel>

#include "core/Session.h"
#include "core/models/MovementsModel.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/YearComboBox.h"

namespace cj::client {

MovementsScreen::MovementsScreen(Session *session, QWidget *parent)
    : ListScreen(session, new MovementsModel, QStringLiteral("movements"), parent)
{
    model()->setSource(session->connection(), protocol::MessageType::MovementsList, QStringLiteral("movements"));
    addAction(tr("Refresh"), QStringLiteral("refreshAction"), Needs::Nothing, [this] { reload(); });
    m_year = new YearComboBox(session, this);
    m_class = new ClassComboBox(session, this);
    m_class->setNoneText(tr("All classes"));
    filters()->addWidget(new QLabel(tr("Academic year:"), this));
    filters()->addWidget(m_year);
    filters()->addSpacing(12);
    filters()->addWidget(new QLabel(tr("Class:"), this));
    filters()->addWidget(m_class);
    addSearch(tr("Find a student or order"));
    connect(m_year, &RecordComboBox::currentIdChanged, m_class, &ClassComboBox::setYear);
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
