#pragma once

#include <QCborMap>
#include <QChartView>

namespace cj::client {

// A pupil's marks over time (reports.studentDynamics): for one subject every mark as a point and
// the month's average as a line; for several subjects a line of monthly averages each.
class MarkDynamicsChart : public QChartView
{
    Q_OBJECT
public:
    explicit MarkDynamicsChart(QWidget *parent = nullptr);

    // studentName: whose marks, for the title.
    void setResult(const QCborMap &result, const QString &studentName);
};

} // namespace cj::client
