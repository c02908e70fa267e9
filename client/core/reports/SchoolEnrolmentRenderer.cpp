#include "core/reports/SchoolEnrolmentRenderer.h"

#include <QHash>

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

QString SchoolEnrolmentRenderer::title()
{
    return tr("Class enrolment");
}

Report SchoolEnrolmentRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    const QDate onDate = report.header.to.isValid() ? report.header.to : report.header.from;
    // The list is as of one day, not a range.
    report.header.from = QDate();
    report.header.to = QDate();
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Portrait,
                                                  {onDate.isValid() ? tr("as of %1").arg(ReportFormat::date(onDate)) : QString()});
    ReportTable table({ReportColumn::fixed(10), ReportColumn::fixed(16), ReportColumn::stretching(60),
                       ReportColumn::fixed(24), ReportColumn::fixed(24), ReportColumn::fixed(24)},
                      2);
    table.appendHeader({ReportFormat::numberColumn(), tr("Class"), ReportFormat::classTeacher(), tr("Pupils"), tr("Boys"),
                        tr("Girls")});
    QHash<qint64, QCborMap> grades;
    for (const QCborValue &g : list(result, "grades"))
        grades.insert(integer(g.toMap(), "grade"), g.toMap());
    const QCborArray classes = list(result, "classes");
    int number = 0;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QCborMap c = classes.at(i).toMap();
        table.append({QString::number(++number), text(c, "name"), ReportCell(text(c, "classTeacherName")).aligned(Qt::AlignLeft),
                      QString::number(integer(c, "students")), QString::number(integer(c, "boys")),
                      QString::number(integer(c, "girls"))});
        const qint64 grade = integer(c, "grade");
        const bool lastOfGrade = i + 1 == classes.size() || integer(classes.at(i + 1).toMap(), "grade") != grade;
        if (lastOfGrade && grades.contains(grade)) {
            const QCborMap g = grades.value(grade);
            table.append({ReportCell(tr("Grade %1: %n class(es)", nullptr, int(integer(g, "classes"))).arg(grade))
                              .span(3)
                              .aligned(Qt::AlignLeft)
                              .toned(CellTone::Total),
                          ReportCell(QString::number(integer(g, "students"))).toned(CellTone::Total),
                          ReportCell().toned(CellTone::Total), ReportCell().toned(CellTone::Total)});
        }
    }
    const QCborMap total = object(result, "total");
    table.append({ReportCell(tr("School total: %n class(es)", nullptr, int(integer(total, "classes"))))
                      .span(3)
                      .aligned(Qt::AlignLeft)
                      .toned(CellTone::Total),
                  ReportCell(QString::number(integer(total, "students"))).toned(CellTone::Total),
                  ReportCell(QString::number(integer(total, "boys"))).toned(CellTone::Total),
                  ReportCell(QString::number(integer(total, "girls"))).toned(CellTone::Total)});
    section.table(table);
    section.signatures({{ReportFormat::deputyDirector(), QString()}}, false);
    return report;
}

} // namespace cj::client::reports
