#pragma once

#include <QCborMap>
#include <QTableView>

class QSortFilterProxyModel;

namespace cj::client {

// The table every list screen uses: whole-row selection, sorting by clicking a header, a quick
// filter over all columns, and column widths remembered per table (QSettings "tables/<key>").
class RecordTable : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTable(const QString &settingsKey, QWidget *parent = nullptr);
    ~RecordTable() override;

    // The model is shown through a sorting/filtering proxy; ids and records are read through it.
    void setRecordModel(QAbstractItemModel *model);
    void setFilterText(const QString &text);

    QCborMap currentRecord() const;
    qint64 currentId() const;
    QList<QCborMap> selectedRecords() const;
    void selectId(qint64 id);

Q_SIGNALS:
    void recordActivated(const QCborMap &record);
    void selectionChangedTo(const QCborMap &current);

private:
    void restoreHeader();

    QString m_settingsKey;
    QSortFilterProxyModel *m_proxy;
    bool m_restored = false;
};

} // namespace cj::client
