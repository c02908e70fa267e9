#include "handlers/PlanHandlers.h"

#include <QCborArray>

#include <cmath>

#include "app/Clock.h"
#include "handlers/JournalCbor.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/EntryWindows.h"
#include "rules/JournalAccess.h"
#include "rules/PlanCsv.h"
#include "storage/JournalStore.h"
#include "storage/PlanStore.h"
#include "storage/StructureCache.h"

namespace cj::server::handlers {

using protocol::ArgReader;

namespace {
// School weeks in a year: 34, 33 in grade 1 (SPEC §7).
int schoolWeeks(int grade)
{
    return grade == 1 ? 33 : 34;
}

AssignmentContext planAssignment(RequestContext &ctx, bool forWriting)
{
    const qint64 id = ctx.args.id(QStringLiteral("assignmentId"));
    const std::optional<AssignmentContext> a = JournalStore::assignment(ctx.db, id);
    if (!a || a->schoolId != ctx.caller.schoolId)
        notFound(QStringLiteral("assignment %1").arg(id));
    const PageRights rights = JournalAccess::rights(ctx.caller, *a, JournalStore::isSubstitute(ctx.db, a->id, ctx.caller.userId));
    if (forWriting ? !rights.plan : !rights.read)
        deny(QStringLiteral("the plan is kept by the assignment's teacher"));
    return *a;
}

QCborMap planResult(RequestContext &ctx, const AssignmentContext &a)
{
    const QList<PlanItem> items = PlanStore::items(ctx.db, a.id);
    const PlanFigures figures = PlanStore::figures(ctx.db, a.id, Clock::today());
    QCborArray list;
    double planned = 0;
    for (const PlanItem &item : items) {
        QCborArray lessons;
        for (qint64 id : item.lessonIds)
            lessons.append(id);
        list.append(QCborMap{{QStringLiteral("id"), item.id},
                             {QStringLiteral("position"), item.position},
                             {QStringLiteral("topic"), item.topic},
                             {QStringLiteral("hours"), item.hours},
                             {QStringLiteral("homework"), item.homework},
                             {QStringLiteral("lessonIds"), lessons}});
        planned += item.hours;
    }
    return QCborMap{{QStringLiteral("items"), list},
                    {QStringLiteral("plannedHours"), planned},
                    {QStringLiteral("curriculumHours"), figures.curriculumHoursPerWeek * schoolWeeks(a.grade)},
                    {QStringLiteral("scheduledLessons"), figures.scheduledLessons},
                    {QStringLiteral("givenLessons"), figures.givenLessons},
                    {QStringLiteral("lessonsWithTopic"), figures.lessonsWithTopic}};
}

QList<PlanItem> readItems(const ArgReader &args)
{
    const QCborArray given = args.array(QStringLiteral("items"), 500);
    QList<PlanItem> items;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const ArgReader r = ArgReader::element(given, i, QStringLiteral("items"));
        PlanItem item;
        item.topic = r.nonEmptyString(QStringLiteral("topic"), 1000);
        item.hours = r.optionalNumber(QStringLiteral("hours")).value_or(1.0);
        if (item.hours <= 0 || item.hours > 100)
            invalid(QStringLiteral("items[%1].hours").arg(i), QStringLiteral("hours must be from 0.5 to 100"));
        item.homework = r.string(QStringLiteral("homework"), QString(), 2000).trimmed();
        items.append(item);
    }
    return items;
}
} // namespace

QCborMap planGet(RequestContext &ctx)
{
    return planResult(ctx, planAssignment(ctx, false));
}

QCborMap planSave(RequestContext &ctx)
{
    const AssignmentContext a = planAssignment(ctx, true);
    const QList<PlanItem> items = readItems(ctx.args);
    const int before = int(PlanStore::items(ctx.db, a.id).size());
    PlanStore::replace(ctx.db, ctx.caller.schoolId, a.id, items);
    ctx.audit(QStringLiteral("plan"), a.id, QStringLiteral("save"), QCborMap{{QStringLiteral("items"), before}},
              QCborMap{{QStringLiteral("items"), int(items.size())}});
    return planResult(ctx, a);
}

QCborMap planImportCsv(RequestContext &ctx)
{
    planAssignment(ctx, true);
    const PlanCsvResult parsed = parsePlanCsv(ctx.args.string(QStringLiteral("csv"), 2 * 1024 * 1024));
    QCborArray items;
    for (const PlanItem &item : parsed.items)
        items.append(QCborMap{{QStringLiteral("topic"), item.topic},
                              {QStringLiteral("hours"), item.hours},
                              {QStringLiteral("homework"), item.homework}});
    QCborArray errors;
    for (const auto &[line, message] : parsed.errors)
        errors.append(QCborMap{{QStringLiteral("line"), line}, {QStringLiteral("message"), message}});
    return QCborMap{{QStringLiteral("items"), items}, {QStringLiteral("errors"), errors}};
}

QCborMap planApply(RequestContext &ctx)
{
    const AssignmentContext a = planAssignment(ctx, true);
    const QDate today = Clock::today();
    const QDate from = ctx.args.optionalDate(QStringLiteral("from")).value_or(today);
    const QList<PlanItem> items = PlanStore::items(ctx.db, a.id);
    // Each item fills as many lessons as it has hours; those already used are skipped.
    QList<const PlanItem *> sequence;
    for (const PlanItem &item : items) {
        const int hours = qMax(1, int(std::ceil(item.hours)));
        for (int h = int(item.lessonIds.size()); h < hours; ++h)
            sequence.append(&item);
    }
    const Deadlines deadlines(SchoolSettings::load(ctx.db, ctx.caller.schoolId), a, StructureCache::calendar(ctx.db, a.yearId));
    int filled = 0;
    qsizetype next = 0;
    for (const auto &[lessonId, date] : PlanStore::lessonsWithoutTopic(ctx.db, a.id, from)) {
        if (next >= sequence.size())
            break;
        if (today > deadlines.forLesson(date).topic)
            continue; // its topic window has passed: that needs a correction request
        const PlanItem *item = sequence[next++];
        PlanStore::fillLesson(ctx.db, lessonId, *item, !a.noMarks());
        ctx.audit(QStringLiteral("lesson"), lessonId, QStringLiteral("plan"), {},
                  QCborMap{{QStringLiteral("topic"), item->topic}, {QStringLiteral("planItemId"), item->id}});
        ++filled;
    }
    ctx.effects.publications.append(journalcbor::reload(a.id));
    return QCborMap{{QStringLiteral("filled"), filled}, {QStringLiteral("plan"), planResult(ctx, a)}};
}

} // namespace cj::server::handlers
