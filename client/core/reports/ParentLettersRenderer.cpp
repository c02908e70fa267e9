#include "core/reports/ParentLettersRenderer.h"

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

QString marksText(const QCborArray &marks)
{
    QStringList list;
    for (const QCborValue &v : marks) {
        const QCborMap m = v.toMap();
        QString entry = ReportFormat::mark(m);
        const QString date = ReportFormat::dayMonth(ReportFormat::dateOf(value(m, "date")));
        const QString kind = text(m, "workKindName");
        entry += kind.isEmpty() ? QStringLiteral(" (%1)").arg(date) : QStringLiteral(" (%1, %2)").arg(date, kind);
        list.append(entry);
    }
    return list.join(QStringLiteral("; "));
}

} // namespace

QString ParentLettersRenderer::title()
{
    return tr("Information letter for parents");
}

Report ParentLettersRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    report.tabular = false;
    report.fileName = ReportScaffold::fileName({tr("Information letters"), report.header.className,
                                                ReportFormat::dateRange(report.header.from, report.header.to)});
    const ReportHeader &h = report.header;
    for (const QCborValue &lv : list(result, "letters")) {
        const QCborMap letter = lv.toMap();
        const QCborMap student = object(letter, "student");
        ReportSection section;
        section.restartsNumbering = true;
        section.runningTitle = text(student, "fullName");
        if (!h.schoolName.isEmpty())
            section.subtitle(h.schoolName);
        section.title(title());
        section.subtitle(tr("Pupil: %1, class %2").arg(text(student, "fullName"), text(student, "className")));
        section.subtitle(tr("for the time from %1 to %2").arg(ReportFormat::date(h.from), ReportFormat::date(h.to)));
        section.space(3);
        section.paragraph(tr("Dear parents (legal representatives)! We inform you of your child's marks, absences "
                             "and homework for these two weeks."));

        ReportTable marks({ReportColumn::stretching(40), ReportColumn::stretching(95), ReportColumn::fixed(18),
                           ReportColumn::fixed(22)});
        marks.setFontPt(8.5);
        marks.appendHeader({tr("Subject"), tr("Marks (date, kind of work)"), tr("Average mark"), tr("Lessons missed")});
        for (const QCborValue &sv : list(letter, "subjects")) {
            const QCborMap s = sv.toMap();
            marks.append({ReportCell(text(s, "subjectName")).aligned(Qt::AlignLeft),
                          ReportCell(marksText(list(s, "marks"))).aligned(Qt::AlignLeft),
                          ReportFormat::decimal(value(s, "average")),
                          ReportFormat::count(integer(s, "missed"), true)});
        }
        section.table(marks);

        const QCborMap a = object(letter, "absences");
        section.paragraph(tr("Lessons missed: %1, of them for illness %2, for an excused reason %3, without an excused "
                             "reason %4. Times late: %5.")
                              .arg(integer(a, "missed"))
                              .arg(integer(a, "ill"))
                              .arg(integer(a, "excused"))
                              .arg(integer(a, "unexcused"))
                              .arg(integer(a, "late")));

        section.heading(tr("Homework"));
        const QCborArray homework = list(letter, "homework");
        if (homework.isEmpty()) {
            section.paragraph(tr("None given."));
        } else {
            ReportTable tasks({ReportColumn::fixed(16), ReportColumn::stretching(35), ReportColumn::stretching(110)});
            tasks.setFontPt(8.5);
            tasks.appendHeader({tr("Date"), tr("Subject"), tr("Task")});
            for (const QCborValue &hv : homework) {
                const QCborMap task = hv.toMap();
                tasks.append({ReportFormat::dayMonth(ReportFormat::dateOf(value(task, "date"))),
                              ReportCell(text(task, "subjectName")).aligned(Qt::AlignLeft),
                              ReportCell(text(task, "homework")).aligned(Qt::AlignLeft)});
            }
            section.table(tasks);
        }
        section.signatures({{ReportFormat::classTeacher(), h.classTeacherName},
                            {tr("Read by the parent (legal representative)"), QString()}},
                           false);
        section.paragraph(ReportFormat::blankDate());
        report.sections.append(section);
    }
    return report;
}

} // namespace cj::client::reports
