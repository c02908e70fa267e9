#include "ui/structure/HolidaysPanel.h"

#include <QAction>
#include <QLocale>

#include "core/WireValue.h"
#include "core/models/HolidaysModel.h"
#include "protocol/ArgReader.h"
#include "ui/Feedback.h"
#include "ui/structure/HolidayDialog.h"

namespace cj::client {

HolidaysPanel::HolidaysPanel(Session *session, QWidget *parent)
    : ListScreen(session, new HolidaysModel, QStringLiteral("holidays"), parent)
{
    const bool editable = permissions().editStructure();
    addAction(tr("Add holidays…"), QStringLiteral("addHolidayAction"), Needs::Nothing, [this] { edit({}); })->setVisible(editable);
    QAction *editAction = addAction(tr("Edit…"), QStringLiteral("editHolidayAction"), Needs::OneRecord, [this] { edit(current()); });
    editAction->setVisible(editable);
    setDefaultAction(editAction);
    addAction(tr("Delete"), QStringLiteral("deleteHolidayAction"), Needs::OneRecord, [this] {
        const QCborMap holiday = current();
        if (!feedback::confirm(this, tr("Delete holidays"),
                               tr("Delete «%1»?").arg(holiday.value(QStringLiteral("name")).toString())))
            return;
        change(protocol::MessageType::HolidaysDelete, QCborMap{{QStringLiteral("id"), holiday.value(QStringLiteral("id"))}},
               [this](const QCborMap &year) { Q_EMIT yearChanged(year); }, tr("Delete holidays"));
    })->setVisible(editable);
}

void HolidaysPanel::setYear(const QCborMap &year)
{
    m_yearId = protocol::intOr(year.value(QStringLiteral("id")));
    model()->setRecords(year.value(QStringLiteral("holidays")).toArray());
    Q_EMIT model()->loaded();
}

void HolidaysPanel::edit(const QCborMap &holiday)
{
    HolidayDialog dialog(session(), m_yearId, holiday, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT yearChanged(dialog.result());
}

} // namespace cj::client
