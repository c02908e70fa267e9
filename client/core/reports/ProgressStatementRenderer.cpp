#include "core/reports/ProgressStatementRenderer.h"

#include <QHash>

#include "core/reports/CborFields.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {
constexpr double kMarkMm = 7;

} // namespace

QString ProgressStatementRenderer::title()
{
    return tr("Summary statement of pupils' progress");
}

Report ProgressStatementRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    ReportSection &section = ReportScaffold::open(report, QPageLayout::Landscape,
                                                  {ReportScaffold::classTeacherLine(report.header.classTeacherName)});

    const QCborArray subjects = list(result, "subjects");
    const QCborArray periods = list(result, "periods");
    // Marks by student, subject and column key ("p<periodId>", "year", "exam", "final").
    QHash<QString, QString> marks;
    bool anyExam = false;
    bool anyFinal = false;
    for (const QCborValue &v : list(result, "marks")) {
        const QCborMap m = v.toMap();
        const QString kind = text(m, "kind");
        const QString column = kind == QLatin1String("period") ? QStringLiteral("p%1").arg(integer(m, "periodId")) : kind;
        anyExam = anyExam || kind == QLatin1String("exam");
        anyFinal = anyFinal || kind == QLatin1String("final");
        marks.insert(QStringLiteral("%1/%2/%3").arg(integer(m, "studentId")).arg(integer(m, "subjectId")).arg(column),
                     ReportFormat::mark(m));
    }
    QList<QString> columnKeys;
    QList<QString> columnTitles;
    for (const QCborValue &p : periods) {
        columnKeys.append(QStringLiteral("p%1").arg(integer(p.toMap(), "id")));
        columnTitles.append(ReportFormat::roman(integer(p.toMap(), "number")));
    }
    columnKeys.append(QStringLiteral("year"));
    columnTitles.append(tr("Year"));
    if (anyExam) {
        columnKeys.append(QStringLiteral("exam"));
        columnTitles.append(tr("Exam"));
    }
    if (anyFinal) {
        columnKeys.append(QStringLiteral("final"));
        columnTitles.append(tr("Final"));
    }

    QList<ReportColumn> columns{ReportColumn::fixed(7), ReportColumn::stretching(48)};
    for (int s = 0; s < subjects.size(); ++s) {
        for (int k = 0; k < columnKeys.size(); ++k)
            columns.append(ReportColumn::fixed(kMarkMm, Qt::AlignHCenter, s));
    }
    ReportTable table(columns, 2);
    QList<ReportCell> top{ReportCell(ReportFormat::numberColumn()).span(1, 2), ReportCell(ReportFormat::nameColumn()).span(1, 2)};
    QList<ReportCell> second;
    for (const QCborValue &s : subjects) {
        top.append(ReportCell(text(s.toMap(), "name")).span(int(columnKeys.size())));
        for (const QString &t : columnTitles)
            second.append(t);
    }
    table.appendHeader(top);
    table.appendHeader(second);

    for (const QCborValue &sv : list(result, "students")) {
        const QCborMap student = sv.toMap();
        const qint64 id = integer(student, "id");
        const QString note = ReportFormat::membership(student);
        const bool left = value(student, "leftOn").isString();
        QList<ReportCell> row{QString::number(integer(student, "number")),
                              ReportCell(note.isEmpty() ? text(student, "fullName")
                                                        : QStringLiteral("%1 (%2)").arg(text(student, "fullName"), note))
                                  .toned(left ? CellTone::Muted : CellTone::Normal)};
        for (const QCborValue &s : subjects) {
            for (const QString &key : columnKeys)
                row.append(marks.value(QStringLiteral("%1/%2/%3").arg(id).arg(integer(s.toMap(), "id")).arg(key)));
        }
        table.append(row);
    }
    section.table(table);
    section.note(tr("Roman numerals: marks for the school periods (quarters or halves). Marks 2–5; «pass»/«fail» for subjects graded so. The statement is kept for 75 years."));
    section.signatures({{ReportFormat::classTeacher(), report.header.classTeacherName},
                        {ReportFormat::director(), report.header.directorName}},
                       true);
    return report;
}

} // namespace cj::client::reports
