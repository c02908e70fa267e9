#include "ui/charts/MarkDynamicsChart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMap>
#include <QScatterSeries>
#include <QValueAxis>

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"

namespace cj::client {

namespace cbor = reports::cbor;
using reports::ReportFormat;

namespace {
qint64 msecs(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}
} // namespace

MarkDynamicsChart::MarkDynamicsChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("markDynamicsChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void MarkDynamicsChart::setResult(const QCborMap &result, const QString &studentName)
{
    // The last result's series and axes go entirely: an axis only removed would still scale.
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    QMap<qint64, QString> subjects; // id -> name, in id order for stable colours
    QMap<qint64, QList<QPointF>> points;
    for (const QCborValue &pv : cbor::list(result, "points")) {
        const QCborMap p = pv.toMap();
        const qint64 subject = cbor::integer(p, "subjectId");
        subjects.insert(subject, cbor::text(p, "subjectName"));
        points[subject].append(QPointF(msecs(ReportFormat::dateOf(cbor::value(p, "date"))), cbor::integer(p, "value")));
    }
    QMap<qint64, QList<QPointF>> averages;
    for (const QCborValue &mv : cbor::list(result, "months")) {
        const QCborMap m = mv.toMap();
        // The middle of the month stands for the month.
        const QDate month = ReportFormat::monthOf(cbor::value(m, "month")).addDays(14);
        averages[cbor::integer(m, "subjectId")].append(QPointF(msecs(month), cbor::value(m, "average").toDouble()));
    }

    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("dd.MM"));
    dates->setTitleText(tr("Date"));
    auto *marks = new QValueAxis;
    // Half a mark of room above «5» and below «1»; ticks only at the marks themselves.
    marks->setRange(0.5, 5.5);
    marks->setTickType(QValueAxis::TicksDynamic);
    marks->setTickAnchor(1);
    marks->setTickInterval(1);
    marks->setLabelFormat(QStringLiteral("%.0f"));
    marks->setTitleText(tr("Mark"));
    c->addAxis(dates, Qt::AlignBottom);
    c->addAxis(marks, Qt::AlignLeft);

    const bool oneSubject = subjects.size() == 1;
    for (auto it = subjects.constBegin(); it != subjects.constEnd(); ++it) {
        auto *line = new QLineSeries;
        line->setName(oneSubject ? tr("Average for the month") : it.value());
        line->setPointsVisible(true);
        line->append(averages.value(it.key()));
        c->addSeries(line);
        line->attachAxis(dates);
        line->attachAxis(marks);
        if (oneSubject) {
            auto *scatter = new QScatterSeries;
            scatter->setName(tr("Marks"));
            scatter->setMarkerSize(8);
            scatter->append(points.value(it.key()));
            c->addSeries(scatter);
            scatter->attachAxis(dates);
            scatter->attachAxis(marks);
        }
    }
    const QDate from = ReportFormat::dateOf(cbor::value(cbor::object(result, "header"), "from"));
    const QDate to = ReportFormat::dateOf(cbor::value(cbor::object(result, "header"), "to"));
    if (from.isValid() && to.isValid())
        dates->setRange(from.startOfDay(), to.startOfDay());
    c->setTitle(subjects.isEmpty() ? tr("%1: no marks in this time").arg(studentName)
                                   : oneSubject ? tr("%1: %2").arg(studentName, subjects.first())
                                                : tr("%1: average marks by month").arg(studentName));
}

} // namespace cj::client
