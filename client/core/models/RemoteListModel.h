#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QPointer>

#include "protocol/Envelope.h"
#include "protocol/MessageType.h"

namespace cj::client {

class ServerConnection;

// A table of records as the server sent them, one CBOR map per row, filled by one list request
// (e.g. classes.list → "classes"). Subclasses only say what their columns show; loading, reloading
// with other filters, ids and out-of-order replies are handled here once for every list.
class RemoteListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole {
        IdRole = Qt::UserRole + 1, // the record's "id"
        RecordRole,                // the whole record as a QCborMap
    };

    explicit RemoteListModel(QObject *parent = nullptr);

    // The request that fills the model; the rows are the array `arrayKey` of the result.
    void setSource(ServerConnection *connection, protocol::MessageType type, const QString &arrayKey);
    void setArgs(const QCborMap &args) { m_args = args; }
    const QCborMap &args() const { return m_args; }
    void reload();
    bool isLoading() const { return m_loading; }

    void setRecords(const QCborArray &records);
    QCborArray records() const;
    QCborMap record(int row) const { return m_records.value(row); }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // Puts a record the server returned after a change in place (by id), or appends it.
    void upsertRecord(const QCborMap &record);
    void replaceRecordAt(int row, const QCborMap &record);
    void appendRecord(const QCborMap &record);
    void removeRecordAt(int row);
    // Names for ids a record only refers to (e.g. "bellScheduleId" → «Основное»), shown by subclasses.
    void setNames(const QString &idKey, const QHash<qint64, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const cj::protocol::Error &error);

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    // The value shown (and sorted by): text, a number, a QDate or a QDateTime.
    virtual QVariant display(const QCborMap &record, int column) const = 0;
    // Any other role (colour, tooltip, alignment, check state); nothing by default.
    virtual QVariant extra(const QCborMap &record, int column, int role) const;
    // Editable models (edited locally, saved as a whole) override both.
    virtual bool isEditable(int column) const;
    virtual bool setCell(QCborMap &record, int column, const QVariant &value);
    QString nameOf(const QCborMap &record, const QString &idKey) const;

private:
    QList<QCborMap> m_records;
    QHash<QString, QHash<qint64, QString>> m_names;
    QPointer<ServerConnection> m_connection;
    protocol::MessageType m_type = protocol::MessageType::Invalid;
    QString m_arrayKey;
    QCborMap m_args;
    quint64 m_generation = 0; // replies to an older reload are dropped
    bool m_loading = false;
};

} // namespace cj::client
