#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QList>

#include "storage/YearStore.h"
#include "storage/GuardianStore.h"

namespace cj::server {
struct YearRecord;
struct ClassRecord;
struct SubjectRecord;
struct SubgroupRecord;
struct AssignmentRecord;
struct ScheduleEntryRecord;
struct LessonRecord;
struct MovementRecord;
struct StudentRecord;
struct BellScheduleRecord;

namespace handlers {

// The wire shapes of the school structure (docs/protocol.md, "Common shapes").
QCborValue idOrNull(qint64 id);
QCborMap periodToCbor(const PeriodRecord &period);
QCborMap yearToCbor(const YearRecord &year);
QCborMap bellScheduleToCbor(const BellScheduleRecord &schedule);
QCborMap classToCbor(const ClassRecord &cls);
QCborMap subjectToCbor(const SubjectRecord &subject);
QCborMap subgroupToCbor(const SubgroupRecord &subgroup);
QCborMap assignmentToCbor(const AssignmentRecord &assignment);
// The fields every assignment shape carries; the structure's record and the journal's context both have them.
template<typename Assignment>
QCborMap assignmentFields(const Assignment &a)
{
    return QCborMap{{QStringLiteral("id"), a.id},
                    {QStringLiteral("classId"), a.classId},
                    {QStringLiteral("className"), a.className},
                    {QStringLiteral("subjectId"), a.subjectId},
                    {QStringLiteral("subjectName"), a.subjectName},
                    {QStringLiteral("subgroupId"), idOrNull(a.subgroupId)},
                    {QStringLiteral("subgroupName"), a.subgroupName},
                    {QStringLiteral("teacherId"), a.teacherId},
                    {QStringLiteral("teacherName"), a.teacherName},
                    {QStringLiteral("hoursPerWeek"), a.hoursPerWeek}};
}
QCborMap scheduleEntryToCbor(const ScheduleEntryRecord &entry);
QCborMap lessonToCbor(const LessonRecord &lesson);
QCborMap movementToCbor(const MovementRecord &movement);
QCborMap guardianToCbor(const GuardianRecord &guardian);
// Public fields always; the personal ones (with the guardians given) only when personal is true.
QCborMap studentToCbor(const StudentRecord &student, bool personal, const QList<GuardianRecord> &guardians = {});

} // namespace handlers
} // namespace cj::server
