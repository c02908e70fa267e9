#include "core/reports/JournalControlRenderer.h"

#include <QLocale>

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

ReportCell problem(qint64 count)
{
    ReportCell cell(QString::number(count));
    return count > 0 ? cell.toned(CellTone::Alert) : cell;
}

QString lastEntry(const QCborMap &m)
{
    const QDateTime at = QDateTime::fromString(text(m, "lastEntryAt"), Qt::ISODateWithMs);
    return at.isValid() ? ReportFormat::dateTime(at) : QStringLiteral("—");
}

} // namespace

QString JournalControlRenderer::title()
{
    return tr("Control of keeping the electronic journal");
}

Report JournalControlRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Landscape);
    ReportTable table({ReportColumn::stretching(28), ReportColumn::fixed(10), ReportColumn::stretching(34),
                       ReportColumn::fixed(16), ReportColumn::fixed(13), ReportColumn::fixed(13), ReportColumn::fixed(14),
                       ReportColumn::fixed(19), ReportColumn::fixed(17), ReportColumn::fixed(17), ReportColumn::fixed(20),
                       ReportColumn::fixed(15), ReportColumn::fixed(13), ReportColumn::fixed(27)},
                      3);
    table.setFontPt(7.5);
    table.appendHeader({tr("Teacher"), tr("Class"), tr("Subject (group)"), tr("Lessons given"), tr("Without a topic"),
                        tr("Without homework"), tr("Marks"), tr("Marks entered late"), tr("Pupils without marks"),
                        tr("Pupils with one mark"), tr("Pupils with too few marks (minimum)"), tr("Hours in the КТП"),
                        tr("Substitutions"), tr("Last entry")});
    for (const QCborValue &rv : list(result, "rows")) {
        const QCborMap r = rv.toMap();
        QString subject = text(r, "subjectName");
        if (!text(r, "subgroupName").isEmpty())
            subject += QStringLiteral(" (%1)").arg(text(r, "subgroupName"));
        ReportCell tooFew(QStringLiteral("%1 (%2)").arg(integer(r, "studentsWithTooFewMarks")).arg(integer(r, "minimumMarks")));
        if (integer(r, "studentsWithTooFewMarks") > 0)
            tooFew = tooFew.toned(CellTone::Alert);
        table.append({ReportCell(text(r, "teacherName")).aligned(Qt::AlignLeft), text(r, "className"),
                      ReportCell(subject).aligned(Qt::AlignLeft), QString::number(integer(r, "lessons")),
                      problem(integer(r, "withoutTopic")), problem(integer(r, "withoutHomework")),
                      QString::number(integer(r, "marks")), problem(integer(r, "lateMarks")),
                      problem(integer(r, "studentsWithoutMarks")), QString::number(integer(r, "studentsWithOneMark")),
                      tooFew, QLocale().toString(value(r, "plannedHours").toDouble(), 'g', 4),
                      QString::number(integer(r, "substitutions")), lastEntry(r)});
    }
    section.table(table);
    section.note(tr("Highlighted: what needs the teacher's attention. Minimum of current marks for a period (003 §2.3.1): "
                    "3 at up to 1 hour a week, 5 at up to 2 hours, 8 above 2 hours; pupils who missed at least half of "
                    "the lessons for a valid reason are not checked (003 §2.3.2)."));

    section.heading(tr("Teachers' activity"));
    ReportTable activity({ReportColumn::fixed(8), ReportColumn::stretching(70), ReportColumn::fixed(40), ReportColumn::fixed(40)},
                         2);
    activity.appendHeader({ReportFormat::numberColumn(), tr("Teacher"), tr("Last entry"), tr("Changes in the period")});
    int number = 0;
    for (const QCborValue &tv : list(result, "teachers")) {
        const QCborMap t = tv.toMap();
        activity.append({QString::number(++number), ReportCell(text(t, "teacherName")).aligned(Qt::AlignLeft), lastEntry(t),
                         QString::number(integer(t, "entries"))});
    }
    section.table(activity);
    section.signatures({{ReportFormat::deputyDirector(), QString()}}, false);
    return report;
}

} // namespace cj::client::reports
