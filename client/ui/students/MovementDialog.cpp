#include "ui/students/MovementDialog.h"

#include <QFormLayout>
#include <QLineEdit>

#include "core/Session.h"
#include "protocol/ArgReader.h"
#include "ui/common/ClassComboBox.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

using protocol::MessageType;

namespace {
QString titleFor(MovementDialog::Kind kind, const QString &name)
{
    switch (kind) {
    case MovementDialog::Kind::Transfer: return MovementDialog::tr("Transfer to another class: %1").arg(name);
    case MovementDialog::Kind::Leaving: return MovementDialog::tr("Leaving the school: %1").arg(name);
    case MovementDialog::Kind::Return: return MovementDialog::tr("Return to the school: %1").arg(name);
    }
    return {};
}
} // namespace

MovementDialog::MovementDialog(Session *session, Kind kind, const QCborMap &student, qint64 yearId, QWidget *parent)
    : FormDialog(session, titleFor(kind, student.value(QStringLiteral("fullName")).toString()), parent)
    , m_kind(kind)
    , m_studentId(protocol::intOr(student.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("movementDialog"));
    const QString classField = kind == Kind::Return ? QStringLiteral("classId") : QStringLiteral("toClassId");
    if (kind != Kind::Leaving) {
        m_class = new ClassComboBox(session, this);
        m_class->setRememberKey({});
        m_class->setYear(yearId);
        form()->addRow(tr("To &class: *"), m_class);
        errors()->bind(classField, m_class);
    }
    m_onDate = new DateEdit(this);
    m_onDate->setObjectName(QStringLiteral("onDateEdit"));
    m_onDate->setDate(session->serverToday());
    form()->addRow(kind == Kind::Leaving ? tr("First day off the list: *") : tr("In the new class from: *"), m_onDate);
    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("orderNumberEdit"));
    form()->addRow(tr("&Order No.: *"), m_order);
    m_orderDate = new DateEdit(this);
    m_orderDate->setOptional(true);
    m_orderDate->setDate({});
    form()->addRow(tr("Order &date:"), m_orderDate);
    if (kind != Kind::Transfer) {
        m_counterpart = new QLineEdit(this);
        m_counterpart->setPlaceholderText(tr("school, town"));
        form()->addRow(kind == Kind::Leaving ? tr("Left &for:") : tr("Came &from:"), m_counterpart);
        errors()->bind(QStringLiteral("counterpart"), m_counterpart);
    }
    m_reason = new QLineEdit(this);
    form()->addRow(tr("&Reason:"), m_reason);
    addNote(kind == Kind::Leaving
                ? tr("Nothing is deleted: the student stays in the journal, greyed from this date.")
                : tr("Marks and attendance before this date stay in the journal of the previous class."));
    errors()->bind(QStringLiteral("onDate"), m_onDate);
    errors()->bind(QStringLiteral("orderNumber"), m_order);
    errors()->bind(QStringLiteral("orderDate"), m_orderDate);
    errors()->bind(QStringLiteral("reason"), m_reason);
    okButton()->setText(kind == Kind::Transfer ? tr("Transfer") : kind == Kind::Leaving ? tr("Record leaving") : tr("Return"));
}

void MovementDialog::submit()
{
    if (m_class && !m_class->currentId())
        return errors()->showAt(m_class, tr("Choose the class."));
    if (!require(m_order, tr("Enter the number of the order.")))
        return;
    QCborMap args{{QStringLiteral("studentId"), m_studentId},
                  {QStringLiteral("onDate"), protocol::dateToWire(m_onDate->date())},
                  {QStringLiteral("orderNumber"), m_order->text().trimmed()},
                  {QStringLiteral("orderDate"), protocol::optionalDateToWire(m_orderDate->date())},
                  {QStringLiteral("reason"), m_reason->text().trimmed()}};
    if (m_counterpart)
        args.insert(QStringLiteral("counterpart"), m_counterpart->text().trimmed());
    switch (m_kind) {
    case Kind::Transfer:
        args.insert(QStringLiteral("toClassId"), m_class->currentId());
        return send(MessageType::StudentsTransfer, args);
    case Kind::Leaving:
        return send(MessageType::StudentsLeave, args);
    case Kind::Return:
        args.insert(QStringLiteral("classId"), m_class->currentId());
        return send(MessageType::StudentsReenrol, args);
    }
}

} // namespace cj::client
