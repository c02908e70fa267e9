#include "ui/journal/CorrectionRequestDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"

namespace cj::client {

CorrectionRequestDialog::CorrectionRequestDialog(ServerConnection *connection, const JournalWrite &write,
                                                 const QString &where, const QString &what, const QString &whyLocked,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_write(write)
{
    setObjectName(QStringLiteral("correctionRequestDialog"));
    setWindowTitle(tr("Correction request"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This entry can no longer be changed directly. The change goes to the administrator as "
                                "a request «Замена сведений в электронном журнале» and is made when approved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!whyLocked.isEmpty()) {
        auto *locked = new QLabel(whyLocked, this);
        locked->setWordWrap(true);
        locked->setStyleSheet(QStringLiteral("color: #8a6d00;"));
        layout->addWidget(locked);
    }
    auto *form = new QFormLayout;
    auto *whereLabel = new QLabel(where, this);
    whereLabel->setWordWrap(true);
    auto *whatLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()), this);
    whatLabel->setObjectName(QStringLiteral("changeLabel"));
    whatLabel->setWordWrap(true);
    form->addRow(tr("Where:"), whereLabel);
    form->addRow(tr("Change:"), whatLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why the entry must be changed (required), e.g. «the mark was entered for the wrong student»"));
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("File the request"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    connect(m_submit, &QPushButton::clicked, this, &CorrectionRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CorrectionRequestDialog::submit()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_error->setText(tr("Give the reason for the change."));
        m_reason->setFocus();
        return;
    }
    m_submit->setEnabled(false);
    m_error->clear();
    m_connection->call(protocol::MessageType::CorrectionsFile,
                       QCborMap{{QStringLiteral("change"), m_write.toChange()}, {QStringLiteral("reason"), reason}}, this,
                       [this](const protocol::Response &r) {
                           m_submit->setEnabled(true);
                           if (!r.ok) {
                               m_error->setText(ErrorText::forError(r.error));
                               return;
                           }
                           accept();
                       });
}

} // namespace cj::client
