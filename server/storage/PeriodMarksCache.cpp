#include "storage/PeriodMarksCache.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <atomic>

#include "storage/StructureCache.h"

namespace cj::server {

namespace {
// A bound on memory: a school's morning touches a few thousand pupils' subjects.
constexpr qsizetype kMaxEntries = 20000;

std::atomic<quint64> g_marksEpoch{0};
// Under g_mutex: cells applied and attendance changes noted so far (one count, so a stamp orders
// both), and that count when the pupils' map, the notes were last emptied for room.
quint64 g_applied = 0;
quint64 g_clearedAt = 0;
quint64 g_notesClearedAt = 0;

// A cell known whole: its marks in the entry carry who entered them; its attendance as of `at`.
struct KnownCell {
    qint64 lessonId = 0;
    quint64 at = 0;
    std::optional<AttendanceRow> attendance;
};
// A pupil's few cells written lately (a QHash would take kilobytes an entry), the latest last.
constexpr qsizetype kMaxKnownCells = 8;

// A pupil's kept marks, or (usable = false) only the count at which a cell of theirs was last
// applied, so that a read made before it is not kept after it.
struct Entry {
    quint64 epoch = 0;
    quint64 lastApplied = 0;
    bool usable = false;
    QList<MarkRow> marks;
    QList<KnownCell> cells;
};

struct WriterName {
    quint64 epoch = 0;
    QString name;
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
// The count at which each cell's attendance was last noted as changed.
QHash<CellKey, quint64> &attendanceNotes()
{
    static QHash<CellKey, quint64> map;
    return map;
}
QHash<qint64, WriterName> &writerNames()
{
    static QHash<qint64, WriterName> map;
    return map;
}

// A count that only grows orders a note against a stamp: a note made before the stamp was taken
// (so before the read it stamps) is at most the stamp's count.
const KnownCell *knownCell(const Entry &entry, qint64 lessonId, qint64 studentId)
{
    const auto it = std::find_if(entry.cells.cbegin(), entry.cells.cend(), [&](const KnownCell &c) { return c.lessonId == lessonId; });
    if (it == entry.cells.cend() || it->at < g_notesClearedAt || attendanceNotes().value({lessonId, studentId}) > it->at)
        return nullptr;
    return &*it;
}

void know(Entry &entry, KnownCell cell)
{
    entry.cells.removeIf([&](const KnownCell &c) { return c.lessonId == cell.lessonId; });
    if (entry.cells.size() >= kMaxKnownCells)
        entry.cells.removeFirst();
    entry.cells.append(std::move(cell));
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

std::optional<PeriodMarksCache::Kept> PeriodMarksCache::get(const Key &key, qint64 lessonId, qint64 writerId)
{
    QMutexLocker lock(&g_mutex);
    const quint64 epoch = currentEpoch();
    const auto it = entries().constFind(key);
    if (it == entries().constEnd() || !it->usable || it->epoch != epoch)
        return std::nullopt;
    Kept kept;
    kept.range.marks = it->marks;
    const KnownCell *cell = knownCell(*it, lessonId, key.studentId);
    const auto writer = writerNames().constFind(writerId);
    if (cell && writer != writerNames().constEnd() && writer->epoch == epoch) {
        kept.range.attendance = cell->attendance;
        kept.range.writerName = writer->name;
        kept.whole = true;
    }
    return kept;
}

void PeriodMarksCache::put(const Key &key, qint64 lessonId, qint64 writerId, const CellRange &range, const Stamp &readAt)
{
    QMutexLocker lock(&g_mutex);
    if (writerNames().size() >= kMaxEntries)
        writerNames().clear();
    writerNames().insert(writerId, WriterName{readAt.epoch, range.writerName});
    const auto it = entries().find(key);
    // A cell of the pupil's written after the read began (or perhaps written: its trace was
    // cleared for room since) may be missing from the read.
    if ((it != entries().end() && it->lastApplied > readAt.applied) || g_clearedAt > readAt.applied)
        return;
    // Only the cell read is known whole: the other lessons' marks in `range` may come from a read
    // of the period, which leaves out who entered them.
    Entry entry{readAt.epoch, readAt.applied, true, range.marks, {KnownCell{lessonId, readAt.applied, range.attendance}}};
    if (it != entries().end()) {
        *it = std::move(entry);
        return;
    }
    if (entries().size() >= kMaxEntries) {
        entries().clear();
        g_clearedAt = g_applied;
    }
    entries().insert(key, std::move(entry));
}

void PeriodMarksCache::applyCell(const Key &key, qint64 lessonId, const QList<MarkRow> &marks,
                                 const std::optional<AttendanceRow> &attendance, const Stamp &readAt)
{
    QMutexLocker lock(&g_mutex);
    Entry &entry = entries()[key];
    entry.lastApplied = ++g_applied;
    if (!entry.usable || entry.epoch != currentEpoch()) {
        entry.usable = false;
        entry.marks.clear();
        entry.cells.clear();
        return;
    }
    entry.marks = withLessonMarks(entry.marks, lessonId, marks);
    know(entry, KnownCell{lessonId, readAt.applied, attendance});
}

void PeriodMarksCache::marksChangedElsewhere()
{
    g_marksEpoch.fetch_add(1);
}

void PeriodMarksCache::attendanceChanged(qint64 lessonId, qint64 studentId)
{
    QMutexLocker lock(&g_mutex);
    if (attendanceNotes().size() >= kMaxEntries) {
        attendanceNotes().clear();
        g_notesClearedAt = g_applied;
    }
    attendanceNotes().insert({lessonId, studentId}, ++g_applied);
}

} // namespace cj::server
