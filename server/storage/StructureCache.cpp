#include "storage/StructureCache.h"

#include <QHash>
#include <QMutex>

#include <atomic>

#include "db/Db.h"
#include "storage/YearStore.h"

namespace cj::server {

namespace {
std::atomic<quint64> g_epoch{1};
// A bound on memory: a region's worth of lessons is far more than a morning needs.
constexpr qsizetype kMaxLessons = 200000;

template<typename Key, typename Value>
class EpochMap
{
public:
    std::optional<Value> get(const Key &key)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_map.constFind(key);
        if (it == m_map.constEnd() || it->epoch != g_epoch.load())
            return std::nullopt;
        return it->value;
    }
    void put(const Key &key, const Value &value, quint64 epoch, qsizetype limit = 100000)
    {
        QMutexLocker lock(&m_mutex);
        if (m_map.size() >= limit)
            m_map.clear();
        m_map.insert(key, Entry{epoch, value});
    }
    void remove(const Key &key)
    {
        QMutexLocker lock(&m_mutex);
        m_map.remove(key);
    }

private:
    struct Entry {
        quint64 epoch;
        Value value;
    };
    QMutex m_mutex;
    QHash<Key, Entry> m_map;
};

EpochMap<qint64, LessonContext> &lessons()
{
    static EpochMap<qint64, LessonContext> map;
    return map;
}

EpochMap<std::pair<qint64, qint64>, std::shared_ptr<const QList<Membership>>> &members()
{
    static EpochMap<std::pair<qint64, qint64>, std::shared_ptr<const QList<Membership>>> map;
    return map;
}

EpochMap<qint64, std::shared_ptr<const Calendar>> &calendars()
{
    static EpochMap<qint64, std::shared_ptr<const Calendar>> map;
    return map;
}

EpochMap<std::pair<qint64, qint64>, std::shared_ptr<const QList<Exemption>>> &exempt()
{
    static EpochMap<std::pair<qint64, qint64>, std::shared_ptr<const QList<Exemption>>> map;
    return map;
}

EpochMap<qint64, std::shared_ptr<const QList<WorkKind>>> &kinds()
{
    static EpochMap<qint64, std::shared_ptr<const QList<WorkKind>>> map;
    return map;
}

EpochMap<qint64, AssignmentContext> &assignments()
{
    static EpochMap<qint64, AssignmentContext> map;
    return map;
}

EpochMap<qint64, std::shared_ptr<const Bells>> &bellsOfClasses()
{
    static EpochMap<qint64, std::shared_ptr<const Bells>> map;
    return map;
}

// Loads through `load` unless a current entry exists; the epoch is taken before loading, so data
// read while a structure write commits is not kept past it.
template<typename Key, typename Value, typename Load>
Value cached(EpochMap<Key, Value> &map, const Key &key, Load load, qsizetype limit = 100000)
{
    if (auto hit = map.get(key))
        return *hit;
    const quint64 epoch = g_epoch.load();
    Value value = load();
    map.put(key, value, epoch, limit);
    return value;
}
// As cached(), for what may not exist: only what was found is kept.
template<typename Key, typename Value, typename Load>
std::optional<Value> cachedIfFound(EpochMap<Key, Value> &map, const Key &key, Load load, qsizetype limit = 100000)
{
    if (auto hit = map.get(key))
        return hit;
    const quint64 epoch = g_epoch.load();
    std::optional<Value> value = load();
    if (value)
        map.put(key, *value, epoch, limit);
    return value;
}
} // namespace

void StructureCache::invalidate()
{
    g_epoch.fetch_add(1);
}

quint64 StructureCache::epoch()
{
    return g_epoch.load();
}

void StructureCache::forgetLesson(qint64 lessonId)
{
    lessons().remove(lessonId);
}

std::optional<LessonContext> StructureCache::lesson(Db &db, qint64 lessonId)
{
    return cachedIfFound(lessons(), lessonId, [&] { return JournalStore::lesson(db, lessonId); }, kMaxLessons);
}

std::shared_ptr<const QList<Membership>> StructureCache::memberships(Db &db, const AssignmentContext &a)
{
    // Keyed by the membership owner: (subgroup, 0) for a subgroup, (0, class) for a class.
    const std::pair<qint64, qint64> key{a.subgroupId, a.subgroupId ? 0 : a.classId};
    return cached(members(), key, [&] { return std::make_shared<const QList<Membership>>(JournalStore::memberships(db, a)); });
}

std::shared_ptr<const Calendar> StructureCache::calendar(Db &db, qint64 yearId)
{
    return cached(calendars(), yearId,
                  [&] { return std::make_shared<const Calendar>(YearStore::byId(db, yearId).value_or(YearRecord{})); });
}

std::shared_ptr<const QList<Exemption>> StructureCache::exemptions(Db &db, qint64 subjectId, qint64 yearId)
{
    return cached(exempt(), std::pair<qint64, qint64>{subjectId, yearId},
                  [&] { return std::make_shared<const QList<Exemption>>(JournalStore::exemptions(db, subjectId, yearId)); });
}

std::optional<AssignmentContext> StructureCache::assignment(Db &db, qint64 assignmentId)
{
    return cachedIfFound(assignments(), assignmentId, [&] { return JournalStore::assignment(db, assignmentId); });
}

std::shared_ptr<const Bells> StructureCache::bells(Db &db, qint64 classId)
{
    return cached(bellsOfClasses(), classId, [&] { return std::make_shared<const Bells>(JournalStore::bells(db, classId)); });
}

std::shared_ptr<const QList<WorkKind>> StructureCache::workKinds(Db &db, qint64 schoolId)
{
    return cached(kinds(), schoolId, [&] { return std::make_shared<const QList<WorkKind>>(WorkKindStore::list(db, schoolId, true)); });
}

std::optional<WorkKind> StructureCache::workKind(Db &db, qint64 schoolId, qint64 kindId)
{
    for (const WorkKind &k : *workKinds(db, schoolId)) {
        if (k.id == kindId)
            return k;
    }
    return std::nullopt;
}

bool StructureCache::isMember(Db &db, const AssignmentContext &a, qint64 studentId, const QDate &on)
{
    for (const Membership &m : *memberships(db, a)) {
        if (m.studentId == studentId && m.covers(on))
            return true;
    }
    return false;
}

bool StructureCache::isExempt(Db &db, const AssignmentContext &a, qint64 studentId, qint64 periodId)
{
    for (const Exemption &e : *exemptions(db, a.subjectId, a.yearId)) {
        if (e.studentId == studentId && e.covers(periodId))
            return true;
    }
    return false;
}

QSet<qint64> StructureCache::exemptIn(Db &db, const AssignmentContext &a, qint64 periodId)
{
    QSet<qint64> students;
    for (const Exemption &e : *exemptions(db, a.subjectId, a.yearId)) {
        if (e.covers(periodId))
            students.insert(e.studentId);
    }
    return students;
}

} // namespace cj::server
