#include "ui/accounts/ActivationCodesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include "core/ActivationSlips.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/ActivationCodesModel.h"
#include "ui/common/DocumentPreview.h"
#include "ui/common/RecordTable.h"

namespace cj::client {

ActivationCodesDialog::ActivationCodesDialog(Session *session, const QCborArray &issued, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ActivationCodesModel(this))
{
    setObjectName(QStringLiteral("activationCodesDialog"));
    setWindowTitle(tr("Activation codes"));
    m_model->setRecords(issued);
    auto *intro = new QLabel(tr("%n activation code(s) issued. The codes are shown only now: print the slips and hand "
                                "each one to its owner personally. A code works once, for 30 days.",
                                nullptr, int(issued.size())),
                             this);
    intro->setWordWrap(true);
    auto *table = new RecordTable(QStringLiteral("activationCodes"), this);
    table->setRecordModel(m_model);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    QPushButton *print = buttons->addButton(tr("Print slips…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printSlipsButton"));
    print->setDefault(true);
    connect(print, &QPushButton::clicked, this, [this] { printSlips(this, m_session, m_model->records()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

void ActivationCodesDialog::printSlips(QWidget *parent, Session *session, const QCborArray &issued)
{
    QList<ActivationSlips::Slip> slips;
    for (const QCborValue &v : issued)
        slips.append(ActivationSlips::fromIssued(v.toMap()));
    QTextDocument document;
    ActivationSlips::render(&document, slips, session->user().schoolName, session->connection()->endpoint());
    previewDocument(parent, &document, tr("Activation slips"));
}

} // namespace cj::client
