#include "storage/PeriodMarksCache.h"

#include <QHash>
#include <QMutex>

#include <atomic>

#include "storage/StructureCache.h"

namespace cj::server {

namespace {
// A bound on memory: a school's morning touches a few thousand pupils' subjects.
constexpr qsizetype kMaxEntries = 20000;

std::atomic<quint64> g_marksEpoch{0};
quint64 g_applied = 0;   // cells applied so far; under g_mutex
quint64 g_clearedAt = 0; // g_applied when the map was last emptied for room

// A pupil's kept marks, or (usable = false) only the count at which a cell of theirs was last
// applied, so that a read made before it is not kept after it.
struct Entry {
    quint64 epoch = 0;
    quint64 lastApplied = 0;
    bool usable = false;
    QList<MarkRow> marks;
};

quint64 currentEpoch()
{
    // Both counters only grow, so their sum moves whenever either does.
    return StructureCache::epoch() + g_marksEpoch.load();
}

QMutex g_mutex;
QHash<PeriodMarksCache::Key, Entry> &entries()
{
    static QHash<PeriodMarksCache::Key, Entry> map;
    return map;
}
} // namespace

size_t qHash(const PeriodMarksCache::Key &key, size_t seed)
{
    return qHashMulti(seed, key.assignmentId, key.studentId, key.from.toJulianDay(), key.to.toJulianDay());
}

PeriodMarksCache::Stamp PeriodMarksCache::stamp()
{
    QMutexLocker lock(&g_mutex);
    return {currentEpoch(), g_applied};
}

std::optional<QList<MarkRow>> PeriodMarksCache::get(const Key &key)
{
    QMutexLocker lock(&g_mutex);
    const auto it = entries().constFind(key);
    if (it == entries().constEnd() || !it->usable || it->epoch != currentEpoch())
        return std::nullopt;
    return it->marks;
}

void PeriodMarksCache::put(const Key &key, const QList<MarkRow> &marks, const Stamp &readAt)
{
    QMutexLocker lock(&g_mutex);
    const auto it = entries().constFind(key);
    // A cell of the pupil's written after the read began (or perhaps written: its trace was
    // cleared for room since) may be missing from the read.
    if ((it != entries().constEnd() && it->lastApplied > readAt.applied) || g_clearedAt > readAt.applied)
        return;
    if (entries().size() >= kMaxEntries) {
        entries().clear();
        g_clearedAt = g_applied;
    }
    entries().insert(key, Entry{readAt.epoch, readAt.applied, true, marks});
}

void PeriodMarksCache::applyCell(const Key &key, qint64 lessonId, const QList<MarkRow> &marks)
{
    QMutexLocker lock(&g_mutex);
    Entry &entry = entries()[key];
    entry.lastApplied = ++g_applied;
    if (!entry.usable || entry.epoch != currentEpoch()) {
        entry.usable = false;
        entry.marks.clear();
        return;
    }
    entry.marks = withLessonMarks(entry.marks, lessonId, marks);
}

void PeriodMarksCache::marksChangedElsewhere()
{
    g_marksEpoch.fetch_add(1);
}

} // namespace cj::server
