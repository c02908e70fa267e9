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
// work and their weights) make what is kept unusable. A read is kept only if nothing it could
// have missed was written meanwhile: it is stamped before it is made, with the epoch and the
// count of cells applied so far.
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

    static Stamp stamp();
    static std::optional<QList<MarkRow>> get(const Key &key);
    static void put(const Key &key, const QList<MarkRow> &marks, const Stamp &readAt);
    // A batch's committed write: the lesson's marks in the pupil's kept list become `marks`.
    static void applyCell(const Key &key, qint64 lessonId, const QList<MarkRow> &marks);
    // Marks were written by some other way: nothing kept is used again. Called after the commit.
    static void marksChangedElsewhere();
};

size_t qHash(const PeriodMarksCache::Key &key, size_t seed = 0);

} // namespace cj::server
