#pragma once

#include <QDate>
#include <QList>

#include <optional>

#include "storage/JournalStore.h"

namespace cj::server {

// A pupil's marks in an assignment's lessons of one period, as the figures in the answers of mark
// batches need them (the morning peak's hot path): read from the database once, then kept exact by
// the batches, which apply each cell they have committed. Any other write of marks (the single path,
// corrections) and any change of the school's structure (StructureCache's epoch: lessons, kinds of
// work and their weights, users' names) make what is kept unusable. A read is kept only if nothing
// it could have missed was written meanwhile: it is stamped before it is made, with the epoch and
// the count of cells applied so far.
//
// The cell a batch last read for a pupil, and the pupil's cells batches have written since (the
// last eight), are known whole as well (who entered each mark, the attendance, the writer's short
// name), so the next write of such a cell needs no read at all. A
// change of a cell's attendance, made by the single path, is noted after its commit; what was
// known of that cell before the note is not used again.
class PeriodMarksCache
{
public:
    struct Key {
        qint64 assignmentId = 0;
        qint64 studentId = 0;
        QDate from;
        QDate to;
        bool operator==(const Key &o) const = default;
    };

    struct Stamp {
        quint64 epoch = 0;
        quint64 applied = 0;
    };

    // What is kept for a cell: the period's marks always; with `whole`, also the cell's attendance
    // and the writer's name, and the cell's own marks carry who entered them.
    struct Kept {
        CellRange range;
        bool whole = false;
    };

    static Stamp stamp();
    static std::optional<Kept> get(const Key &key, qint64 lessonId, qint64 writerId);
    // What a batch read of the cell (`range.marks` the period's, the cell's own from the read),
    // stamped before the read.
    static void put(const Key &key, qint64 lessonId, qint64 writerId, const CellRange &range, const Stamp &readAt);
    // A batch's committed write: the lesson's marks in the pupil's kept list become `marks`; the
    // cell's attendance is as known at `readAt`.
    static void applyCell(const Key &key, qint64 lessonId, const QList<MarkRow> &marks,
                          const std::optional<AttendanceRow> &attendance, const Stamp &readAt);
    // Marks were written by some other way: nothing kept is used again. Called after the commit.
    static void marksChangedElsewhere();
    // A cell's attendance or absence reason was written. Called after the commit.
    static void attendanceChanged(qint64 lessonId, qint64 studentId);
};

size_t qHash(const PeriodMarksCache::Key &key, size_t seed = 0);

} // namespace cj::server
