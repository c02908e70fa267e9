#include "core/models/RemoteListModel.h"

#include "core/ServerConnection.h"
#include "core/WireValue.h"
#include "protocol/ArgReader.h"

namespace cj::client {

RemoteListModel::RemoteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RemoteListModel::setSource(ServerConnection *connection, protocol::MessageType type, const QString &arrayKey)
{
    m_connection = connection;
    m_type = type;
    m_arrayKey = arrayKey;
}

void RemoteListModel::reload()
{
    if (!m_connection)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_connection->call(m_type, m_args, this, [this, generation](const protocol::Response &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!r.ok) {
            Q_EMIT loadFailed(r.error);
            return;
        }
        setRecords(r.result.value(m_arrayKey).toArray());
        Q_EMIT loaded();
    });
}

void RemoteListModel::setRecords(const QCborArray &records)
{
    beginResetModel();
    m_records.clear();
    m_records.reserve(records.size());
    for (const QCborValue &v : records)
        m_records.append(v.toMap());
    endResetModel();
}

QCborArray RemoteListModel::records() const
{
    QCborArray array;
    for (const QCborMap &r : m_records)
        array.append(r);
    return array;
}

qint64 RemoteListModel::idAt(int row) const
{
    return protocol::intOr(m_records.value(row).value(QStringLiteral("id")));
}

int RemoteListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

void RemoteListModel::upsertRecord(const QCborMap &record)
{
    const int row = rowOfId(protocol::intOr(record.value(QStringLiteral("id"))));
    if (row < 0)
        return appendRecord(record);
    replaceRecordAt(row, record);
}

void RemoteListModel::replaceRecordAt(int row, const QCborMap &record)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row] = record;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RemoteListModel::appendRecord(const QCborMap &record)
{
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
}

void RemoteListModel::removeRecordAt(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

void RemoteListModel::setNames(const QString &idKey, const QHash<qint64, QString> &names)
{
    m_names.insert(idKey, names);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString RemoteListModel::nameOf(const QCborMap &record, const QString &idKey) const
{
    return m_names.value(idKey).value(protocol::intOr(record.value(idKey)));
}

int RemoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RemoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant RemoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QCborMap &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(record, index.column());
    case IdRole:
        return protocol::intOr(record.value(QStringLiteral("id")));
    case RecordRole:
        return QVariant::fromValue(record);
    default:
        return extra(record, index.column(), role);
    }
}

QVariant RemoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RemoteListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RemoteListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !isEditable(index.column()))
        return false;
    if (!setCell(m_records[index.row()], index.column(), value))
        return false;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(columnCount() - 1));
    return true;
}

QVariant RemoteListModel::display(const QCborMap &record, int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].value(record) : QVariant();
}

QVariant RemoteListModel::extra(const QCborMap &record, int column, int role) const
{
    return m_style ? m_style(record, column, role) : QVariant();
}

RemoteListModel::Value RemoteListModel::text(const char *key)
{
    return [key = QString::fromLatin1(key)](const QCborMap &r) { return QVariant(r.value(key).toString()); };
}

RemoteListModel::Value RemoteListModel::date(const char *key)
{
    return [key = QString::fromLatin1(key)](const QCborMap &r) { return QVariant(wire::date(r.value(key))); };
}

RemoteListModel::Value RemoteListModel::timestamp(const char *key)
{
    return [key = QString::fromLatin1(key)](const QCborMap &r) { return QVariant(wire::timestamp(r.value(key))); };
}

RemoteListModel::Value RemoteListModel::number(const char *key)
{
    return [key = QString::fromLatin1(key)](const QCborMap &r) { return QVariant(wire::number(r.value(key))); };
}

bool RemoteListModel::isEditable(int) const
{
    return false;
}

bool RemoteListModel::setCell(QCborMap &, int, const QVariant &)
{
    return false;
}

RemoteListModel::Value RemoteListModel::dayCount()
{
    return [](const QCborMap &r) {
        const QDate from = wire::date(r.value(QStringLiteral("startsOn")));
        const QDate to = wire::date(r.value(QStringLiteral("endsOn")));
        return from.isValid() && to.isValid() ? QVariant(from.daysTo(to) + 1) : QVariant();
    };
}

} // namespace cj::client
