#pragma once

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

#include "storage/ScheduleStore.h"

namespace cj::server {

// Who and what a lesson in a time slot takes up.
struct SlotUse {
    qint64 classId = 0;
    qint64 subgroupId = 0; // 0: the whole class
    qint64 teacherId = 0;  // who gives it (the substitute, for a substituted lesson)
    QString room;          // empty: not said
};

// Two lessons in the same slot clash when they share the teacher, the room, or the class — except
// lessons of different subgroups of a class, which run at the same time (English in two groups).
class ScheduleClash
{
public:
    enum class Kind { None, Teacher, Room, Class };
    static Kind between(const SlotUse &a, const SlotUse &b);
    static QString name(Kind kind); // "teacher", "room", "class"

    struct Found {
        Kind kind = Kind::None;
        ScheduleEntryRecord entry;
    };
    // The first entry of the same slot that clashes with `use`, skipping those of `exceptAssignment`.
    static std::optional<Found> withEntries(const SlotUse &use, const QList<ScheduleEntryRecord> &slot,
                                            qint64 exceptAssignment = 0);
    // Throws conflict with details {clash, with}: what clashes, and the entry or lesson it clashes with.
    [[noreturn]] static void refuse(Kind kind, const QCborMap &with);
};

} // namespace cj::server
