#include "reports/ClassIndicators.h"

namespace cj::server {

namespace {
std::optional<double> percent(int part, int n)
{
    if (n == 0)
        return std::nullopt;
    return part * 100.0 / n;
}

std::optional<double> perPupil(int sum, int n)
{
    if (n == 0)
        return std::nullopt;
    return double(sum) / n;
}
} // namespace

SubjectIndicators SubjectIndicators::of(const QList<SubjectPupil> &pupils, bool passFail)
{
    SubjectIndicators s;
    s.passFail = passFail;
    s.onList = int(pupils.size());
    for (const SubjectPupil &p : pupils) {
        if (p.exempt) {
            ++s.exempt;
            continue;
        }
        if (!p.mark) {
            ++s.withoutMark;
            continue;
        }
        ++s.n;
        if (p.mark->passed) {
            ++(*p.mark->passed ? s.passed : s.failed);
            continue;
        }
        switch (p.mark->value) {
        case 5: ++s.n5; break;
        case 4: ++s.n4; break;
        case 3: ++s.n3; break;
        default: ++s.n2; break;
        }
    }
    return s;
}

std::optional<double> SubjectIndicators::successRate() const
{
    return percent(passFail ? passed : n5 + n4 + n3, n);
}

std::optional<double> SubjectIndicators::qualityRate() const
{
    return passFail ? std::nullopt : percent(n5 + n4, n);
}

std::optional<double> SubjectIndicators::sou() const
{
    // nн/а is always 0: «н/а» is not accepted as a period mark (000 §5.3).
    return passFail ? std::nullopt : perPupil(100 * n5 + 64 * n4 + 36 * n3 + 16 * n2, n);
}

std::optional<double> SubjectIndicators::average() const
{
    return passFail ? std::nullopt : perPupil(5 * n5 + 4 * n4 + 3 * n3 + 2 * n2, n);
}

PupilCategory ClassIndicators::categorize(const QList<ResultMark> &marks)
{
    if (marks.isEmpty())
        return PupilCategory::WithoutMarks;
    int fives = 0, fours = 0, threes = 0;
    for (const ResultMark &m : marks) {
        if (m.isFail())
            return PupilCategory::Failing;
        fives += m.value == 5;
        fours += m.value == 4;
        threes += m.value == 3;
    }
    if (threes == 1)
        return PupilCategory::OneThree;
    if (threes > 1)
        return PupilCategory::Other;
    if (fours > 0)
        return PupilCategory::Good;
    return fives > 0 ? PupilCategory::Excellent : PupilCategory::Other;
}

void ClassIndicators::add(PupilCategory category)
{
    ++onList;
    if (category == PupilCategory::WithoutMarks) {
        ++withoutMarks;
        return;
    }
    ++n;
    switch (category) {
    case PupilCategory::Excellent: ++excellent; break;
    case PupilCategory::Good: ++good; break;
    case PupilCategory::OneThree: ++oneThree; break;
    case PupilCategory::Failing: ++failing; break;
    default: break;
    }
}

ClassIndicators &ClassIndicators::operator+=(const ClassIndicators &o)
{
    onList += o.onList;
    n += o.n;
    excellent += o.excellent;
    good += o.good;
    oneThree += o.oneThree;
    failing += o.failing;
    withoutMarks += o.withoutMarks;
    return *this;
}

std::optional<double> ClassIndicators::successRate() const
{
    return percent(n - failing, n);
}

std::optional<double> ClassIndicators::qualityRate() const
{
    return percent(excellent + good, n);
}

} // namespace cj::server
