#pragma once

#include <QList>
#include <QString>

#include <optional>

class QCborMap;

namespace cj {

// One current mark as the averages see it. A double mark «3/5» is two of these.
struct GradedMark {
    int value = 0;        // 1..5
    double weight = 1.0;  // the weight of its kind of work
    bool control = false; // a control work (контрольная)
};

// The school's rounding policy for period marks (SPEC §7, a school setting): a mean of at least
// thresholds[0] gives «3», [1] gives «4», [2] gives «5», below [0] gives «2».
struct RoundingPolicy {
    double thresholds[3] = {2.5, 3.5, 4.5};
    int minMarks = 3;                 // fewer current marks: no forecast ("too few marks")
    bool weighted = true;             // the forecast rounds the weighted mean (else the plain mean)
    bool controlTwoBlocksFive = false; // a «2» (or «1») for a control work caps the forecast at «4»

    QCborMap toCbor() const;
    static RoundingPolicy fromCbor(const QCborMap &map);
    // Empty when valid, else which field is wrong.
    QString invalidField() const;
};

struct MarkStats {
    int count = 0;                  // number of marks (a double mark counts twice)
    std::optional<double> average;  // plain mean
    std::optional<double> weighted; // sum(mark * weight) / sum(weight)
    std::optional<int> forecast;    // the period mark the policy gives, when there are enough marks
    bool tooFewMarks = false;
};

namespace grading {
MarkStats stats(const QList<GradedMark> &marks, const RoundingPolicy &policy);
int roundToMark(double mean, const RoundingPolicy &policy);
// Certificate (аттестат) final mark: arithmetic mean of the year and exam marks, rounded
// mathematically (half up).
int finalFromYearAndExam(int yearMark, int examMark);
} // namespace grading

} // namespace cj
