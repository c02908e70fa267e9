#include "reports/MovementBalance.h"

#include <algorithm>

namespace cj::server {

namespace {
bool onListOn(const Stay &s, const QDate &day)
{
    return s.startsOn <= day && (!s.leftOn.isValid() || s.leftOn > day);
}

bool within(const QDate &date, const MovementSpan &span)
{
    return date.isValid() && date > span.anchor && date <= span.end;
}
} // namespace

MovementBalance::MovementBalance(QList<Stay> stays)
{
    std::sort(stays.begin(), stays.end(), [](const Stay &a, const Stay &b) {
        return std::tie(a.list, a.studentId, a.startsOn) < std::tie(b.list, b.studentId, b.startsOn);
    });
    for (const Stay &s : stays) {
        if (!m_stays.isEmpty()) {
            Stay &last = m_stays.last();
            if (last.list == s.list && last.studentId == s.studentId && last.leftOn.isValid() && last.leftOn == s.startsOn) {
                last.leftOn = s.leftOn;
                continue;
            }
        }
        m_stays.append(s);
    }
}

SpanBalance MovementBalance::balance(const QString &list, const MovementSpan &span) const
{
    SpanBalance b;
    for (const Stay &s : m_stays) {
        if (s.list != list)
            continue;
        b.atStart += onListOn(s, span.anchor) ? 1 : 0;
        b.atEnd += onListOn(s, span.end) ? 1 : 0;
        if (within(s.startsOn, span))
            b.arrived.append(ListChange{s.studentId, s.startsOn});
        if (within(s.leftOn, span))
            b.left.append(ListChange{s.studentId, s.leftOn});
    }
    auto byDate = [](const ListChange &a, const ListChange &b) {
        return std::tie(a.onDate, a.studentId) < std::tie(b.onDate, b.studentId);
    };
    std::sort(b.arrived.begin(), b.arrived.end(), byDate);
    std::sort(b.left.begin(), b.left.end(), byDate);
    return b;
}

QList<MovementSpan> MovementBalance::spans(const QDate &yearStart, const QDate &yearEnd, const QList<QDate> &periodEnds)
{
    QList<MovementSpan> spans;
    QDate anchor = yearStart;
    for (qsizetype i = 0; i < periodEnds.size(); ++i) {
        const QDate end = i + 1 == periodEnds.size() ? qMax(periodEnds.at(i), yearEnd) : periodEnds.at(i);
        spans.append(MovementSpan{anchor, end});
        anchor = end;
    }
    return spans;
}

} // namespace cj::server
