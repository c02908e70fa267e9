#pragma once

#include <QCborMap>

#include "ui/common/GridEditor.h"

namespace cj::client {

class PeriodsModel;

// The periods of one scheme of a year — «1 четверть» … «4 четверть» or «1 полугодие», «2 полугодие» —
// with their dates, saved by periods.set.
class PeriodsEditor : public GridEditor
{
    Q_OBJECT
public:
    PeriodsEditor(Session *session, const QString &scheme, QWidget *parent = nullptr);

    void setYear(const QCborMap &year);

Q_SIGNALS:
    void yearChanged(const QCborMap &year);

protected:
    void addRow() override;
    void removeRow(int row) override;
    void save() override;

private:
    QString m_scheme;
    qint64 m_yearId = 0;
    PeriodsModel *m_model;
};

} // namespace cj::client
