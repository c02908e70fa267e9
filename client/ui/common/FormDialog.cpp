#include "ui/common/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/ServerConnection.h"
#include "core/Session.h"
#include "ui/common/FieldErrors.h"

namespace cj::client {

FormDialog::FormDialog(Session *session, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(title);
    m_formPage = new QWidget(this);
    m_form = new QFormLayout(m_formPage);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *message = new QLabel(this);
    m_errors = new FieldErrors(message, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_errors->clear();
        submit();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    m_body->addWidget(m_formPage);
    layout->addLayout(m_body, 1);
    layout->addWidget(message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QTabWidget *FormDialog::makeTabs(const QString &formTitle)
{
    auto *tabs = new QTabWidget(this);
    m_body->removeWidget(m_formPage);
    m_form->setContentsMargins(12, 12, 12, 12);
    tabs->addTab(m_formPage, formTitle);
    m_body->insertWidget(0, tabs, 1);
    return tabs;
}

void FormDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555555;"));
    m_form->addRow(note);
}

bool FormDialog::require(QLineEdit *edit, const QString &message)
{
    if (!edit->text().trimmed().isEmpty())
        return true;
    m_errors->showAt(edit, message);
    return false;
}

void FormDialog::send(protocol::MessageType type, const QCborMap &args, std::function<void(const QCborMap &)> saved)
{
    m_ok->setEnabled(false);
    m_session->connection()->call(type, args, this, [this, saved](const protocol::Response &r) {
        m_ok->setEnabled(true);
        if (!r.ok) {
            m_errors->show(r.error);
            return;
        }
        m_result = r.result;
        if (saved)
            saved(r.result);
        accept();
    });
}

} // namespace cj::client
