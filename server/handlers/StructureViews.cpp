#include "handlers/StructureViews.h"

#include <QCborArray>

#include "protocol/ArgReader.h"
#include "storage/AssignmentStore.h"
#include "storage/BellStore.h"
#include "storage/ClassStore.h"
#include "storage/GuardianStore.h"
#include "storage/LessonStore.h"
#include "storage/MovementStore.h"
#include "storage/ScheduleStore.h"
#include "storage/StudentStore.h"
#include "storage/SubgroupStore.h"
#include "storage/SubjectStore.h"
#include "storage/YearStore.h"

namespace cj::server::handlers {

using protocol::dateToWire;
using protocol::optionalDateToWire;
using namespace Qt::StringLiterals;

QCborValue idOrNull(qint64 id)
{
    return id > 0 ? QCborValue(id) : QCborValue(nullptr);
}

QCborMap periodToCbor(const PeriodRecord &p)
{
    return QCborMap{{QStringLiteral("id"), p.id},
                    {QStringLiteral("scheme"), p.scheme},
                    {QStringLiteral("number"), p.number},
                    {QStringLiteral("name"), p.name},
                    {QStringLiteral("startsOn"), dateToWire(p.startsOn)},
                    {QStringLiteral("endsOn"), dateToWire(p.endsOn)}};
}

QCborMap yearToCbor(const YearRecord &y)
{
    QCborArray periods;
    for (const PeriodRecord &p : y.periods)
        periods.append(periodToCbor(p));
    QCborArray holidays;
    for (const HolidayRecord &h : y.holidays) {
        QCborArray grades;
        for (const int g : h.grades)
            grades.append(g);
        holidays.append(QCborMap{{QStringLiteral("id"), h.id},
                                 {QStringLiteral("name"), h.name},
                                 {QStringLiteral("startsOn"), dateToWire(h.startsOn)},
                                 {QStringLiteral("endsOn"), dateToWire(h.endsOn)},
                                 {QStringLiteral("grades"), grades}});
    }
    return QCborMap{{QStringLiteral("id"), y.id},
                    {QStringLiteral("name"), y.name},
                    {QStringLiteral("startsOn"), dateToWire(y.startsOn)},
                    {QStringLiteral("endsOn"), dateToWire(y.endsOn)},
                    {QStringLiteral("weekDays"), y.weekDays},
                    {QStringLiteral("closed"), y.closed},
                    {QStringLiteral("periods"), periods},
                    {QStringLiteral("holidays"), holidays}};
}

QCborMap bellScheduleToCbor(const BellScheduleRecord &s)
{
    QCborArray bells;
    for (const Bell &b : s.bells) {
        bells.append(QCborMap{{QStringLiteral("lessonNumber"), b.lessonNumber},
                              {QStringLiteral("startsAt"), b.startsAt.toString(QStringLiteral("HH:mm"))},
                              {QStringLiteral("endsAt"), b.endsAt.toString(QStringLiteral("HH:mm"))}});
    }
    return QCborMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("bells"), bells}};
}

QCborMap classToCbor(const ClassRecord &c)
{
    return QCborMap{{QStringLiteral("id"), c.id},
                    {QStringLiteral("yearId"), c.yearId},
                    {QStringLiteral("grade"), c.grade},
                    {QStringLiteral("letter"), c.letter},
                    {QStringLiteral("name"), c.name()},
                    {QStringLiteral("classTeacherId"), idOrNull(c.classTeacherId)},
                    {QStringLiteral("classTeacherName"), c.classTeacherName},
                    {QStringLiteral("room"), c.room},
                    {QStringLiteral("periodScheme"), c.periodScheme},
                    {QStringLiteral("bellScheduleId"), idOrNull(c.bellScheduleId)},
                    {QStringLiteral("studentCount"), c.studentCount}};
}

QCborMap subjectToCbor(const SubjectRecord &s)
{
    return QCborMap{{QStringLiteral("id"), s.id},
                    {QStringLiteral("name"), s.name},
                    {QStringLiteral("shortName"), s.shortName},
                    {QStringLiteral("grading"), s.grading},
                    {QStringLiteral("extendedWindow"), s.extendedWindow},
                    {QStringLiteral("sortOrder"), s.sortOrder},
                    {QStringLiteral("archived"), s.archived}};
}

QCborMap subgroupToCbor(const SubgroupRecord &g)
{
    QCborArray members;
    for (const SubgroupMember &m : g.members) {
        members.append(QCborMap{{QStringLiteral("studentId"), m.studentId},
                                {QStringLiteral("studentName"), m.studentName},
                                {QStringLiteral("startsOn"), dateToWire(m.startsOn)},
                                {QStringLiteral("leftOn"), optionalDateToWire(m.leftOn)}});
    }
    return QCborMap{{QStringLiteral("id"), g.id},
                    {QStringLiteral("classId"), g.classId},
                    {QStringLiteral("subjectId"), g.subjectId},
                    {QStringLiteral("subjectName"), g.subjectName},
                    {QStringLiteral("name"), g.name},
                    {QStringLiteral("members"), members}};
}

QCborMap assignmentToCbor(const AssignmentRecord &a)
{
    return assignmentFields(a);
}

QCborMap scheduleEntryToCbor(const ScheduleEntryRecord &e)
{
    return QCborMap{{QStringLiteral("id"), e.id},
                    {QStringLiteral("classId"), e.classId},
                    {QStringLiteral("className"), e.className},
                    {QStringLiteral("assignmentId"), e.assignmentId},
                    {QStringLiteral("subjectId"), e.subjectId},
                    {QStringLiteral("subjectName"), e.subjectName},
                    {QStringLiteral("teacherId"), e.teacherId},
                    {QStringLiteral("teacherName"), e.teacherName},
                    {QStringLiteral("subgroupId"), idOrNull(e.subgroupId)},
                    {QStringLiteral("subgroupName"), e.subgroupName},
                    {QStringLiteral("weekday"), e.weekday},
                    {QStringLiteral("lessonNumber"), e.lessonNumber},
                    {QStringLiteral("room"), e.room},
                    {QStringLiteral("validFrom"), dateToWire(e.validFrom)},
                    {QStringLiteral("validTo"), optionalDateToWire(e.validTo)}};
}

QCborMap lessonToCbor(const LessonRecord &l)
{
    // Key by key, as the journal page's cells (handlers/JournalCbor.cpp): a page carries a quarter's lessons.
    QCborMap map;
    map.insert("id"_L1, l.id);
    map.insert("assignmentId"_L1, l.assignmentId);
    map.insert("classId"_L1, l.classId);
    map.insert("className"_L1, l.className);
    map.insert("subjectId"_L1, l.subjectId);
    map.insert("subjectName"_L1, l.subjectName);
    map.insert("subgroupId"_L1, idOrNull(l.subgroupId));
    map.insert("subgroupName"_L1, l.subgroupName);
    map.insert("teacherId"_L1, l.teacherId);
    map.insert("teacherName"_L1, l.teacherName);
    map.insert("date"_L1, dateToWire(l.date));
    map.insert("lessonNumber"_L1, l.lessonNumber);
    map.insert("room"_L1, l.room);
    map.insert("origin"_L1, l.origin);
    map.insert("movedFrom"_L1, optionalDateToWire(l.movedFrom));
    map.insert("substituteId"_L1, idOrNull(l.substituteId));
    map.insert("substituteName"_L1, l.substituteName);
    map.insert("topic"_L1, l.topic);
    map.insert("homework"_L1, l.homework);
    map.insert("startsAt"_L1, l.startsAt.isEmpty() ? QCborValue(nullptr) : QCborValue(l.startsAt));
    map.insert("endsAt"_L1, l.endsAt.isEmpty() ? QCborValue(nullptr) : QCborValue(l.endsAt));
    return map;
}

QCborMap movementToCbor(const MovementRecord &m)
{
    return QCborMap{{QStringLiteral("id"), m.id},
                    {QStringLiteral("studentId"), m.studentId},
                    {QStringLiteral("studentName"), m.studentName},
                    {QStringLiteral("kind"), m.kind},
                    {QStringLiteral("onDate"), dateToWire(m.onDate)},
                    {QStringLiteral("orderNumber"), m.orderNumber},
                    {QStringLiteral("orderDate"), optionalDateToWire(m.orderDate)},
                    {QStringLiteral("fromClassId"), idOrNull(m.fromClassId)},
                    {QStringLiteral("toClassId"), idOrNull(m.toClassId)},
                    {QStringLiteral("fromClassName"), m.fromClassName},
                    {QStringLiteral("toClassName"), m.toClassName},
                    {QStringLiteral("counterpart"), m.counterpart},
                    {QStringLiteral("reason"), m.reason}};
}

QCborMap guardianToCbor(const GuardianRecord &g)
{
    return QCborMap{{QStringLiteral("id"), g.id},
                    {QStringLiteral("surname"), g.surname},
                    {QStringLiteral("firstName"), g.firstName},
                    {QStringLiteral("patronymic"), g.patronymic},
                    {QStringLiteral("fullName"), g.fullName()},
                    {QStringLiteral("relation"), g.relation},
                    {QStringLiteral("phone"), g.phone},
                    {QStringLiteral("email"), g.email},
                    {QStringLiteral("address"), g.address},
                    {QStringLiteral("workplace"), g.workplace},
                    {QStringLiteral("userId"), idOrNull(g.userId)}};
}

QCborMap studentToCbor(const StudentRecord &s, bool personal, const QList<GuardianRecord> &guardians)
{
    QCborMap m{{QStringLiteral("id"), s.id},
               {QStringLiteral("surname"), s.surname},
               {QStringLiteral("firstName"), s.firstName},
               {QStringLiteral("patronymic"), s.patronymic},
               {QStringLiteral("fullName"), s.fullName()},
               {QStringLiteral("shortName"), s.shortName()},
               {QStringLiteral("classId"), idOrNull(s.classId)},
               {QStringLiteral("className"), s.className},
               {QStringLiteral("leftOn"), optionalDateToWire(s.leftOn)}};
    if (!personal)
        return m;
    QCborArray guardianList;
    for (const GuardianRecord &g : guardians)
        guardianList.append(guardianToCbor(g));
    m.insert(QStringLiteral("gender"), s.gender);
    m.insert(QStringLiteral("birthDate"), optionalDateToWire(s.birthDate));
    m.insert(QStringLiteral("address"), s.address);
    m.insert(QStringLiteral("phone"), s.phone);
    m.insert(QStringLiteral("email"), s.email);
    m.insert(QStringLiteral("snils"), s.snils);
    m.insert(QStringLiteral("healthGroup"), s.healthGroup);
    m.insert(QStringLiteral("peGroup"), s.peGroup);
    m.insert(QStringLiteral("consentGiven"), s.consentGiven);
    m.insert(QStringLiteral("consentDate"), optionalDateToWire(s.consentDate));
    m.insert(QStringLiteral("personalFileNo"), s.personalFileNo);
    m.insert(QStringLiteral("notes"), s.notes);
    m.insert(QStringLiteral("userId"), idOrNull(s.userId));
    m.insert(QStringLiteral("guardians"), guardianList);
    return m;
}

} // namespace cj::server::handlers
