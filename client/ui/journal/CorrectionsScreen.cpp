#include "ui/journal/CorrectionsScreen.h"

#include <QCborArray>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/CorrectionListModel.h"

namespace cj::client {

using protocol::MessageType;

CorrectionsScreen::CorrectionsScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_decides(session->user().has(Role::Admin) || session->user().has(Role::Director))
    , m_model(new CorrectionListModel(this))
{
    setObjectName(QStringLiteral("correctionsScreen"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->addItem(tr("all"), QString());
    for (const char *s : {"pending", "approved", "rejected", "withdrawn"})
        m_status->addItem(CorrectionListModel::statusText(QString::fromLatin1(s)), QString::fromLatin1(s));
    if (m_decides)
        m_status->setCurrentIndex(1); // what waits for a decision
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("correctionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(int(CorrectionListModel::Column::Change), QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(int(CorrectionListModel::Column::Reason), QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Status:"), this));
    top->addWidget(m_status);
    top->addStretch();
    if (m_decides) {
        m_approve = new QPushButton(tr("Approve"), this);
        m_approve->setObjectName(QStringLiteral("approveButton"));
        m_reject = new QPushButton(tr("Reject…"), this);
        m_reject->setObjectName(QStringLiteral("rejectButton"));
        connect(m_approve, &QPushButton::clicked, this, [this] { decide(m_view->currentIndex().row(), true, QString()); });
        connect(m_reject, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString comment = QInputDialog::getMultiLineText(this, tr("Reject the request"),
                                                                   tr("Why is the request rejected? (required)"), QString(), &ok);
            if (ok)
                decide(m_view->currentIndex().row(), false, comment);
        });
        top->addWidget(m_approve);
        top->addWidget(m_reject);
    }
    m_withdraw = new QPushButton(tr("Withdraw"), this);
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdraw(m_view->currentIndex().row()); });
    top->addWidget(m_withdraw);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_decides ? tr("<h3>Register of journal corrections</h3>«Журнал замены сведений»: requests "
                                                "to change locked entries. An approved change is made and logged.")
                                           : tr("<h3>My correction requests</h3>Changes to locked entries wait for the "
                                                "administrator's decision."),
                                 this));
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    connect(m_status, &QComboBox::activated, this, &CorrectionsScreen::load);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CorrectionsScreen::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CorrectionsScreen::updateButtons);
    load();
}

void CorrectionsScreen::load()
{
    QCborMap args;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        args.insert(QStringLiteral("status"), status);
    m_session->connection()->call(MessageType::CorrectionsList, args, this, [this](const protocol::Response &r) {
        if (!r.ok) {
            m_message->setText(ErrorText::forError(r.error));
            return;
        }
        m_model->setRequests(r.result.value(QStringLiteral("requests")).toArray());
        m_view->resizeColumnsToContents();
        m_message->setText(m_model->rowCount() == 0 ? tr("No requests.") : QString());
    });
}

void CorrectionsScreen::updateButtons()
{
    const QModelIndex i = m_view->currentIndex();
    const bool pending = i.isValid() && m_model->requestAt(i.row()).isPending();
    if (m_approve) {
        m_approve->setEnabled(pending);
        m_reject->setEnabled(pending);
    }
    m_withdraw->setEnabled(pending && m_model->requestAt(i.row()).requestedBy == m_session->user().id);
}

void CorrectionsScreen::decide(int row, bool approve, const QString &comment)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (!approve && comment.trimmed().isEmpty()) {
        m_message->setText(tr("A rejection needs a comment."));
        return;
    }
    const qint64 id = m_model->requestAt(row).id;
    m_session->connection()->call(
        MessageType::CorrectionsDecide,
        QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("approve"), approve}, {QStringLiteral("comment"), comment.trimmed()}},
        this, [this, approve](const protocol::Response &r) {
            if (!r.ok) {
                m_message->setText(ErrorText::forError(r.error));
                return;
            }
            m_model->replace(CorrectionRequest::fromCbor(r.result));
            updateButtons();
            m_message->setText(approve ? tr("Approved: the change is made in the journal.") : tr("Rejected."));
        });
}

void CorrectionsScreen::withdraw(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_session->connection()->call(MessageType::CorrectionsWithdraw, QCborMap{{QStringLiteral("id"), m_model->requestAt(row).id}},
                                  this, [this](const protocol::Response &r) {
                                      if (!r.ok) {
                                          m_message->setText(ErrorText::forError(r.error));
                                          return;
                                      }
                                      m_model->replace(CorrectionRequest::fromCbor(r.result));
                                      updateButtons();
                                  });
}

} // namespace cj::client
