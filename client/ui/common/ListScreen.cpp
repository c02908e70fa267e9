#include "ui/common/ListScreen.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextDocument>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/ErrorText.h"
#include "core/TableDocument.h"
#include "core/ServerConnection.h"
#include "core/Session.h"
#include "core/models/RemoteListModel.h"
#include "ui/common/DocumentPreview.h"
#include "ui/common/FilterBar.h"
#include "ui/common/RecordTable.h"
#include "protocol/ArgReader.h"
#include "ui/common/RemoteAction.h"

namespace cj::client {

ListScreen::ListScreen(Session *session, RemoteListModel *model, const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
{
    setObjectName(key + QStringLiteral("Screen"));
    model->setParent(this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filters = new FilterBar(session, this);
    m_table = new RecordTable(key, this);
    m_table->setRecordModel(model);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filters);
    m_content = new QVBoxLayout;
    m_content->addWidget(m_table, 1);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_status);

    connect(model, &RemoteListModel::loaded, this, [this] {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("%n record(s)", nullptr, m_model->rowCount()));
        updateActions();
    });
    connect(model, &RemoteListModel::loadFailed, this, [this](const protocol::Error &error) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(tr("The list could not be loaded: %1").arg(ErrorText::forError(error)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListScreen::updateActions);
    connect(m_table, &RecordTable::recordActivated, this, [this] {
        if (m_default && m_default->isEnabled())
            m_default->trigger();
    });
}

void ListScreen::splitWith(QWidget *panel, Qt::Orientation orientation)
{
    auto *splitter = new QSplitter(orientation, this);
    m_content->replaceWidget(m_table, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(panel);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
}

ListScreen::ListScreen(Session *session, RemoteListModel *model, protocol::MessageType listType, const QString &key,
                       QWidget *parent)
    : ListScreen(session, model, key, parent)
{
    model->setSource(session->connection(), listType, key);
}

ServerConnection *ListScreen::connection() const
{
    return m_session->connection();
}

Permissions ListScreen::permissions() const
{
    return Permissions(m_session->user());
}

void ListScreen::reload()
{
    m_model->reload();
}

QAction *ListScreen::addAction(const QString &text, const QString &objectName, Needs needs, std::function<void()> run)
{
    QAction *action = m_toolBar->addAction(text);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, [run] { run(); });
    m_actions.append({action, needs});
    action->setEnabled(needs == Needs::Nothing); // until something is selected
    return action;
}

void ListScreen::addSearch(const QString &placeholder)
{
    connect(m_filters->addSearch(placeholder), &QLineEdit::textChanged, m_table, &RecordTable::setFilterText);
}

void ListScreen::addPrintAction(const QString &title)
{
    addAction(tr("Print…"), QStringLiteral("printAction"), Needs::Nothing, [this, title] {
        QTextDocument document;
        renderTable(&document, title, tr("%1, printed %2").arg(m_session->user().schoolName,
                                                              QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)),
                    m_table->model());
        previewDocument(this, &document, title);
    });
}

void ListScreen::change(protocol::MessageType type, const QCborMap &args, std::function<void(const QCborMap &)> done,
                        const QString &what)
{
    runRemote(this, connection(), type, args, [this, done](const QCborMap &result) {
        if (done)
            done(result);
        reload();
    }, what);
}

void ListScreen::lookUpNames(protocol::MessageType type, const QCborMap &args, const QString &arrayKey,
                             const QString &idKey, const QString &nameKey)
{
    connection()->call(type, args, this, [this, arrayKey, idKey, nameKey](const protocol::Response &r) {
        QHash<qint64, QString> names;
        for (const QCborValue &v : r.result.value(arrayKey).toArray())
            names.insert(protocol::intOr(v.toMap().value(QStringLiteral("id"))), v.toMap().value(nameKey).toString());
        m_model->setNames(idKey, names);
    });
}

QCborMap ListScreen::current() const
{
    return m_table->currentRecord();
}

qint64 ListScreen::currentId() const
{
    return m_table->currentId();
}

void ListScreen::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    for (const auto &[action, needs] : std::as_const(m_actions)) {
        switch (needs) {
        case Needs::Nothing: action->setEnabled(true); break;
        case Needs::OneRecord: action->setEnabled(selected == 1); break;
        case Needs::SomeRecords: action->setEnabled(selected >= 1); break;
        }
    }
}

} // namespace cj::client
