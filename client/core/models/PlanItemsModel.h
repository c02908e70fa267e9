#pragma once

#include <QAbstractTableModel>
#include <QCborArray>

namespace cj::client {

// One planned topic of a КТП (calendar-thematic plan).
struct PlanItem {
    qint64 id = 0;
    QString topic;
    double hours = 1;
    QString homework;
    int lessonCount = 0; // lessons that took this topic

    static PlanItem fromCbor(const QCborMap &map);
    QCborMap toSave() const;
};

// The КТП as an editable list: topic, hours, homework, and how many lessons took the topic.
// Rows can be added, removed and moved; saving sends the whole list (plan.save).
class PlanItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Rows are numbered by the vertical header (a row's number is its place, not its data).
    enum class Column { Topic, Hours, Homework, Lessons, Count };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QList<PlanItem> items);
    const QList<PlanItem> &items() const { return m_items; }
    QCborArray toSave() const;
    double plannedHours() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    void insertItem(int row, const PlanItem &item = {});
    void removeItem(int row);
    bool moveItem(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void totalsChanged();

private:
    QList<PlanItem> m_items;
    bool m_modified = false;
};

} // namespace cj::client
