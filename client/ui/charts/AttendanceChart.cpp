#include "ui/charts/AttendanceChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportHeader.h"

namespace cj::client {

namespace cbor = reports::cbor;
using reports::ReportFormat;

AttendanceChart::AttendanceChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("attendanceChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void AttendanceChart::setResult(const QCborMap &result)
{
    // The last result's series and axes go entirely: an axis only removed would still scale.
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    auto *ill = new QBarSet(tr("for illness"));
    auto *excused = new QBarSet(tr("for an excused reason"));
    auto *unexcused = new QBarSet(tr("without an excused reason"));
    QStringList months;
    qint64 highest = 0;
    const QCborArray tallies = cbor::list(cbor::object(result, "totals"), "months");
    const QCborArray monthList = cbor::list(result, "months");
    for (qsizetype i = 0; i < monthList.size(); ++i) {
        months.append(ReportFormat::monthName(ReportFormat::monthOf(monthList.at(i))));
        const QCborMap t = i < tallies.size() ? tallies.at(i).toMap() : QCborMap();
        ill->append(cbor::integer(t, "ill"));
        excused->append(cbor::integer(t, "excused"));
        unexcused->append(cbor::integer(t, "unexcused"));
        highest = qMax(highest, cbor::integer(t, "missed"));
    }
    auto *series = new QStackedBarSeries;
    series->append({ill, excused, unexcused});
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(months);
    auto *lessons = new QValueAxis;
    lessons->setRange(0, qMax<qint64>(5, highest + highest / 10 + 1));
    lessons->setLabelFormat(QStringLiteral("%.0f"));
    lessons->setTitleText(tr("Lessons missed"));
    c->addAxis(categories, Qt::AlignBottom);
    c->addAxis(lessons, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(lessons);
    const reports::ReportHeader header = reports::ReportHeader::fromCbor(result);
    c->setTitle(tr("Lessons missed by month: %1").arg(header.classText()));
}

} // namespace cj::client
