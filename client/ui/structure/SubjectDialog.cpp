#include "ui/structure/SubjectDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include "core/SchoolText.h"
#include "protocol/ArgReader.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

SubjectDialog::SubjectDialog(Session *session, const QCborMap &s, QWidget *parent)
    : FormDialog(session, s.isEmpty() ? tr("New subject") : tr("Subject"), parent)
    , m_id(protocol::intOr(s.value(QStringLiteral("id"))))
{
    setObjectName(QStringLiteral("subjectDialog"));
    m_name = new QLineEdit(s.value(QStringLiteral("name")).toString(), this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Mathematics"));
    m_shortName = new QLineEdit(s.value(QStringLiteral("shortName")).toString(), this);
    m_shortName->setObjectName(QStringLiteral("shortNameEdit"));
    m_shortName->setPlaceholderText(tr("for narrow columns, e.g. Math."));
    m_grading = new QComboBox(this);
    m_grading->setObjectName(QStringLiteral("gradingCombo"));
    for (const QString &g : {QStringLiteral("marks"), QStringLiteral("pass_fail")})
        m_grading->addItem(SchoolText::grading(g), g);
    m_grading->setCurrentIndex(qMax(0, m_grading->findData(s.value(QStringLiteral("grading")).toString())));
    m_extended = new QCheckBox(tr("Written work may be marked within 10 working days (Russian language, literature)"), this);
    m_extended->setObjectName(QStringLiteral("extendedCheck"));
    m_extended->setChecked(s.value(QStringLiteral("extendedWindow")).toBool());
    m_order = new QSpinBox(this);
    m_order->setRange(0, 999);
    m_order->setValue(int(protocol::intOr(s.value(QStringLiteral("sortOrder")))));
    m_order->setToolTip(tr("Subjects are listed by this number, then by name."));

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Short name:"), m_shortName);
    form()->addRow(tr("&Grading:"), m_grading);
    form()->addRow(QString(), m_extended);
    form()->addRow(tr("&Order in lists:"), m_order);
    if (s.isEmpty())
        okButton()->setText(tr("Create"));
    errors()->bind(QStringLiteral("name"), m_name);
    errors()->bind(QStringLiteral("shortName"), m_shortName);
    errors()->bind(QStringLiteral("grading"), m_grading);
    errors()->bind(QStringLiteral("sortOrder"), m_order);
}

void SubjectDialog::submit()
{
    if (!require(m_name, tr("Enter the name of the subject.")))
        return;
    QCborMap args{{QStringLiteral("name"), m_name->text().trimmed()},
                  {QStringLiteral("shortName"), m_shortName->text().trimmed()},
                  {QStringLiteral("grading"), m_grading->currentData().toString()},
                  {QStringLiteral("extendedWindow"), m_extended->isChecked()},
                  {QStringLiteral("sortOrder"), m_order->value()}};
    if (m_id) {
        args.insert(QStringLiteral("id"), m_id);
        send(protocol::MessageType::SubjectsUpdate, args);
    } else {
        send(protocol::MessageType::SubjectsCreate, args);
    }
}

} // namespace cj::client
