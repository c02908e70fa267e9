#pragma once

#include <QList>
#include <QSet>

#include <memory>
#include <optional>

#include "rules/Calendar.h"
#include "storage/JournalStore.h"
#include "storage/WorkKindStore.h"

namespace cj::server {

class Db;

// What journal writes read on every request but what changes rarely — lessons with their
// assignment, memberships, a year's periods and holidays, exemptions, kinds of work — kept in
// memory. Every committed (or attempted) write that may change any of it moves the epoch on
// (Dispatcher), and entries loaded under an older epoch are not used.
class StructureCache
{
public:
    static void invalidate();
    static quint64 epoch();
    static void forgetLesson(qint64 lessonId);

    static std::optional<LessonContext> lesson(Db &db, qint64 lessonId);
    static std::optional<AssignmentContext> assignment(Db &db, qint64 assignmentId);
    static std::shared_ptr<const Bells> bells(Db &db, qint64 classId);
    static std::shared_ptr<const QList<Membership>> memberships(Db &db, const AssignmentContext &a);
    static std::shared_ptr<const Calendar> calendar(Db &db, qint64 yearId);
    static std::shared_ptr<const QList<Exemption>> exemptions(Db &db, qint64 subjectId, qint64 yearId);
    // The school's kinds of work, archived ones too, in their order (sort order, then name).
    static std::shared_ptr<const QList<WorkKind>> workKinds(Db &db, qint64 schoolId);
    static std::optional<WorkKind> workKind(Db &db, qint64 schoolId, qint64 kindId);

    static bool isMember(Db &db, const AssignmentContext &a, qint64 studentId, const QDate &on);
    static bool isExempt(Db &db, const AssignmentContext &a, qint64 studentId, qint64 periodId);
    // The pupils exempt from the assignment's subject in the period (or the whole year).
    static QSet<qint64> exemptIn(Db &db, const AssignmentContext &a, qint64 periodId);
};

} // namespace cj::server
