#include "ui/common/RecordTable.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>

#include "core/models/RemoteListModel.h"
#include "protocol/ArgReader.h"

namespace cj::client {

namespace {
QString headerKey(const QString &key)
{
    return QStringLiteral("tables/%1/header").arg(key);
}
} // namespace

RecordTable::RecordTable(const QString &settingsKey, QWidget *parent)
    : QTableView(parent)
    , m_settingsKey(settingsKey)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(settingsKey + QStringLiteral("Table"));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortLocaleAware(true);
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    sortByColumn(-1, Qt::AscendingOrder); // the server's order until someone clicks a header
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT recordActivated(index.data(RemoteListModel::RecordRole).value<QCborMap>());
    });
}

RecordTable::~RecordTable()
{
    if (m_restored)
        QSettings().setValue(headerKey(m_settingsKey), horizontalHeader()->saveState());
}

void RecordTable::setRecordModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT selectionChangedTo(currentRecord()); });
    // Widths fit the first data; later the person's own widths are kept.
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTable::restoreHeader);
    restoreHeader();
}

void RecordTable::restoreHeader()
{
    if (m_restored || m_proxy->rowCount() == 0)
        return;
    m_restored = true;
    const QByteArray state = QSettings().value(headerKey(m_settingsKey)).toByteArray();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)) {
        resizeColumnsToContents();
        for (int c = 0; c < horizontalHeader()->count(); ++c)
            horizontalHeader()->resizeSection(c, qBound(60, horizontalHeader()->sectionSize(c) + 16, 360));
    }
    sortByColumn(-1, Qt::AscendingOrder);
}

void RecordTable::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

QCborMap RecordTable::currentRecord() const
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || !selectionModel()->isRowSelected(index.row(), {}))
        return {};
    return index.data(RemoteListModel::RecordRole).value<QCborMap>();
}

qint64 RecordTable::currentId() const
{
    return protocol::intOr(currentRecord().value(QStringLiteral("id")));
}

QList<QCborMap> RecordTable::selectedRecords() const
{
    QList<QCborMap> list;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        list.append(index.data(RemoteListModel::RecordRole).value<QCborMap>());
    return list;
}

void RecordTable::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(RemoteListModel::IdRole).toLongLong() == id) {
            setCurrentIndex(index);
            selectRow(row);
            scrollTo(index);
            return;
        }
    }
}

} // namespace cj::client
