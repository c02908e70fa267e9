#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

#include "protocol/Envelope.h"
#include "protocol/MessageType.h"

namespace cj::client {

class ServerConnection;

// A table of records as the server sent them, one CBOR map per row, filled by one list request
// (e.g. classes.list → "classes"). Subclasses only declare their columns — a header and what each
// shows of a record — and, if they like, a style (colours, tooltips); loading, reloading with other
// filters, ids and out-of-order replies are handled here once for every list.
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
    // What a column shows of a record (and is sorted by): text, a number, a QDate or a QDateTime.
    using Value = std::function<QVariant(const QCborMap &record)>;
    // Any other role of a cell (colour, tooltip, alignment); an invalid QVariant for nothing.
    using Style = std::function<QVariant(const QCborMap &record, int column, int role)>;
    struct ColumnSpec {
        QString header;
        Value value;
    };

    // The columns in the order of the subclass's `enum class Column { …, Count }`.
    template<typename ColumnEnum>
    void setColumns(QList<ColumnSpec> columns)
    {
        Q_ASSERT(columns.size() == int(ColumnEnum::Count));
        m_columns = std::move(columns);
    }
    void setStyle(Style style) { m_style = std::move(style); }
    // The usual values: a field as text, a date, a timestamp (local time), a number.
    static Value text(const char *key);
    static Value date(const char *key);
    static Value timestamp(const char *key);
    static Value number(const char *key);
    static Value dayCount(); // days from "startsOn" to "endsOn", both counted

    // Models whose columns depend on the data (an imported file's) override these three.
    virtual int columns() const { return int(m_columns.size()); }
    virtual QString header(int column) const { return m_columns.value(column).header; }
    virtual QVariant display(const QCborMap &record, int column) const;
    virtual QVariant extra(const QCborMap &record, int column, int role) const;
    // Editable models (edited locally, saved as a whole) override both.
    virtual bool isEditable(int column) const;
    virtual bool setCell(QCborMap &record, int column, const QVariant &value);
    QString nameOf(const QCborMap &record, const QString &idKey) const;

private:
    QList<ColumnSpec> m_columns;
    Style m_style;
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
