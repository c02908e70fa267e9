#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace cj::server {

// A pupil's time on one list, [startsOn, leftOn): a class's list, a level's, the school's.
struct Stay {
    qint64 studentId = 0;
    QString list; // which list: a class id, a level, "school"
    QDate startsOn;
    QDate leftOn; // invalid: still on it
};

// A stretch of the year a movement row covers: on the list on `anchor` is "at start", changes dated
// after it up to `end` are the row's arrivals and departures, on the list on `end` is "at end".
struct MovementSpan {
    QDate anchor;
    QDate end;
};

struct ListChange {
    qint64 studentId = 0;
    QDate onDate; // for a departure: the first day off the list
};

struct SpanBalance {
    int atStart = 0;
    QList<ListChange> arrived;
    QList<ListChange> left;
    int atEnd = 0; // always atStart + arrived − left
};

// Движение учащихся counted from the lists themselves, so every row balances. Stays of a pupil on the
// same list that follow each other without a gap are one stay: a transfer between two classes of a
// level is no movement of the level, a transfer between classes none of the school.
class MovementBalance
{
public:
    explicit MovementBalance(QList<Stay> stays);

    SpanBalance balance(const QString &list, const MovementSpan &span) const;
    // The rows of a year: each period runs from the previous one's end (the first from the year's
    // first day); the last runs to the year's end, so that summer moves are counted too.
    static QList<MovementSpan> spans(const QDate &yearStart, const QDate &yearEnd, const QList<QDate> &periodEnds);

private:
    QList<Stay> m_stays;
};

} // namespace cj::server
