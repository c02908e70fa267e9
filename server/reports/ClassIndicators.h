#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cj::server {

// A period (or year) mark as the class indicators see it: 2..5, or зачёт/незачёт.
struct ResultMark {
    int value = 0;              // 2..5; 0 for зачёт/незачёт
    std::optional<bool> passed; // зачёт/незачёт subjects

    bool isFail() const { return passed ? !*passed : value == 2; }
};

// One pupil on the list at the end of the period, as one subject's results see them.
struct SubjectPupil {
    bool exempt = false;
    std::optional<ResultMark> mark;
};

// Итоги по предмету (SPEC §7, docs/protocol.md "Reports"): N = on the list − exempt − without a mark;
// the n's count pupils by their mark. Rates are exact; none when N is 0.
struct SubjectIndicators {
    bool passFail = false;
    int onList = 0;
    int exempt = 0;
    int withoutMark = 0;
    int n = 0;
    int n5 = 0, n4 = 0, n3 = 0, n2 = 0;
    int passed = 0, failed = 0; // зачёт/незачёт subjects

    static SubjectIndicators of(const QList<SubjectPupil> &pupils, bool passFail);
    std::optional<double> successRate() const; // (n5 + n4 + n3) / N × 100, or зачёт / N × 100
    std::optional<double> qualityRate() const; // (n5 + n4) / N × 100; none for зачёт/незачёт
    std::optional<double> sou() const;         // (100·n5 + 64·n4 + 36·n3 + 16·n2) / N; none for зачёт/незачёт
    std::optional<double> average() const;     // (5·n5 + 4·n4 + 3·n3 + 2·n2) / N; none for зачёт/незачёт
};

// Where a pupil stands over all subjects of a period.
enum class PupilCategory {
    WithoutMarks, // on the list, no period mark at all: not in N
    Excellent,    // отличник: every mark «5»
    Good,         // хорошист: only «4» and «5», at least one «4»
    OneThree,     // exactly one «3», the rest «4»/«5»
    Failing,      // неуспевающий: a «2» or a незачёт
    Other,        // успевает, with more than one «3»
};

// The class's totals (or a parallel's, a level's, the school's, by adding classes): N counts pupils
// with at least one period mark.
struct ClassIndicators {
    int onList = 0;
    int n = 0;
    int excellent = 0, good = 0, oneThree = 0, failing = 0, withoutMarks = 0;

    // A pupil's category from their marks in every subject they are graded in (зачёт counts for
    // neither «5» nor «4»: it only keeps a pupil from failing).
    static PupilCategory categorize(const QList<ResultMark> &marks);
    void add(PupilCategory category);
    ClassIndicators &operator+=(const ClassIndicators &other);
    std::optional<double> successRate() const; // pupils without «2» / N × 100
    std::optional<double> qualityRate() const; // (отличники + хорошисты) / N × 100
};

} // namespace cj::server
