#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// One bell schedule (расписание звонков): lesson number, start and end, edited in place and saved
// with bells.save. Lesson length and the break after it are worked out for the eye.
class BellsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Lesson, StartsAt, EndsAt, Minutes, BreakAfter, Count };
    explicit BellsModel(QObject *parent = nullptr);

    // A lesson after the last one: 45 minutes after a 10-minute break (the first at 08:30).
    void addBell();
    // The "bells" argument of bells.save.
    QCborArray toWire() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    bool isEditable(int column) const override;
    bool setCell(QCborMap &record, int column, const QVariant &value) override;

private:
    QVariant breakAfter(int row) const;
};

} // namespace cj::client
