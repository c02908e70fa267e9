#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// The periods of one scheme (quarters or halves) of a year, edited in place and saved together with
// periods.set. Numbers follow the rows' order.
class PeriodsModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Number, Name, StartsOn, EndsOn, Days, Count };
    explicit PeriodsModel(QObject *parent = nullptr);

    // The periods of `scheme` among a Year's periods.
    void setFromYear(const QCborMap &year, const QString &scheme);
    void addPeriod(const QString &defaultName);
    void removePeriod(int row);
    // The "periods" argument of periods.set.
    QCborArray toWire() const;

protected:
    bool isEditable(int column) const override;
    bool setCell(QCborMap &record, int column, const QVariant &value) override;

private:
    void renumber();
};

} // namespace cj::client
