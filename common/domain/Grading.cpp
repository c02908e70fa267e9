#include "domain/Grading.h"

#include <QCborArray>
#include <QCborMap>

#include <cmath>

namespace cj {

namespace {
const QString kThresholds = QStringLiteral("thresholds");
const QString kMinMarks = QStringLiteral("minMarks");
const QString kWeighted = QStringLiteral("weighted");
const QString kControl = QStringLiteral("controlTwoBlocksFive");
// Means are compared after rounding to 1e-9 so 3.5 computed as 3.4999999999 still counts as 3.5.
constexpr double kEpsilon = 1e-9;
} // namespace

QCborMap RoundingPolicy::toCbor() const
{
    return QCborMap{{kThresholds, QCborArray{thresholds[0], thresholds[1], thresholds[2]}},
                    {kMinMarks, minMarks},
                    {kWeighted, weighted},
                    {kControl, controlTwoBlocksFive}};
}

RoundingPolicy RoundingPolicy::fromCbor(const QCborMap &map)
{
    RoundingPolicy p;
    const QCborArray t = map.value(kThresholds).toArray();
    if (t.size() == 3) {
        for (int i = 0; i < 3; ++i)
            p.thresholds[i] = t.at(i).toDouble(p.thresholds[i]);
    }
    if (map.value(kMinMarks).isInteger())
        p.minMarks = int(map.value(kMinMarks).toInteger());
    if (map.value(kWeighted).isBool())
        p.weighted = map.value(kWeighted).toBool();
    if (map.value(kControl).isBool())
        p.controlTwoBlocksFive = map.value(kControl).toBool();
    return p;
}

QString RoundingPolicy::invalidField() const
{
    if (!(thresholds[0] > 1.0 && thresholds[0] < thresholds[1] && thresholds[1] < thresholds[2] && thresholds[2] < 5.0))
        return kThresholds;
    if (minMarks < 0 || minMarks > 50)
        return kMinMarks;
    return {};
}

namespace grading {

int roundToMark(double mean, const RoundingPolicy &policy)
{
    if (mean + kEpsilon >= policy.thresholds[2])
        return 5;
    if (mean + kEpsilon >= policy.thresholds[1])
        return 4;
    if (mean + kEpsilon >= policy.thresholds[0])
        return 3;
    return 2;
}

MarkStats stats(const QList<GradedMark> &marks, const RoundingPolicy &policy)
{
    MarkStats s;
    s.count = int(marks.size());
    if (marks.isEmpty()) {
        s.tooFewMarks = policy.minMarks > 0;
        return s;
    }
    double sum = 0;
    double weightedSum = 0;
    double weights = 0;
    bool controlTwo = false;
    for (const GradedMark &m : marks) {
        sum += m.value;
        weightedSum += m.value * m.weight;
        weights += m.weight;
        controlTwo |= m.control && m.value <= 2;
    }
    s.average = sum / marks.size();
    s.weighted = weights > 0 ? weightedSum / weights : *s.average;
    s.tooFewMarks = s.count < policy.minMarks;
    if (!s.tooFewMarks) {
        int mark = roundToMark(policy.weighted ? *s.weighted : *s.average, policy);
        if (policy.controlTwoBlocksFive && controlTwo && mark == 5)
            mark = 4;
        s.forecast = mark;
    }
    return s;
}

int finalFromYearAndExam(int yearMark, int examMark)
{
    return int(std::floor((yearMark + examMark) / 2.0 + 0.5));
}

} // namespace grading
} // namespace cj
