#include "handlers/ReportFrame.h"

#include "app/Clock.h"
#include "handlers/JournalCbor.h"
#include "handlers/StructureViews.h"
#include "handlers/Lookup.h"
#include "protocol/ArgReader.h"
#include "rpc/RequestContext.h"
#include "rpc/RpcError.h"
#include "rules/ReportAccess.h"
#include "storage/SchoolStore.h"

namespace cj::server::handlers {

using protocol::dateToWire;
using protocol::optionalDateToWire;

QCborMap ReportFrame::header(RequestContext &ctx) const
{
    const std::optional<SchoolRecord> school = SchoolStore::byId(ctx.db, ctx.caller.schoolId);
    if (!school)
        notFound(QStringLiteral("school"));
    QCborValue classValue(nullptr);
    if (cls) {
        classValue = QCborMap{{QStringLiteral("id"), cls->id},
                              {QStringLiteral("name"), cls->name()},
                              {QStringLiteral("grade"), cls->grade},
                              {QStringLiteral("classTeacherName"), cls->classTeacherName}};
    }
    return QCborMap{{QStringLiteral("school"), QCborMap{{QStringLiteral("name"), school->name},
                                                       {QStringLiteral("shortName"), school->shortName},
                                                       {QStringLiteral("address"), school->address},
                                                       {QStringLiteral("directorName"), school->directorName}}},
                    {QStringLiteral("year"), QCborMap{{QStringLiteral("id"), year.id},
                                                     {QStringLiteral("name"), year.name},
                                                     {QStringLiteral("startsOn"), dateToWire(year.startsOn)},
                                                     {QStringLiteral("endsOn"), dateToWire(year.endsOn)}}},
                    {QStringLiteral("class"), classValue},
                    {QStringLiteral("period"), period ? QCborValue(periodToCbor(*period)) : QCborValue(nullptr)},
                    {QStringLiteral("from"), optionalDateToWire(from)},
                    {QStringLiteral("to"), optionalDateToWire(to)},
                    {QStringLiteral("generatedAt"), protocol::dateTimeToWire(Clock::now())}};
}

QCborMap ReportFrame::result(RequestContext &ctx, QCborMap body) const
{
    body.insert(QStringLiteral("header"), header(ctx));
    return body;
}

ReportFrame ReportFrame::ofClass(RequestContext &ctx, qint64 classId)
{
    ReportFrame frame;
    frame.cls = classOfSchool(ctx, classId);
    frame.year = yearOfSchool(ctx, frame.cls->yearId);
    frame.from = frame.year.startsOn;
    frame.to = frame.year.endsOn;
    return frame;
}

ReportFrame classReportFrame(RequestContext &ctx)
{
    ReportFrame frame = ReportFrame::ofClass(ctx, ctx.args.id(QStringLiteral("classId")));
    ReportAccess::requireClass(ctx.caller, *frame.cls);
    return frame;
}

QCborValue numberOrNull(const std::optional<double> &value)
{
    return value ? QCborValue(*value) : QCborValue(nullptr);
}

PeriodRecord periodOfClass(RequestContext &ctx, const YearRecord &year, const ClassRecord &cls, const QString &key)
{
    const qint64 id = ctx.args.id(key);
    for (const PeriodRecord &p : year.periodsOf(cls.periodScheme)) {
        if (p.id == id)
            return p;
    }
    invalid(key, QStringLiteral("not a period of the class's scheme"));
}

QDate endOfStudy(const YearRecord &year, const QString &scheme)
{
    const QList<PeriodRecord> periods = year.periodsOf(scheme);
    return periods.isEmpty() ? year.endsOn : periods.last().endsOn;
}

void requireRange(const QDate &from, const QDate &to)
{
    if (to < from || from.daysTo(to) > 400)
        invalid(QStringLiteral("to"), QStringLiteral("the range must run forwards and last at most a year"));
}

} // namespace cj::server::handlers
