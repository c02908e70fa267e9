#include "ui/journal/CellHistoryDialog.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/ServerConnection.h"
#include "core/models/CellHistoryModel.h"

namespace cj::client {

CellHistoryDialog::CellHistoryDialog(ServerConnection *connection, qint64 lessonId, qint64 studentId, const QString &title,
                                     QWidget *parent)
    : QDialog(parent)
    , m_model(new CellHistoryModel(this))
{
    setObjectName(QStringLiteral("cellHistoryDialog"));
    setWindowTitle(tr("History of changes"));
    resize(820, 360);
    auto *view = new QTableView(this);
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    auto *status = new QLabel(tr("Loading…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this));
    layout->addWidget(view, 1);
    layout->addWidget(status);
    layout->addWidget(buttons);
    QCborMap args{{QStringLiteral("lessonId"), lessonId}};
    if (studentId > 0)
        args.insert(QStringLiteral("studentId"), studentId);
    connection->call(protocol::MessageType::JournalHistory, args, this, [this, view, status](const protocol::Response &r) {
        if (!r.ok) {
            status->setText(ErrorText::forError(r.error));
            return;
        }
        m_model->setEntries(r.result.value(QStringLiteral("entries")).toArray());
        view->resizeColumnsToContents();
        status->setText(m_model->rowCount() == 0 ? tr("No changes recorded.") : QString());
    });
}

} // namespace cj::client
