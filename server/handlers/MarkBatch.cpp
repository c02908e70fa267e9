#include "handlers/MarkBatch.h"

#include <QLoggingCategory>

#include "app/Clock.h"
#include "db/Db.h"
#include "handlers/JournalCbor.h"
#include "rpc/RpcError.h"
#include "rules/JournalAccess.h"
#include "rules/MarkRules.h"
#include "storage/AuditStore.h"
#include "storage/OperationStore.h"
#include "storage/PeriodMarksCache.h"
#include "storage/StructureCache.h"

Q_DECLARE_LOGGING_CATEGORY(lcRpc)

namespace cj::server {

using protocol::ArgReader;

namespace {
// One request's way through the batch.
struct Work {
    MarkBatch::Item *item = nullptr;
    LessonContext lesson;
    qint64 studentId = 0;
    SchoolSettings settings;
    LessonDeadlines deadlines;
    std::optional<PeriodRecord> period;
    QList<MarkRow> wanted;
    MarkRules::Decision decision;
    CellKey cell() const { return {lesson.id, studentId}; }
    // The pupil's marks whose figures the answer gives: the period's (the lesson's own date when it
    // lies in no period).
    PeriodMarksCache::Key periodKey() const
    {
        return {lesson.assignment.id, studentId, period ? period->startsOn : lesson.date, period ? period->endsOn : lesson.date};
    }
};

void answer(MarkBatch::Item &item, const protocol::Response &response)
{
    item.outcome.response = response;
    item.done = true;
}

void refuse(MarkBatch::Item &item, const protocol::Error &error)
{
    answer(item, protocol::errorResponse(item.request.id, protocol::messageTypeName(item.request.type), error));
}

// Refused requests that are resends of applied operations get the first answer instead (or a
// conflict when the id was used by someone else or for something else).
void answerApplied(Db &db, const QList<MarkBatch::Item *> &refused, const QString &typeName)
{
    if (refused.isEmpty())
        return;
    QList<QUuid> opIds;
    for (const MarkBatch::Item *item : refused)
        opIds.append(item->request.opId);
    const QHash<QUuid, OperationStore::Applied> applied = OperationStore::findMany(db, opIds);
    for (MarkBatch::Item *item : refused) {
        const auto it = applied.constFind(item->request.opId);
        if (it == applied.constEnd())
            continue;
        if (it->userId != item->caller.userId || it->messageType != typeName)
            refuse(*item, protocol::Error{protocol::ErrorCode::Conflict, QStringLiteral("operation id already used"), {}});
        else
            answer(*item, protocol::okResponse(item->request, it->result));
    }
}

// Everything that can be decided before the cells' current marks are read.
Work prepare(Db &db, MarkBatch::Item &item, const QDate &today)
{
    Work w;
    w.item = &item;
    const ArgReader args(item.request.args);
    const qint64 lessonId = args.id(QStringLiteral("lessonId"));
    w.studentId = args.id(QStringLiteral("studentId"));
    const QCborArray given = args.array(QStringLiteral("marks"), 100);
    const std::optional<LessonContext> lesson = StructureCache::lesson(db, lessonId);
    if (!lesson || lesson->assignment.schoolId != item.caller.schoolId)
        notFound(QStringLiteral("lesson %1").arg(lessonId));
    if (lesson->assignment.yearClosed)
        throw RpcError(protocol::ErrorCode::ReadOnly, QStringLiteral("the academic year is closed"));
    if (!JournalAccess::canEditLesson(item.caller, *lesson))
        deny(QStringLiteral("only the lesson's teacher (or substitute) may put marks here"));
    w.lesson = *lesson;
    const AssignmentContext &a = w.lesson.assignment;
    w.settings = SchoolSettings::load(db, a.schoolId);
    const Deadlines deadlines(w.settings, a, StructureCache::calendar(db, a.yearId));
    w.deadlines = deadlines.forLesson(w.lesson.date);
    if (const PeriodRecord *p = deadlines.periodOf(w.lesson.date))
        w.period = *p;
    MarkRules::Inputs in;
    in.lesson = &w.lesson;
    in.studentId = w.studentId;
    in.settings = &w.settings;
    in.deadlines = &w.deadlines;
    in.today = today;
    const qint64 schoolId = a.schoolId;
    w.wanted = MarkRules::parse(given, in, [&](qint64 kindId) {
        const std::optional<WorkKind> kind = StructureCache::workKind(db, schoolId, kindId);
        return kind && kind->schoolId == schoolId ? kind : std::nullopt;
    });
    return w;
}
} // namespace

void MarkBatch::run(QList<Item> &items)
{
    try {
        runTogether(items);
        return;
    } catch (const std::exception &e) {
        qCWarning(lcRpc) << "a batch of" << items.size() << "mark writes failed together; running them singly:" << e.what();
    }
    for (Item &item : items) {
        item.outcome = Dispatcher::execute(item.request, item.caller, false, item.connection);
        item.done = true;
    }
}

void MarkBatch::runTogether(QList<Item> &items)
{
    Db &db = Db::local();
    const QDate today = Clock::today();
    const QDateTime now = Clock::now();
    const QString typeName = protocol::messageTypeName(protocol::MessageType::JournalSetMarks);
    for (Item &item : items) {
        item.done = false;
        item.outcome = {};
    }

    QList<Work> work;
    QList<Item *> refused;
    for (Item &item : items) {
        try {
            work.append(prepare(db, item, today));
        } catch (const RpcError &e) {
            refuse(item, e.error());
            refused.append(&item);
        } catch (const protocol::ArgumentError &e) {
            refuse(item, protocol::Error{protocol::ErrorCode::InvalidArgument, QString::fromStdString(e.what()),
                                         QCborMap{{QStringLiteral("field"), e.field()}, {QStringLiteral("expected"), e.expected()}}});
            refused.append(&item);
        }
    }

    // One read for everything the rules and the answers need: each cell's marks and attendance, and
    // its student's marks in the period (the lesson's own date when it lies in no period) for the
    // figures, unless PeriodMarksCache keeps them; a cell it knows whole is not read at all. Lessons
    // are split between the writers' lanes (WriteBatcher): no other batch writes these cells between
    // this read and the write below.
    const PeriodMarksCache::Stamp readAt = PeriodMarksCache::stamp();
    QList<CellRangeQuery> queries;
    QHash<CellKey, PeriodMarksCache::Kept> kept;
    for (Work &w : work) {
        const qint64 writerId = w.item->caller.userId;
        const std::optional<PeriodMarksCache::Kept> known = PeriodMarksCache::get(w.periodKey(), w.lesson.id, writerId);
        if (known)
            kept.insert(w.cell(), *known);
        if (!known || !known->whole)
            queries.append(CellRangeQuery{w.lesson.assignment.id, w.lesson.id, w.studentId, w.periodKey().from,
                                          w.periodKey().to, writerId, !known});
    }
    QHash<CellKey, CellRange> ranges = JournalBatchStore::cellRanges(db, queries);
    for (const Work &w : std::as_const(work)) {
        const auto it = kept.constFind(w.cell());
        if (it != kept.constEnd() && it->whole) {
            ranges.insert(w.cell(), it->range);
            continue;
        }
        CellRange &range = ranges[w.cell()];
        if (it != kept.constEnd())
            range.marks = withLessonMarks(it->range.marks, w.lesson.id, range.marks);
        PeriodMarksCache::put(w.periodKey(), w.lesson.id, w.item->caller.userId, range, readAt);
    }
    QList<Work *> accepted;
    for (Work &w : work) {
        MarkRules::Inputs in;
        in.lesson = &w.lesson;
        in.studentId = w.studentId;
        in.settings = &w.settings;
        in.deadlines = &w.deadlines;
        in.today = today;
        in.member = StructureCache::isMember(db, w.lesson.assignment, w.studentId, w.lesson.date);
        in.exempt = StructureCache::isExempt(db, w.lesson.assignment, w.studentId, w.period ? w.period->id : 0);
        try {
            w.decision = MarkRules::decide(ranges[w.cell()].cellMarks(w.lesson.id), w.wanted, in);
            accepted.append(&w);
        } catch (const RpcError &e) {
            refuse(*w.item, e.error());
            refused.append(w.item);
        }
    }
    // A resend of something already applied is answered as the first time, even where the rules
    // would now refuse it (a window closed since). Resends the rules let through are found below,
    // when their operation id is recorded.
    answerApplied(db, refused, typeName);
    if (accepted.isEmpty())
        return;

    // The answers are the cells as the write leaves them, with the students' figures.
    QList<CellWrite> writes;
    QList<AuditEntry> audit;
    QList<OperationStore::Record> records;
    QList<std::tuple<PeriodMarksCache::Key, qint64, QList<MarkRow>, std::optional<AttendanceRow>>> keptWrites;
    for (Work *w : std::as_const(accepted)) {
        Item &item = *w->item;
        const CellRange &range = ranges[w->cell()];
        const QList<MarkRow> before = range.cellMarks(w->lesson.id);
        const QList<MarkRow> after = w->decision.changed ? marksAfterWrite(before, w->decision.wanted, range.writerName, now) : before;
        if (w->decision.changed) {
            writes.append(CellWrite{w->lesson.assignment.schoolId, w->lesson.id, w->studentId, w->decision.wanted,
                                    item.caller.userId, before.size() > w->decision.wanted.size()});
            AuditEntry e;
            e.schoolId = w->lesson.assignment.schoolId;
            e.at = now;
            e.userId = item.caller.userId;
            e.sessionId = item.caller.sessionId;
            e.workstation = item.connection.workstation;
            e.address = item.connection.address;
            e.entity = QStringLiteral("marks");
            e.entityId = w->lesson.id;
            e.action = QStringLiteral("set");
            e.oldValue = MarkRules::auditView(w->studentId, before);
            e.newValue = MarkRules::auditView(w->studentId, w->decision.wanted);
            e.opId = item.request.opId;
            audit.append(e);
            keptWrites.append({w->periodKey(), w->lesson.id, after, range.attendance});
        }
        const QByteArray cell = journalcbor::cellBytes(w->lesson.id, w->studentId, after, range.attendance);
        const QList<MarkRow> forStats = w->period ? withLessonMarks(range.marks, w->lesson.id, after) : after;
        const QByteArray stats = journalcbor::statsBytes(w->studentId, grading::stats(gradedMarks(forStats), w->settings.rounding));
        const QByteArray encoded = journalcbor::savedCellBytes(cell, stats); // once, for the answer and the record
        answer(item, protocol::okResponse(item.request, encoded));
        if (w->decision.changed)
            item.outcome.effects.publications.append(journalcbor::changed(w->lesson.assignment.id, journalcbor::cellChangeBytes(cell, stats)));
        records.append(OperationStore::Record{item.request.opId, item.caller.userId, typeName, encoded});
    }
    // The marks, their audit rows and the operation records in one statement, which is its own
    // transaction: the answers go out only after it has committed. Refused requests leave no
    // record: a resend is checked again, as on the single path. An id recorded already (a resend
    // the rules let through) fails the statement as a whole, and the batch is run singly, where
    // each request finds its own record.
    QList<SqlStatement> statements = JournalBatchStore::replaceStatements(writes, now);
    statements.append(AuditStore::appendStatement(audit));
    statements.append(OperationStore::recordStatement(records));
    db.execAsOne(statements);
    for (const auto &[key, lessonId, marks, attendance] : std::as_const(keptWrites))
        PeriodMarksCache::applyCell(key, lessonId, marks, attendance, readAt);
}

} // namespace cj::server
