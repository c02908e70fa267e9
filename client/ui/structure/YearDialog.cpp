#include "ui/structure/YearDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include "core/Session.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

using protocol::MessageType;

YearDialog::YearDialog(Session *session, const QCborMap &year, QWidget *parent)
    : FormDialog(session, year.isEmpty() ? tr("New academic year") : tr("Academic year %1").arg(year.value(QStringLiteral("name")).toString()), parent)
    , m_id(protocol::intOr(year.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("yearDialog"));
    // A new year by default: the one starting next 1 September (or this one, before June).
    const QDate today = session->serverToday().isValid() ? session->serverToday() : QDate::currentDate();
    const int startYear = today.month() >= 6 ? today.year() : today.year() - 1;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. 2025/2026"));
    m_startsOn = new DateEdit(this);
    m_startsOn->setObjectName(QStringLiteral("startsOnEdit"));
    m_endsOn = new DateEdit(this);
    m_endsOn->setObjectName(QStringLiteral("endsOnEdit"));
    m_weekDays = new QComboBox(this);
    m_weekDays->setObjectName(QStringLiteral("weekDaysCombo"));
    m_weekDays->addItem(tr("5-day week (Monday to Friday)"), 5);
    m_weekDays->addItem(tr("6-day week (Monday to Saturday)"), 6);

    if (year.isEmpty()) {
        m_name->setText(QStringLiteral("%1/%2").arg(startYear).arg(startYear + 1));
        m_startsOn->setDate(QDate(startYear, 9, 1));
        m_endsOn->setDate(QDate(startYear + 1, 5, 26));
    } else {
        m_name->setText(year.value(QStringLiteral("name")).toString());
        m_startsOn->setDate(wire::date(year.value(QStringLiteral("startsOn"))));
        m_endsOn->setDate(wire::date(year.value(QStringLiteral("endsOn"))));
        m_weekDays->setCurrentIndex(m_weekDays->findData(int(protocol::intOr(year.value(QStringLiteral("weekDays")), 5))));
    }
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&First day:"), m_startsOn);
    form()->addRow(tr("&Last day:"), m_endsOn);
    form()->addRow(tr("&Week:"), m_weekDays);
    if (year.isEmpty()) {
        m_standard = new QCheckBox(tr("Fill in quarters, halves and holidays as usual"), this);
        m_standard->setObjectName(QStringLiteral("standardCheck"));
        m_standard->setChecked(true);
        form()->addRow(QString(), m_standard);
        addNote(tr("From the dates of the year, as Russian schools customarily have them; adjust them afterwards on the year's tabs."));
        okButton()->setText(tr("Create"));
    } else {
        addNote(tr("Periods and holidays must stay inside the year's dates."));
    }
    errors()->bind(QStringLiteral("name"), m_name);
    errors()->bind(QStringLiteral("startsOn"), m_startsOn);
    errors()->bind(QStringLiteral("endsOn"), m_endsOn);
    errors()->bind(QStringLiteral("weekDays"), m_weekDays);
}

void YearDialog::submit()
{
    if (!require(m_name, tr("Enter the name of the year, e.g. 2025/2026.")))
        return;
    if (m_startsOn->date() >= m_endsOn->date())
        return errors()->showAt(m_endsOn, tr("The last day must come after the first day."));
    QCborMap args{{QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("startsOn"), protocol::dateToWire(m_startsOn->date())},
                  {QStringLiteral("endsOn"), protocol::dateToWire(m_endsOn->date())},
                  {QStringLiteral("weekDays"), m_weekDays->currentData().toInt()}};
    if (m_id) {
        args.insert(QStringLiteral("id"), m_id);
        send(MessageType::YearsUpdate, args);
    } else {
        args.insert(QStringLiteral("template"), m_standard->isChecked() ? QStringLiteral("standard") : QStringLiteral("empty"));
        send(MessageType::YearsCreate, args);
    }
}

} // namespace cj::client
