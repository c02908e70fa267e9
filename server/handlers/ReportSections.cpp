#include "handlers/ReportSections.h"

#include <QSet>

#include "handlers/ReportFrame.h"
#include "handlers/StructureViews.h"
#include "protocol/ArgReader.h"
#include "reports/AttendanceTally.h"
#include "reports/MovementBalance.h"
#include "reports/ResultsTable.h"
#include "rpc/RequestContext.h"
#include "storage/EnrolmentStore.h"
#include "storage/MovementStore.h"
#include "storage/PupilLessonStore.h"
#include "storage/ResultsStore.h"
#include "storage/StudentStore.h"

namespace cj::server::handlers {

using protocol::dateToWire;

namespace {
// The footer of every results report (SPEC §7: print the formula and the rule for N).
const QString kFormula = QStringLiteral(
    "% успеваемости = (n5 + n4 + n3) / N × 100; % качества = (n5 + n4) / N × 100; "
    "СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N; средний балл = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N; "
    "N — обучающиеся в списке на конец периода, кроме освобождённых и не имеющих отметки; "
    "выбывшие до конца периода не учитываются, прибывшие учитываются. "
    "По классу: отличники — все отметки «5»; хорошисты — только «4» и «5»; с одной «3» — одна «3», "
    "остальные «4» и «5»; неуспевающие — есть «2» или «незачёт»; "
    "% успеваемости = обучающиеся без «2» / N × 100; % качества = (отличники + хорошисты) / N × 100.");

// Pupils of a category, with the subjects behind it: the one «3» (subjectName) or the failed ones.
enum class WithSubjects { None, One, All };

QCborArray namedPupils(const QList<NamedPupil> &pupils, WithSubjects with = WithSubjects::None)
{
    QCborArray list;
    for (const NamedPupil &p : pupils) {
        QCborMap map{{QStringLiteral("id"), p.id}, {QStringLiteral("fullName"), p.fullName}};
        if (with == WithSubjects::One)
            map.insert(QStringLiteral("subjectName"), p.subjects.value(0));
        else if (with == WithSubjects::All)
            map.insert(QStringLiteral("subjects"), QCborArray::fromStringList(p.subjects));
        list.append(map);
    }
    return list;
}

QCborMap subjectToCbor(const SubjectResults &s)
{
    const SubjectIndicators &i = s.indicators;
    return QCborMap{{QStringLiteral("subjectId"), s.subject.subjectId},
                    {QStringLiteral("subjectName"), s.subject.name},
                    {QStringLiteral("grading"), s.subject.grading},
                    {QStringLiteral("onList"), i.onList},
                    {QStringLiteral("exempt"), i.exempt},
                    {QStringLiteral("withoutMark"), i.withoutMark},
                    {QStringLiteral("n"), i.n},
                    {QStringLiteral("n5"), i.n5},
                    {QStringLiteral("n4"), i.n4},
                    {QStringLiteral("n3"), i.n3},
                    {QStringLiteral("n2"), i.n2},
                    {QStringLiteral("passed"), i.passed},
                    {QStringLiteral("failed"), i.failed},
                    {QStringLiteral("successRate"), numberOrNull(i.successRate())},
                    {QStringLiteral("qualityRate"), numberOrNull(i.qualityRate())},
                    {QStringLiteral("sou"), numberOrNull(i.sou())},
                    {QStringLiteral("average"), numberOrNull(i.average())}};
}

// The movement behind a change of a list: the registered one (with its order), else one made from
// the list itself, without an id or an order.
QCborMap movementOf(Db &db, const QList<MovementRecord> &moves, const ListChange &change, bool arrival, qint64 classId)
{
    for (const MovementRecord &m : moves) {
        if (m.studentId != change.studentId || m.onDate != change.onDate)
            continue;
        const bool matches = classId ? (arrival ? m.toClassId == classId : m.fromClassId == classId)
                                     : m.kind == QLatin1String(arrival ? "enrolment" : "leaving");
        if (matches)
            return movementToCbor(m);
    }
    MovementRecord m;
    m.studentId = change.studentId;
    if (const std::optional<StudentRecord> s = StudentStore::byId(db, change.studentId))
        m.studentName = s->fullName();
    m.kind = arrival ? QStringLiteral("enrolment") : QStringLiteral("leaving");
    m.onDate = change.onDate;
    (arrival ? m.toClassId : m.fromClassId) = classId;
    QCborMap map = movementToCbor(m);
    map.insert(QStringLiteral("id"), nullptr);
    return map;
}
} // namespace

QList<PageStudent> classRoster(Db &db, qint64 classId, const QDate &from, const QDate &to)
{
    // The class's own list: the journal's roster query, for an assignment of the whole class.
    AssignmentContext wholeClass;
    wholeClass.classId = classId;
    return JournalStore::students(db, wholeClass, from, to);
}

QCborMap tallyToCbor(const Tally &t)
{
    return QCborMap{{QStringLiteral("missed"), t.missed},
                    {QStringLiteral("ill"), t.ill},
                    {QStringLiteral("excused"), t.excused},
                    {QStringLiteral("unexcused"), t.unexcused},
                    {QStringLiteral("daysMissed"), t.daysMissed},
                    {QStringLiteral("late"), t.late}};
}

QCborMap resultsSection(RequestContext &ctx, const ResultsRequest &r)
{
    const QList<ResultsScope> scopes{ResultsScope{r.cls.id, r.periodId, r.endsOn}};
    QList<ListedPupil> pupils = ResultsStore::pupils(ctx.db, scopes);
    QList<ClassSubject> subjects = ResultsStore::subjects(ctx.db, {r.cls.id});
    if (r.assignment) {
        QSet<qint64> taught;
        for (const PageStudent &s : JournalStore::students(ctx.db, *r.assignment, r.endsOn, r.endsOn))
            taught.insert(s.id);
        pupils.removeIf([&](const ListedPupil &p) { return !taught.contains(p.studentId); });
        subjects.removeIf([&](const ClassSubject &s) { return s.subjectId != r.assignment->subjectId; });
    }
    const ResultsTable table(pupils, ResultsStore::marks(ctx.db, r.yearId, scopes),
                             ResultsStore::exemptions(ctx.db, r.yearId, scopes), subjects);
    const ClassResults results = table.of(r.cls.id);
    QCborArray subjectList;
    for (const SubjectResults &s : results.subjects)
        subjectList.append(subjectToCbor(s));
    QCborMap section{{QStringLiteral("subjects"), subjectList}, {QStringLiteral("formula"), kFormula}};
    if (!r.assignment) {
        const ClassIndicators &t = results.totals;
        section.insert(QStringLiteral("class"),
                       QCborMap{{QStringLiteral("onList"), t.onList},
                                {QStringLiteral("n"), t.n},
                                {QStringLiteral("excellent"), namedPupils(results.excellent)},
                                {QStringLiteral("good"), namedPupils(results.good)},
                                {QStringLiteral("oneThree"), namedPupils(results.oneThree, WithSubjects::One)},
                                {QStringLiteral("failing"), namedPupils(results.failing, WithSubjects::All)},
                                {QStringLiteral("withoutMarks"), namedPupils(results.withoutMarks)},
                                {QStringLiteral("successRate"), numberOrNull(t.successRate())},
                                {QStringLiteral("qualityRate"), numberOrNull(t.qualityRate())}});
    }
    return section;
}

QCborMap attendanceSection(RequestContext &ctx, const ClassRecord &cls, const QDate &from, const QDate &to)
{
    const AttendanceTally tally(PupilLessonStore::days(ctx.db, PupilLessonFilter{{cls.id}, from, to, 0}));
    const QStringList months = AttendanceTally::monthsBetween(from, to);
    auto monthly = [&](const std::function<Tally(const QString &)> &of) {
        QCborArray list;
        for (const QString &month : months) {
            QCborMap map = tallyToCbor(of(month));
            map.insert(QStringLiteral("month"), month);
            list.append(map);
        }
        return list;
    };
    QCborArray students;
    int number = 0;
    for (const PageStudent &s : classRoster(ctx.db, cls.id, from, to)) {
        students.append(QCborMap{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("number"), ++number},
                                 {QStringLiteral("fullName"), s.fullName()},
                                 {QStringLiteral("months"), monthly([&](const QString &m) { return tally.pupilMonth(s.id, m); })},
                                 {QStringLiteral("total"), tallyToCbor(tally.pupil(s.id))}});
    }
    return QCborMap{{QStringLiteral("months"), QCborArray::fromStringList(months)},
                    {QStringLiteral("students"), students},
                    {QStringLiteral("totals"),
                     QCborMap{{QStringLiteral("months"), monthly([&](const QString &m) { return tally.classMonth(m); })},
                              {QStringLiteral("total"), tallyToCbor(tally.classTotal())}}}};
}

MovementPeriods movementPeriods(const YearRecord &year, const ClassRecord *cls)
{
    MovementPeriods m;
    m.periods = year.periodsOf(cls ? cls->periodScheme : QStringLiteral("quarters"));
    if (m.periods.isEmpty() && !cls)
        m.periods = year.periodsOf(QStringLiteral("halves"));
    QList<QDate> ends;
    for (const PeriodRecord &p : m.periods)
        ends.append(p.endsOn);
    m.spans = MovementBalance::spans(year.startsOn, year.endsOn, ends);
    return m;
}

QCborMap movementSection(RequestContext &ctx, const YearRecord &year, const ClassRecord *cls)
{
    const qint64 classId = cls ? cls->id : 0;
    const MovementPeriods rowsOf = movementPeriods(year, cls);
    QList<Stay> stays;
    for (const ClassStay &s : EnrolmentStore::stays(ctx.db, year.id, classId))
        stays.append(Stay{s.studentId, QString(), s.startsOn, s.leftOn});
    const MovementBalance balance(stays);
    MovementFilter filter;
    filter.schoolId = ctx.caller.schoolId;
    if (cls)
        filter.classIds = QList<qint64>{cls->id};
    filter.from = year.startsOn;
    filter.to = rowsOf.spans.isEmpty() ? year.endsOn : rowsOf.spans.last().end;
    const QList<MovementRecord> moves = MovementStore::list(ctx.db, filter);

    QCborArray rows;
    int arrivedCount = 0, leftCount = 0;
    for (qsizetype i = 0; i < rowsOf.spans.size(); ++i) {
        const SpanBalance b = balance.balance(QString(), rowsOf.spans.at(i));
        QCborArray arrived, left;
        for (const ListChange &c : b.arrived)
            arrived.append(movementOf(ctx.db, moves, c, true, classId));
        for (const ListChange &c : b.left)
            left.append(movementOf(ctx.db, moves, c, false, classId));
        arrivedCount += int(b.arrived.size());
        leftCount += int(b.left.size());
        rows.append(QCborMap{{QStringLiteral("period"), periodToCbor(rowsOf.periods.at(i))},
                             {QStringLiteral("atStart"), b.atStart},
                             {QStringLiteral("arrived"), arrived},
                             {QStringLiteral("left"), left},
                             {QStringLiteral("atEnd"), b.atEnd}});
    }
    const int atStart = rowsOf.spans.isEmpty() ? 0 : balance.balance(QString(), rowsOf.spans.first()).atStart;
    return QCborMap{{QStringLiteral("rows"), rows},
                    {QStringLiteral("year"), QCborMap{{QStringLiteral("atStart"), atStart},
                                                     {QStringLiteral("arrivedCount"), arrivedCount},
                                                     {QStringLiteral("leftCount"), leftCount},
                                                     {QStringLiteral("atEnd"), atStart + arrivedCount - leftCount}}}};
}

} // namespace cj::server::handlers
