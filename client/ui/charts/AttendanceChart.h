#pragma once

#include <QCborMap>
#include <QChartView>

namespace cj::client {

// A class's missed lessons by month (from reports.attendanceStatement), stacked by reason: for
// illness, excused, unexcused.
class AttendanceChart : public QChartView
{
    Q_OBJECT
public:
    explicit AttendanceChart(QWidget *parent = nullptr);

    void setResult(const QCborMap &attendanceStatement);
};

} // namespace cj::client
