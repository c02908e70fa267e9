#pragma once

#include <QSet>

#include <functional>

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Any list of records shown by one text each (a year's name, a teacher's full name …), for pickers.
class NamesModel : public RemoteListModel
{
    Q_OBJECT
public:
    using TextOf = std::function<QString(const QCborMap &)>;
    enum class Column { Name, Count };
    explicit NamesModel(QObject *parent = nullptr);

    void setTextOf(TextOf textOf) { m_textOf = std::move(textOf); }
    QString textOf(const QCborMap &record) const { return m_textOf(record); }

    // With check boxes, to choose several (e.g. the students to put into a subgroup).
    void setCheckable(bool checkable) { m_checkable = checkable; }
    QList<qint64> checkedIds() const;
    void setChecked(qint64 id, bool checked);
    // Ticked and not to be unticked here (e.g. those already in a subgroup).
    void setFixed(qint64 id);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    TextOf m_textOf;
    bool m_checkable = false;
    QSet<qint64> m_checked;
    QSet<qint64> m_fixed;
};

} // namespace cj::client
