#include "rules/ScheduleClash.h"

#include "rpc/RpcError.h"

namespace cj::server {

ScheduleClash::Kind ScheduleClash::between(const SlotUse &a, const SlotUse &b)
{
    if (a.teacherId == b.teacherId)
        return Kind::Teacher;
    if (!a.room.isEmpty() && a.room.compare(b.room, Qt::CaseInsensitive) == 0)
        return Kind::Room;
    const bool differentSubgroups = a.subgroupId > 0 && b.subgroupId > 0 && a.subgroupId != b.subgroupId;
    if (a.classId == b.classId && !differentSubgroups)
        return Kind::Class;
    return Kind::None;
}

QString ScheduleClash::name(Kind kind)
{
    switch (kind) {
    case Kind::Teacher:
        return QStringLiteral("teacher");
    case Kind::Room:
        return QStringLiteral("room");
    case Kind::Class:
        return QStringLiteral("class");
    case Kind::None:
        break;
    }
    return {};
}

std::optional<ScheduleClash::Found> ScheduleClash::withEntries(const SlotUse &use, const QList<ScheduleEntryRecord> &slot,
                                                               qint64 exceptAssignment)
{
    for (const ScheduleEntryRecord &e : slot) {
        if (exceptAssignment > 0 && e.assignmentId == exceptAssignment)
            continue;
        const Kind kind = between(use, SlotUse{e.classId, e.subgroupId, e.teacherId, e.room});
        if (kind != Kind::None)
            return Found{kind, e};
    }
    return std::nullopt;
}

void ScheduleClash::refuse(Kind kind, const QCborMap &with)
{
    throw RpcError(protocol::ErrorCode::Conflict, QStringLiteral("the slot is taken (%1)").arg(name(kind)),
                   QCborMap{{QStringLiteral("clash"), name(kind)}, {QStringLiteral("with"), with}});
}

} // namespace cj::server
