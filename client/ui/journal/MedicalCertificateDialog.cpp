#include "ui/journal/MedicalCertificateDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

#include "core/models/AbsenceListModel.h"

namespace cj::client {

MedicalCertificateDialog::MedicalCertificateDialog(const QMap<QString, qint64> &students, const QDate &around, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("medicalCertificateDialog"));
    setWindowTitle(tr("Medical certificate or other document"));
    m_student = new QComboBox(this);
    m_student->setObjectName(QStringLiteral("studentCombo"));
    for (auto it = students.cbegin(); it != students.cend(); ++it)
        m_student->addItem(it.key(), it.value());
    m_from = new QDateEdit(around.addDays(-3), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(around, this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setCalendarPopup(true);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    for (AbsenceReason r : {AbsenceReason::Ill, AbsenceReason::Excused, AbsenceReason::Unexcused})
        m_reason->addItem(AbsenceListModel::reasonText(r), int(r));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Student:"), m_student);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To (inclusive):"), m_to);
    form->addRow(tr("Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply to every absence in these days"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_to->date() >= m_from->date() && m_student->currentIndex() >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

qint64 MedicalCertificateDialog::studentId() const
{
    return m_student->currentData().toLongLong();
}

QDate MedicalCertificateDialog::from() const
{
    return m_from->date();
}

QDate MedicalCertificateDialog::to() const
{
    return m_to->date();
}

AbsenceReason MedicalCertificateDialog::reason() const
{
    return AbsenceReason(m_reason->currentData().toInt());
}

} // namespace cj::client
