#include "ui/students/StudentCardDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/Permissions.h"
#include "core/SchoolText.h"
#include "core/Session.h"
#include "core/WireValue.h"
#include "core/models/MovementsModel.h"
#include "protocol/ArgReader.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"
#include "ui/common/FieldSet.h"
#include "ui/common/RecordTable.h"
#include "ui/students/GuardiansPanel.h"

namespace cj::client {

using protocol::MessageType;

StudentCardDialog::StudentCardDialog(Session *session, qint64 yearId, qint64 classId, QWidget *parent)
    : FormDialog(session, tr("Enrolment of a student"), parent)
    , m_fields(new FieldSet(form(), errors(), this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    addCardFields();
    auto *heading = new QLabel(tr("<b>Enrolment</b>"), this);
    form()->addRow(heading);
    m_class = new ClassComboBox(session, this);
    m_class->setRememberKey({});
    m_class->setCurrentId(classId);
    m_class->setYear(yearId);
    m_enrolledOn = new DateEdit(this);
    m_enrolledOn->setObjectName(QStringLiteral("enrolledOnEdit"));
    m_enrolledOn->setDate(session->serverToday());
    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("orderNumberEdit"));
    m_order->setPlaceholderText(tr("e.g. 112-у"));
    m_orderDate = new DateEdit(this);
    m_orderDate->setOptional(true);
    m_orderDate->setDate({});
    m_cameFrom = new QLineEdit(this);
    m_cameFrom->setPlaceholderText(tr("school, town; empty for a first-grader"));
    form()->addRow(tr("To &class: *"), m_class);
    form()->addRow(tr("Enrolled &on: *"), m_enrolledOn);
    form()->addRow(tr("&Order No.: *"), m_order);
    form()->addRow(tr("Order &date:"), m_orderDate);
    form()->addRow(tr("Came &from:"), m_cameFrom);
    errors()->bind(QStringLiteral("classId"), m_class);
    errors()->bind(QStringLiteral("enrolledOn"), m_enrolledOn);
    errors()->bind(QStringLiteral("orderNumber"), m_order);
    errors()->bind(QStringLiteral("orderDate"), m_orderDate);
    errors()->bind(QStringLiteral("counterpart"), m_cameFrom);
    okButton()->setText(tr("Enrol"));
    setMinimumWidth(620);
}

StudentCardDialog::StudentCardDialog(Session *session, const QCborMap &student, QWidget *parent)
    : FormDialog(session, tr("Personal card: %1").arg(student.value(QStringLiteral("fullName")).toString()), parent)
    , m_id(protocol::intOr(student.value(QStringLiteral("id"))))
    , m_fields(new FieldSet(form(), errors(), this))
{
    setObjectName(QStringLiteral("studentCardDialog"));
    setMinimumWidth(620);
    addCardFields();
    m_fields->setValues(student);
    m_fields->hideAbsent(student);
    const qint64 classId = protocol::intOr(student.value(QStringLiteral("classId")));
    okButton()->setVisible(Permissions(session->user()).editStudents(classId));
    // Personal data the person may not see never came: then there is nothing more to show.
    if (!student.contains(QStringLiteral("guardians")) && !student.contains(QStringLiteral("movements")))
        return;
    QTabWidget *tabs = makeTabs(tr("Personal card"));
    if (student.contains(QStringLiteral("guardians")))
        tabs->addTab(new GuardiansPanel(session, student, this), tr("Legal representatives"));
    if (student.contains(QStringLiteral("movements"))) {
        auto *page = new QWidget(this);
        auto *movements = new MovementsModel(page);
        movements->setRecords(student.value(QStringLiteral("movements")).toArray());
        auto *table = new RecordTable(QStringLiteral("studentMovements"), page);
        table->setRecordModel(movements);
        QStringList history;
        const QLocale locale;
        for (const QCborValue &v : student.value(QStringLiteral("memberships")).toArray()) {
            const QCborMap m = v.toMap();
            const QDate left = wire::date(m.value(QStringLiteral("leftOn")));
            history.append(left.isValid()
                               ? tr("%1: from %2 to %3").arg(m.value(QStringLiteral("className")).toString(),
                                                             locale.toString(wire::date(m.value(QStringLiteral("startsOn"))), QLocale::ShortFormat),
                                                             locale.toString(left.addDays(-1), QLocale::ShortFormat))
                               : tr("%1: from %2").arg(m.value(QStringLiteral("className")).toString(),
                                                       locale.toString(wire::date(m.value(QStringLiteral("startsOn"))), QLocale::ShortFormat)));
        }
        auto *classes = new QLabel(tr("Classes: %1").arg(history.join(QStringLiteral("; "))), page);
        classes->setWordWrap(true);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(classes);
        layout->addWidget(table, 1);
        tabs->addTab(page, tr("Movement"));
    }
    resize(760, 640);
}

void StudentCardDialog::addCardFields()
{
    m_fields->addText(QStringLiteral("surname"), tr("&Surname:"), true);
    m_fields->addText(QStringLiteral("firstName"), tr("&First name:"), true);
    m_fields->addText(QStringLiteral("patronymic"), tr("&Patronymic:"));
    m_fields->addChoice(QStringLiteral("gender"), tr("&Gender:"),
                        {{QString(), tr("not given")}, {QStringLiteral("f"), SchoolText::gender(QStringLiteral("f"))},
                         {QStringLiteral("m"), SchoolText::gender(QStringLiteral("m"))}});
    m_fields->addDate(QStringLiteral("birthDate"), tr("Date of &birth:"));
    m_fields->addText(QStringLiteral("address"), tr("&Address:"));
    m_fields->addText(QStringLiteral("phone"), tr("P&hone:"));
    m_fields->addText(QStringLiteral("email"), tr("&E-mail:"));
    m_fields->addText(QStringLiteral("snils"), tr("SNI&LS:"), false, QStringLiteral("000-000-000 00"));
    FieldSet::Choices health;
    for (const QString &g : {QString(), QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"), QStringLiteral("V")})
        health.append({g, g});
    m_fields->addChoice(QStringLiteral("healthGroup"), tr("&Health group:"), health, true);
    FieldSet::Choices pe;
    for (const QString &g : {QString(), tr("main"), tr("preparatory"), tr("special")})
        pe.append({g, g});
    m_fields->addChoice(QStringLiteral("peGroup"), tr("P&E group:"), pe, true);
    m_fields->addCheck(QStringLiteral("consentGiven"), tr("Consent to personal data processing (152-FZ)"));
    m_fields->addDate(QStringLiteral("consentDate"), tr("Date of &consent:"));
    m_fields->addText(QStringLiteral("personalFileNo"), tr("Personal &file No.:"));
    m_fields->addLongText(QStringLiteral("notes"), tr("&Notes:"));
}

void StudentCardDialog::submit()
{
    if (!m_fields->checkRequired())
        return;
    QCborMap args = m_fields->values();
    if (m_id) {
        args.insert(QStringLiteral("id"), m_id);
        send(MessageType::StudentsUpdate, args);
        return;
    }
    if (!m_class->currentId())
        return errors()->showAt(m_class, tr("Choose the class."));
    if (!require(m_order, tr("Enter the number of the enrolment order.")))
        return;
    args.insert(QStringLiteral("classId"), m_class->currentId());
    args.insert(QStringLiteral("enrolledOn"), protocol::dateToWire(m_enrolledOn->date()));
    args.insert(QStringLiteral("orderNumber"), m_order->text().trimmed());
    args.insert(QStringLiteral("orderDate"), protocol::optionalDateToWire(m_orderDate->date()));
    args.insert(QStringLiteral("counterpart"), m_cameFrom->text().trimmed());
    send(MessageType::StudentsCreate, args);
}

} // namespace cj::client
