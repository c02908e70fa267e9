#pragma once

#include <QList>

#include "core/journal/FinalMark.h"
#include "core/journal/JournalCell.h"
#include "core/journal/JournalLesson.h"

namespace cj::client {

// What one edit of a page changes, as states before and after: redoing sends the "after" states,
// undoing the "before" ones, so the inverse of any edit is exact.
struct CellChange {
    JournalCell before;
    JournalCell after;
};

struct LessonChange {
    qint64 lessonId = 0;
    LessonContent before;
    LessonContent after;
};

struct FinalMarkChange {
    FinalMark before;
    FinalMark after;
};

struct JournalChangeSet {
    QList<CellChange> cells;
    QList<LessonChange> lessons;
    QList<FinalMarkChange> finalMarks;

    bool isEmpty() const { return cells.isEmpty() && lessons.isEmpty() && finalMarks.isEmpty(); }
};

} // namespace cj::client
