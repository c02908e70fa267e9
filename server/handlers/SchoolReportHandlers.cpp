// School-wide tables for the deputy (000 §4.6.5): наполняемость классов, динамика движения,
// итоговые данные по учащимся.
#include <QCborArray>
#include <QMap>

#include "app/Clock.h"
#include "handlers/Lookup.h"
#include "handlers/ReportFrame.h"
#include "handlers/ReportHandlers.h"
#include "handlers/ReportSections.h"
#include "reports/MovementBalance.h"
#include "reports/ResultsTable.h"
#include "reports/SchoolLevel.h"
#include "rpc/RequestContext.h"
#include "rules/Calendar.h"
#include "rules/ReportAccess.h"
#include "storage/EnrolmentStore.h"
#include "storage/ResultsStore.h"

namespace cj::server::handlers {

namespace {
ReportFrame schoolFrame(RequestContext &ctx, bool secretaryToo)
{
    ReportAccess::requireSchool(ctx.caller, secretaryToo);
    ReportFrame frame;
    frame.year = yearFromArgs(ctx, QStringLiteral("yearId"));
    return frame;
}

QCborMap balanceToCbor(const SpanBalance &b)
{
    return QCborMap{{QStringLiteral("atStart"), b.atStart},
                    {QStringLiteral("arrived"), int(b.arrived.size())},
                    {QStringLiteral("left"), int(b.left.size())},
                    {QStringLiteral("atEnd"), b.atEnd}};
}

QCborMap indicatorsToCbor(const ClassIndicators &i)
{
    return QCborMap{{QStringLiteral("onList"), i.onList},
                    {QStringLiteral("n"), i.n},
                    {QStringLiteral("excellent"), i.excellent},
                    {QStringLiteral("good"), i.good},
                    {QStringLiteral("oneThree"), i.oneThree},
                    {QStringLiteral("failing"), i.failing},
                    {QStringLiteral("withoutMarks"), i.withoutMarks},
                    {QStringLiteral("successRate"), numberOrNull(i.successRate())},
                    {QStringLiteral("qualityRate"), numberOrNull(i.qualityRate())}};
}
} // namespace

QCborMap reportsSchoolEnrolment(RequestContext &ctx)
{
    ReportFrame frame = schoolFrame(ctx, true);
    const QDate date = ctx.args.optionalDate(QStringLiteral("date")).value_or(Calendar(frame.year).clamp(Clock::today()));
    frame.from = date;
    frame.to = date;
    QCborArray classes;
    QMap<int, std::pair<int, int>> grades; // grade -> (classes, students)
    int students = 0, boys = 0, girls = 0;
    const QList<ClassEnrolment> list = EnrolmentStore::onDate(ctx.db, frame.year.id, date);
    for (const ClassEnrolment &c : list) {
        classes.append(QCborMap{{QStringLiteral("classId"), c.classId},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("grade"), c.grade},
                                {QStringLiteral("classTeacherName"), c.classTeacherName},
                                {QStringLiteral("students"), c.students},
                                {QStringLiteral("boys"), c.boys},
                                {QStringLiteral("girls"), c.girls}});
        ++grades[c.grade].first;
        grades[c.grade].second += c.students;
        students += c.students;
        boys += c.boys;
        girls += c.girls;
    }
    QCborArray gradeList;
    for (auto it = grades.constBegin(); it != grades.constEnd(); ++it) {
        gradeList.append(QCborMap{{QStringLiteral("grade"), it.key()},
                                  {QStringLiteral("classes"), it->first},
                                  {QStringLiteral("students"), it->second}});
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("classes"), classes},
                                      {QStringLiteral("grades"), gradeList},
                                      {QStringLiteral("total"), QCborMap{{QStringLiteral("classes"), int(list.size())},
                                                                        {QStringLiteral("students"), students},
                                                                        {QStringLiteral("boys"), boys},
                                                                        {QStringLiteral("girls"), girls}}}});
}

QCborMap reportsSchoolMovement(RequestContext &ctx)
{
    ReportFrame frame = schoolFrame(ctx, true);
    frame.from = frame.year.startsOn;
    frame.to = frame.year.endsOn;
    // Every stay counts twice: on the school's list (a transfer between classes is no movement of
    // the school) and on its level's (a transfer within a level is none of the level).
    const QString school = QStringLiteral("school");
    QList<Stay> stays;
    for (const ClassStay &s : EnrolmentStore::stays(ctx.db, frame.year.id)) {
        stays.append(Stay{s.studentId, school, s.startsOn, s.leftOn});
        stays.append(Stay{s.studentId, SchoolLevel::of(s.grade), s.startsOn, s.leftOn});
    }
    const MovementBalance balance(stays);
    const MovementPeriods rows = movementPeriods(frame.year, nullptr);
    QCborArray periods;
    for (qsizetype i = 0; i < rows.spans.size(); ++i) {
        QCborArray byLevel;
        for (const QString &level : SchoolLevel::all()) {
            QCborMap map = balanceToCbor(balance.balance(level, rows.spans.at(i)));
            map.insert(QStringLiteral("level"), level);
            byLevel.append(map);
        }
        QCborMap row = balanceToCbor(balance.balance(school, rows.spans.at(i)));
        row.insert(QStringLiteral("period"), periodToCbor(rows.periods.at(i)));
        row.insert(QStringLiteral("byLevel"), byLevel);
        periods.append(row);
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("periods"), periods}});
}

QCborMap reportsSchoolResults(RequestContext &ctx)
{
    ReportFrame frame = schoolFrame(ctx, false);
    const bool wholeYear = ctx.args.boolean(QStringLiteral("year"), false);
    const int number = wholeYear ? 0 : int(ctx.args.integer(QStringLiteral("periodNumber"), 1, 4));
    // Each class at the end of its own period with that number (classes follow quarters or halves);
    // a class whose scheme has no such period is left out.
    QList<ResultsScope> scopes;
    QHash<qint64, ClassRecord> classById;
    for (const ClassRecord &c : ClassStore::list(ctx.db, frame.year.id, frame.year.startsOn)) {
        if (wholeYear) {
            scopes.append(ResultsScope{c.id, 0, endOfStudy(frame.year, c.periodScheme)});
        } else {
            for (const PeriodRecord &p : frame.year.periodsOf(c.periodScheme)) {
                if (p.number == number)
                    scopes.append(ResultsScope{c.id, p.id, p.endsOn});
            }
        }
        classById.insert(c.id, c);
    }
    const ResultsTable table(ResultsStore::pupils(ctx.db, scopes), ResultsStore::marks(ctx.db, frame.year.id, scopes),
                             ResultsStore::exemptions(ctx.db, frame.year.id, scopes), {});
    QCborArray classes;
    QMap<int, ClassIndicators> grades;
    QHash<QString, ClassIndicators> levels;
    ClassIndicators total;
    for (const ResultsScope &s : scopes) {
        const ClassRecord &c = classById[s.classId];
        const ClassIndicators totals = table.of(c.id).totals;
        QCborMap row = indicatorsToCbor(totals);
        row.insert(QStringLiteral("classId"), c.id);
        row.insert(QStringLiteral("name"), c.name());
        row.insert(QStringLiteral("grade"), c.grade);
        classes.append(row);
        grades[c.grade] += totals;
        levels[SchoolLevel::of(c.grade)] += totals;
        total += totals;
    }
    QCborArray gradeList;
    for (auto it = grades.constBegin(); it != grades.constEnd(); ++it) {
        QCborMap row = indicatorsToCbor(*it);
        row.insert(QStringLiteral("grade"), it.key());
        gradeList.append(row);
    }
    QCborArray levelList;
    for (const QString &level : SchoolLevel::all()) {
        QCborMap row = indicatorsToCbor(levels.value(level));
        row.insert(QStringLiteral("level"), level);
        levelList.append(row);
    }
    return frame.result(ctx, QCborMap{{QStringLiteral("classes"), classes},
                                      {QStringLiteral("grades"), gradeList},
                                      {QStringLiteral("levels"), levelList},
                                      {QStringLiteral("total"), indicatorsToCbor(total)}});
}

} // namespace cj::server::handlers
