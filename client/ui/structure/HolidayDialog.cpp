#include "ui/structure/HolidayDialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>

#include "core/WireValue.h"
#include "protocol/ArgReader.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

HolidayDialog::HolidayDialog(Session *session, qint64 yearId, const QCborMap &holiday, QWidget *parent)
    : FormDialog(session, holiday.isEmpty() ? tr("New holidays") : tr("Holidays"), parent)
    , m_yearId(yearId)
    , m_id(protocol::intOr(holiday.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("holidayDialog"));
    m_name = new QLineEdit(holiday.value(QStringLiteral("name")).toString(), this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Autumn holidays"));
    m_startsOn = new DateEdit(this);
    m_endsOn = new DateEdit(this);
    if (!holiday.isEmpty()) {
        m_startsOn->setDate(wire::date(holiday.value(QStringLiteral("startsOn"))));
        m_endsOn->setDate(wire::date(holiday.value(QStringLiteral("endsOn"))));
    }
    m_everyone = new QCheckBox(tr("The whole school"), this);
    auto *gradesBox = new QWidget(this);
    auto *grid = new QGridLayout(gradesBox);
    grid->setContentsMargins(0, 0, 0, 0);
    QList<qint64> chosen;
    for (const QCborValue &g : holiday.value(QStringLiteral("grades")).toArray())
        chosen.append(protocol::intOr(g));
    for (int grade = 1; grade <= 11; ++grade) {
        auto *box = new QCheckBox(tr("grade %1").arg(grade), gradesBox);
        box->setChecked(chosen.contains(grade));
        grid->addWidget(box, (grade - 1) / 6, (grade - 1) % 6);
        m_grades.append(box);
    }
    m_everyone->setChecked(chosen.isEmpty());
    gradesBox->setEnabled(!chosen.isEmpty());
    connect(m_everyone, &QCheckBox::toggled, gradesBox, [gradesBox](bool all) { gradesBox->setEnabled(!all); });

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&First day:"), m_startsOn);
    form()->addRow(tr("&Last day:"), m_endsOn);
    form()->addRow(tr("For:"), m_everyone);
    form()->addRow(QString(), gradesBox);
    addNote(tr("Holidays last at least 7 days. No lessons are generated on these days."));
    errors()->bind(QStringLiteral("name"), m_name);
    errors()->bind(QStringLiteral("startsOn"), m_startsOn);
    errors()->bind(QStringLiteral("endsOn"), m_endsOn);
    errors()->bind(QStringLiteral("grades"), gradesBox);
}

void HolidayDialog::submit()
{
    if (!require(m_name, tr("Enter the name of the holidays.")))
        return;
    if (m_startsOn->date() > m_endsOn->date())
        return errors()->showAt(m_endsOn, tr("The last day must not come before the first day."));
    QCborArray grades;
    if (!m_everyone->isChecked()) {
        for (int i = 0; i < m_grades.size(); ++i) {
            if (m_grades[i]->isChecked())
                grades.append(i + 1);
        }
        if (grades.isEmpty())
            return errors()->showAt(m_everyone, tr("Choose the grades the holidays are for."));
    }
    QCborMap args{{QStringLiteral("yearId"), m_yearId},
                  {QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("startsOn"), protocol::dateToWire(m_startsOn->date())},
                  {QStringLiteral("endsOn"), protocol::dateToWire(m_endsOn->date())},
                  {QStringLiteral("grades"), grades}};
    if (m_id)
        args.insert(QStringLiteral("id"), m_id);
    send(protocol::MessageType::HolidaysSave, args);
}

} // namespace cj::client
