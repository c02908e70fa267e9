#pragma once

#include <QCborMap>
#include <QWidget>

#include <functional>

#include "core/Permissions.h"
#include "protocol/MessageType.h"

class QLabel;
class QLineEdit;
class QToolBar;
class QVBoxLayout;

namespace cj::client {

class FilterBar;
class RecordTable;
class RemoteListModel;
class ServerConnection;
class Session;

// What most screens are: a tool bar of actions, a row of filters with a quick search, a table of
// records from the server, and a status line (how many, or why the list could not be loaded).
// Actions that need a selected row are greyed without one; double-click runs the default action.
class ListScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Needs { Nothing, OneRecord, SomeRecords };

    ListScreen(Session *session, RemoteListModel *model, const QString &key, QWidget *parent = nullptr);
    // A list filled by the request `listType`, from the array `key` of its result.
    ListScreen(Session *session, RemoteListModel *model, protocol::MessageType listType, const QString &key,
               QWidget *parent = nullptr);

    RecordTable *table() const { return m_table; }
    RemoteListModel *model() const { return m_model; }
    // Reloads the list (after a change, or when a filter changed).
    virtual void reload();

protected:
    Session *session() const { return m_session; }
    ServerConnection *connection() const;
    Permissions permissions() const;
    QToolBar *toolBar() const { return m_toolBar; }
    FilterBar *filters() const { return m_filters; }
    QVBoxLayout *content() const { return m_content; } // the table; more panels may be added below
    // Puts `panel` beside (Qt::Horizontal) or below the table, the two parted by a splitter.
    void splitWith(QWidget *panel, Qt::Orientation orientation);
    QAction *addAction(const QString &text, const QString &objectName, Needs needs, std::function<void()> run);
    void setDefaultAction(QAction *action) { m_default = action; }
    void addSearch(const QString &placeholder);
    // "Print…": the list as shown (filtered and sorted), titled `title`, in a print preview.
    void addPrintAction(const QString &title);
    // Runs a request; a refusal is shown in Russian; on success `done` runs and the list reloads.
    void change(protocol::MessageType type, const QCborMap &args, std::function<void(const QCborMap &)> done = {},
                const QString &what = {});
    // Names the model shows for ids its records only refer to, from another list (quietly: the
    // column stays empty if that list cannot be had).
    void lookUpNames(protocol::MessageType type, const QCborMap &args, const QString &arrayKey, const QString &idKey,
                     const QString &nameKey = QStringLiteral("name"));
    QCborMap current() const;
    qint64 currentId() const;
    // Called when the selection changes, to enable actions by the selected record's state.
    virtual void updateActions();

private:
    Session *m_session;
    RemoteListModel *m_model;
    RecordTable *m_table;
    QToolBar *m_toolBar;
    FilterBar *m_filters;
    QVBoxLayout *m_content;
    QLabel *m_status;
    QAction *m_default = nullptr;
    QList<QPair<QAction *, Needs>> m_actions;
};

} // namespace cj::client
