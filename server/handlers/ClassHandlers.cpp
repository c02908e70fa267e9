#include "handlers/ClassHandlers.h"

#include <QCborArray>

#include "app/Clock.h"
#include "handlers/Lookup.h"
#include "handlers/StructureViews.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/Access.h"
#include "rules/Calendar.h"
#include "rules/YearRules.h"
#include "storage/BellStore.h"
#include "storage/SubgroupStore.h"

namespace cj::server::handlers {

using protocol::ErrorCode;

namespace {
// Today, or the nearest day of the year when today is outside it (the list before 1 September shows
// who will be there).
QDate todayIn(const YearRecord &year)
{
    return Calendar(year).clamp(Clock::today());
}

QCborMap classResult(RequestContext &ctx, qint64 id, const YearRecord &year)
{
    return classToCbor(classOfSchool(ctx, id, todayIn(year)));
}

QString readScheme(RequestContext &ctx, const QString &fallback)
{
    const QString scheme = ctx.args.string(QStringLiteral("periodScheme"), fallback, 20);
    if (!YearRules::isScheme(scheme))
        invalid(QStringLiteral("periodScheme"), QStringLiteral("periodScheme is \"quarters\" or \"halves\""));
    return scheme;
}

// An optional id argument that may be null to clear it; absent keeps `current`.
qint64 readClearableId(RequestContext &ctx, const QString &key, qint64 current)
{
    if (!ctx.args.map().contains(key))
        return current;
    return ctx.args.optionalId(key).value_or(0);
}

void checkBells(RequestContext &ctx, qint64 bellScheduleId, qint64 yearId)
{
    if (bellScheduleId <= 0)
        return;
    const std::optional<BellScheduleRecord> bells = BellStore::byId(ctx.db, bellScheduleId);
    if (!bells || bells->yearId != yearId)
        invalid(QStringLiteral("bellScheduleId"), QStringLiteral("no such bell schedule in the class's year"));
}

QString readLetter(RequestContext &ctx)
{
    const QString letter = ctx.args.nonEmptyString(QStringLiteral("letter"), 8).toUpper();
    if (letter.contains(QLatin1Char(' ')))
        invalid(QStringLiteral("letter"), QStringLiteral("a class letter has no spaces"));
    return letter;
}

void refuseDuplicate(RequestContext &ctx, const ClassRecord &c)
{
    const std::optional<ClassRecord> same = ClassStore::byName(ctx.db, c.yearId, c.grade, c.letter);
    if (same && same->id != c.id)
        throw RpcError(ErrorCode::Conflict, QStringLiteral("class %1 exists").arg(c.name()),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("letter")}});
}

// Class teachers' rights come from Caller::classTeacherOf: reload it for those gaining or losing a class.
void classTeachersChanged(RequestContext &ctx, qint64 before, qint64 after)
{
    for (const qint64 id : {before, after}) {
        if (id > 0 && !ctx.effects.changedUsers.contains(id))
            ctx.effects.changedUsers.append(id);
    }
}

struct SubgroupInClass {
    SubgroupRecord subgroup;
    ClassRecord cls;
    YearRecord year;
};

SubgroupInClass subgroupOfSchool(RequestContext &ctx, qint64 id)
{
    const std::optional<SubgroupRecord> g = SubgroupStore::byId(ctx.db, id, Clock::today());
    if (!g || g->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("subgroup %1").arg(id));
    const ClassRecord cls = classOfSchool(ctx, g->classId);
    return SubgroupInClass{*g, cls, openYearOf(ctx, cls.yearId)};
}
} // namespace

QCborMap classesList(RequestContext &ctx)
{
    const YearRecord year = yearFromArgs(ctx, QStringLiteral("yearId"));
    QCborArray classes;
    for (const ClassRecord &c : ClassStore::list(ctx.db, year.id, todayIn(year)))
        classes.append(classToCbor(c));
    return QCborMap{{QStringLiteral("classes"), classes}};
}

QCborMap classesCreate(RequestContext &ctx)
{
    const YearRecord year = openYearOf(ctx, ctx.args.id(QStringLiteral("yearId")));
    ClassRecord c;
    c.schoolId = ctx.caller.schoolId;
    c.yearId = year.id;
    c.grade = int(ctx.args.integer(QStringLiteral("grade"), 1, 11));
    c.letter = readLetter(ctx);
    if (const auto teacherId = ctx.args.optionalId(QStringLiteral("classTeacherId")))
        c.classTeacherId = teacherOfSchool(ctx, *teacherId, QStringLiteral("classTeacherId")).id;
    c.room = ctx.args.string(QStringLiteral("room"), QString(), 40).trimmed();
    c.periodScheme = readScheme(ctx, YearRules::defaultScheme(c.grade));
    c.bellScheduleId = ctx.args.optionalId(QStringLiteral("bellScheduleId")).value_or(0);
    checkBells(ctx, c.bellScheduleId, year.id);
    refuseDuplicate(ctx, c);
    c.id = ClassStore::insert(ctx.db, c);
    classTeachersChanged(ctx, 0, c.classTeacherId);
    const QCborMap result = classResult(ctx, c.id, year);
    ctx.audit(QStringLiteral("class"), c.id, QStringLiteral("create"), {}, result);
    return result;
}

QCborMap classesUpdate(RequestContext &ctx)
{
    ClassRecord c = classOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    const YearRecord year = openYearOf(ctx, c.yearId);
    const QCborMap before = classToCbor(c);
    const qint64 teacherBefore = c.classTeacherId;
    if (ctx.args.has(QStringLiteral("letter")))
        c.letter = readLetter(ctx);
    c.classTeacherId = readClearableId(ctx, QStringLiteral("classTeacherId"), c.classTeacherId);
    if (c.classTeacherId != teacherBefore && c.classTeacherId > 0)
        teacherOfSchool(ctx, c.classTeacherId, QStringLiteral("classTeacherId"));
    c.room = ctx.args.string(QStringLiteral("room"), c.room, 40).trimmed();
    c.periodScheme = readScheme(ctx, c.periodScheme);
    c.bellScheduleId = readClearableId(ctx, QStringLiteral("bellScheduleId"), c.bellScheduleId);
    checkBells(ctx, c.bellScheduleId, year.id);
    refuseDuplicate(ctx, c);
    ClassStore::update(ctx.db, c);
    if (c.classTeacherId != teacherBefore)
        classTeachersChanged(ctx, teacherBefore, c.classTeacherId);
    const QCborMap result = classResult(ctx, c.id, year);
    ctx.audit(QStringLiteral("class"), c.id, QStringLiteral("update"), before, result);
    return result;
}

QCborMap classesDelete(RequestContext &ctx)
{
    const ClassRecord c = classOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    openYearOf(ctx, c.yearId);
    if (!ClassStore::isEmpty(ctx.db, c.id))
        violated(QStringLiteral("id"), QStringLiteral("not_empty"), QStringLiteral("the class has students or lessons"));
    ClassStore::remove(ctx.db, c.id);
    classTeachersChanged(ctx, c.classTeacherId, 0);
    ctx.audit(QStringLiteral("class"), c.id, QStringLiteral("delete"), classToCbor(c), {});
    return {};
}

QCborMap subgroupsList(RequestContext &ctx)
{
    const ClassRecord c = classOfSchool(ctx, ctx.args.id(QStringLiteral("classId")));
    const YearRecord year = yearOfSchool(ctx, c.yearId);
    const QDate date = Calendar(year).clamp(ctx.args.optionalDate(QStringLiteral("date")).value_or(Clock::today()));
    QCborArray subgroups;
    for (const SubgroupRecord &g : SubgroupStore::listOfClass(ctx.db, c.id, date))
        subgroups.append(subgroupToCbor(g));
    return QCborMap{{QStringLiteral("subgroups"), subgroups}};
}

QCborMap subgroupsCreate(RequestContext &ctx)
{
    const ClassRecord c = classOfSchool(ctx, ctx.args.id(QStringLiteral("classId")));
    openYearOf(ctx, c.yearId);
    SubgroupRecord g;
    g.schoolId = ctx.caller.schoolId;
    g.classId = c.id;
    g.subjectId = subjectOfSchool(ctx, ctx.args.id(QStringLiteral("subjectId"))).id;
    g.name = ctx.args.nonEmptyString(QStringLiteral("name"), 60);
    if (SubgroupStore::nameTaken(ctx.db, c.id, g.subjectId, g.name))
        throw RpcError(ErrorCode::Conflict, QStringLiteral("the subgroup exists"),
                       QCborMap{{QStringLiteral("field"), QStringLiteral("name")}});
    g.id = SubgroupStore::insert(ctx.db, g);
    const QCborMap result = subgroupToCbor(*SubgroupStore::byId(ctx.db, g.id, Clock::today()));
    ctx.audit(QStringLiteral("subgroup"), g.id, QStringLiteral("create"), {}, result);
    return result;
}

QCborMap subgroupsDelete(RequestContext &ctx)
{
    const SubgroupInClass found = subgroupOfSchool(ctx, ctx.args.id(QStringLiteral("id")));
    if (SubgroupStore::hasLessons(ctx.db, found.subgroup.id))
        violated(QStringLiteral("id"), QStringLiteral("has_journal_data"), QStringLiteral("the subgroup has lessons"));
    SubgroupStore::remove(ctx.db, found.subgroup.id);
    ctx.audit(QStringLiteral("subgroup"), found.subgroup.id, QStringLiteral("delete"), subgroupToCbor(found.subgroup), {});
    return {};
}

QCborMap subgroupsAssign(RequestContext &ctx)
{
    const SubgroupInClass found = subgroupOfSchool(ctx, ctx.args.id(QStringLiteral("subgroupId")));
    const SubgroupRecord &target = found.subgroup;
    Access::requireRoleOrClassTeacher(ctx.caller, Roles(Role::Admin) | Role::Deputy, found.cls.id);
    const QList<qint64> studentIds = ctx.args.idList(QStringLiteral("studentIds"), 100);
    const Calendar calendar(found.year);
    const QDate today = calendar.clamp(Clock::today());
    const QString scheme = found.cls.periodScheme;
    // Before the first period begins the split is the initial one, from the start of the year.
    const bool initial = today < calendar.firstPeriodStart(scheme).value_or(found.year.startsOn)
        || Clock::today() < found.year.startsOn;
    QDate moveDate = found.year.startsOn;
    if (!initial) {
        const std::optional<QDate> next = calendar.nextPeriodStart(today, scheme);
        if (!next)
            violated(QStringLiteral("subgroupId"), QStringLiteral("no_next_period"),
                     QStringLiteral("a move takes effect from the next period, and this is the last one"));
        moveDate = *next;
    }
    const QList<SubgroupMembership> memberships =
        SubgroupStore::memberships(ctx.db, found.cls.id, target.subjectId, studentIds);
    // A student in no subgroup of the subject yet is placed at once (a newcomer); others move then.
    QHash<qint64, QDate> effective;
    for (const qint64 studentId : studentIds) {
        const bool placed = std::any_of(memberships.cbegin(), memberships.cend(),
                                        [&](const SubgroupMembership &m) { return m.studentId == studentId; });
        const QDate from = placed ? moveDate : (initial ? found.year.startsOn : today);
        const std::optional<MembershipRecord> inClass = StudentStore::membershipOn(ctx.db, studentId, from);
        if (!inClass || inClass->classId != found.cls.id)
            violated(QStringLiteral("studentIds"), QStringLiteral("not_a_member"),
                     QStringLiteral("student %1 is not in class %2").arg(studentId).arg(found.cls.name()));
        effective.insert(studentId, from);
    }
    QCborArray placements;
    for (const qint64 studentId : studentIds) {
        const QDate from = effective.value(studentId);
        bool stays = false;
        for (const SubgroupMembership &m : memberships) {
            if (m.studentId != studentId)
                continue;
            if (m.startsOn >= from)
                SubgroupStore::deleteMembership(ctx.db, m.id); // had not begun: superseded
            else if (!m.leftOn.isValid() || m.leftOn > from) {
                if (m.subgroupId == target.id && !m.leftOn.isValid())
                    stays = true;
                else
                    SubgroupStore::endMembership(ctx.db, m.id, from);
            }
        }
        if (!stays)
            SubgroupStore::insertMemberships(ctx.db, ctx.caller.schoolId, target.id, {studentId}, from);
        placements.append(QCborMap{{QStringLiteral("studentId"), studentId},
                                   {QStringLiteral("effectiveFrom"), protocol::dateToWire(from)}});
    }
    ctx.audit(QStringLiteral("subgroup"), target.id, QStringLiteral("assign"), {},
              QCborMap{{QStringLiteral("placements"), placements}});
    return QCborMap{{QStringLiteral("effectiveFrom"), protocol::dateToWire(moveDate)},
                    {QStringLiteral("placements"), placements},
                    {QStringLiteral("subgroup"), subgroupToCbor(*SubgroupStore::byId(ctx.db, target.id, moveDate))}};
}

} // namespace cj::server::handlers
