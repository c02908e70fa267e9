#include "core/reports/SubjectPagesRenderer.h"

#include <QHash>
#include <QSet>

#include "core/reports/CborFields.h"
#include "core/reports/PageGeometry.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"

namespace cj::client::reports {

using namespace cbor;

namespace {
constexpr double kNumberMm = 7;
constexpr double kNameMm = 50;
constexpr double kLessonMm = 6.5;
constexpr double kWideLessonMm = 10;
constexpr double kFinalMm = 8;
constexpr double kGridFontPt = 7;

struct PeriodLessons {
    QCborMap period; // empty for lessons outside every period
    QList<QCborMap> lessons;
};


QString key(qint64 a, qint64 b)
{
    return QStringLiteral("%1/%2").arg(a).arg(b);
}

QString finalKey(qint64 student, const QString &kind, qint64 period)
{
    return QStringLiteral("%1/%2/%3").arg(student).arg(kind).arg(period);
}

// Balanced sheets: 31 lessons at 29 a sheet become 16 + 15, not 29 + 2.
QList<QList<QCborMap>> sheetsOf(const QList<QCborMap> &lessons, int perSheet)
{
    QList<QList<QCborMap>> sheets;
    if (lessons.isEmpty())
        return sheets;
    const int count = int((lessons.size() + perSheet - 1) / perSheet);
    const int each = int((lessons.size() + count - 1) / count);
    for (qsizetype i = 0; i < lessons.size(); i += each)
        sheets.append(lessons.mid(i, each));
    return sheets;
}

} // namespace

QString SubjectPagesRenderer::title()
{
    return tr("Journal pages of the subject");
}

int SubjectPagesRenderer::lessonsPerSheet(int finalColumns)
{
    const double free = PageGeometry::bodyWidthMm(QPageLayout::Landscape) - kNumberMm - kNameMm - finalColumns * kFinalMm;
    return qMax(5, int(free / kLessonMm));
}

void SubjectPagesRenderer::appendPages(ReportSection &section, const QCborMap &result)
{
    const QCborArray students = list(result, "students");
    QHash<QString, QString> cells;
    for (const QCborValue &cv : list(result, "cells")) {
        const QCborMap c = cv.toMap();
        cells.insert(key(integer(c, "lessonId"), integer(c, "studentId")), ReportFormat::cell(c));
    }
    QHash<QString, QString> finals;
    QSet<QString> finalKinds;
    for (const QCborValue &fv : list(result, "finalMarks")) {
        const QCborMap f = fv.toMap();
        finals.insert(finalKey(integer(f, "studentId"), text(f, "kind"), integer(f, "periodId")), ReportFormat::mark(f));
        finalKinds.insert(text(f, "kind"));
    }

    // Lessons by period, in the periods' order; lessons outside every period go last.
    QList<PeriodLessons> groups;
    for (const QCborValue &pv : list(result, "periods"))
        groups.append({pv.toMap(), {}});
    PeriodLessons outside;
    for (const QCborValue &lv : list(result, "lessons")) {
        const QCborMap lesson = lv.toMap();
        const QDate date = ReportFormat::dateOf(value(lesson, "date"));
        bool placed = false;
        for (PeriodLessons &g : groups) {
            if (date >= ReportFormat::dateOf(value(g.period, "startsOn")) && date <= ReportFormat::dateOf(value(g.period, "endsOn"))) {
                g.lessons.append(lesson);
                placed = true;
                break;
            }
        }
        if (!placed)
            outside.lessons.append(lesson);
    }
    groups.removeIf([](const PeriodLessons &g) { return g.lessons.isEmpty(); });
    if (!outside.lessons.isEmpty())
        groups.append(outside);

    // The year's marks go after the last period of the year (the last period listed).
    const QCborArray periods = list(result, "periods");
    const qint64 lastPeriodId = periods.isEmpty() ? 0 : integer(periods.last().toMap(), "id");
    QStringList yearKinds;
    for (const char *kind : {"year", "exam", "final"}) {
        if (finalKinds.contains(QString::fromLatin1(kind)))
            yearKinds.append(QString::fromLatin1(kind));
    }
    const QHash<QString, QString> yearTitles{{QStringLiteral("year"), tr("Year")},
                                             {QStringLiteral("exam"), tr("Exam")},
                                             {QStringLiteral("final"), tr("Final")}};

    bool firstSheet = true;
    for (const PeriodLessons &group : groups) {
        const qint64 periodId = integer(group.period, "id");
        const bool hasPeriod = !group.period.isEmpty();
        const QString periodTitle = hasPeriod ? text(group.period, "name") : tr("Outside the school periods");
        QList<QPair<QString, QString>> finalColumns; // (kind, title) on the period's last sheet
        if (hasPeriod) {
            finalColumns.append({QStringLiteral("period"),
                                 ReportFormat::roman(integer(group.period, "number"))
                                     + (text(group.period, "scheme") == QLatin1String("halves") ? tr(" h.") : tr(" q."))});
            if (periodId == lastPeriodId) {
                for (const QString &kind : yearKinds)
                    finalColumns.append({kind, yearTitles.value(kind)});
            }
        }
        const QList<QList<QCborMap>> sheets = sheetsOf(group.lessons, lessonsPerSheet(int(finalColumns.size())));
        for (qsizetype s = 0; s < sheets.size(); ++s) {
            const QList<QCborMap> &lessons = sheets[s];
            const bool lastSheet = s + 1 == sheets.size();
            const QString sheetTitle = sheets.size() > 1
                ? tr("%1, sheet %2 of %3").arg(periodTitle).arg(s + 1).arg(sheets.size())
                : periodTitle;

            // Left page: pupils × dates.
            const QList<QPair<QString, QString>> finalsHere = lastSheet ? finalColumns : QList<QPair<QString, QString>>();
            // A sheet with fewer lessons gets wider cells, up to kWideLessonMm.
            const double free = PageGeometry::bodyWidthMm(QPageLayout::Landscape) - kNumberMm - kNameMm
                - finalsHere.size() * kFinalMm;
            const double lessonMm = qBound(kLessonMm, free / lessons.size(), kWideLessonMm);
            QList<ReportColumn> columns{ReportColumn::fixed(kNumberMm), ReportColumn::fixed(kNameMm, Qt::AlignLeft)};
            for (qsizetype i = 0; i < lessons.size(); ++i)
                columns.append(ReportColumn::fixed(lessonMm));
            for (qsizetype i = 0; i < finalsHere.size(); ++i)
                columns.append(ReportColumn::fixed(kFinalMm));
            ReportTable grid(columns, 2);
            grid.setFontPt(kGridFontPt);
            QList<ReportCell> months{ReportCell(ReportFormat::numberColumn()).span(1, 2),
                                     ReportCell(ReportFormat::nameColumn()).span(1, 2)};
            QList<ReportCell> days;
            for (qsizetype i = 0; i < lessons.size();) {
                const QDate date = ReportFormat::dateOf(value(lessons[i], "date"));
                qsizetype j = i;
                while (j < lessons.size() && ReportFormat::dateOf(value(lessons[j], "date")).month() == date.month())
                    ++j;
                months.append(ReportCell(ReportFormat::monthName(date)).span(int(j - i)));
                i = j;
            }
            for (const QCborMap &lesson : lessons)
                days.append(QString::number(ReportFormat::dateOf(value(lesson, "date")).day()));
            for (const auto &f : finalsHere)
                months.append(ReportCell(f.second).span(1, 2));
            grid.appendHeader(months);
            grid.appendHeader(days);
            int number = 0;
            for (const QCborValue &sv : students) {
                const QCborMap student = sv.toMap();
                const qint64 studentId = integer(student, "id");
                const QDate joined = ReportFormat::dateOf(value(student, "joinedOn"));
                const QDate left = ReportFormat::dateOf(value(student, "leftOn"));
                const QString note = ReportFormat::membership(student);
                QList<ReportCell> row{QString::number(++number),
                                      note.isEmpty() ? text(student, "fullName")
                                                     : QStringLiteral("%1 (%2)").arg(text(student, "fullName"), note)};
                for (const QCborMap &lesson : lessons) {
                    const QDate date = ReportFormat::dateOf(value(lesson, "date"));
                    ReportCell cell(cells.value(key(integer(lesson, "id"), studentId)));
                    // Not in the class (or group) on that day: greyed, as leavers are on paper.
                    if ((joined.isValid() && date < joined) || (left.isValid() && date >= left))
                        cell = cell.toned(CellTone::Muted);
                    row.append(cell);
                }
                for (const auto &f : finalsHere) {
                    const qint64 period = f.first == QLatin1String("period") ? periodId : 0;
                    row.append(ReportCell(finals.value(finalKey(studentId, f.first, period))).strong());
                }
                grid.append(row);
            }
            if (!firstSheet)
                section.pageBreak();
            firstSheet = false;
            section.heading(tr("%1 — marks and attendance").arg(sheetTitle));
            section.table(grid);

            // Right page: what was done at those lessons.
            ReportTable topics({ReportColumn::fixed(12), ReportColumn::stretching(85, Qt::AlignLeft),
                                ReportColumn::stretching(28, Qt::AlignLeft), ReportColumn::stretching(70, Qt::AlignLeft),
                                ReportColumn::stretching(38, Qt::AlignLeft)});
            topics.setFontPt(7.5);
            topics.appendHeader({tr("Date"), tr("Topic of the lesson"), tr("Kind of work"), tr("Homework"), tr("Teacher")});
            for (const QCborMap &lesson : lessons) {
                const QString substitute = text(lesson, "substituteName");
                ReportCell teacher(substitute.isEmpty() ? text(lesson, "teacherName")
                                                        : tr("%1 (substitution for %2)").arg(substitute, text(lesson, "teacherName")));
                if (!substitute.isEmpty())
                    teacher = teacher.toned(CellTone::Total);
                topics.append({ReportFormat::dayMonth(ReportFormat::dateOf(value(lesson, "date"))), text(lesson, "topic"),
                               text(lesson, "workKindName"), text(lesson, "homework"), teacher});
            }
            section.pageBreak();
            section.heading(tr("%1 — topics and homework").arg(sheetTitle));
            section.table(topics);
        }
    }
    if (groups.isEmpty())
        section.paragraph(tr("No lessons in this time."));
}

ReportSection SubjectPagesRenderer::section(const QCborMap &result)
{
    const QCborMap a = object(result, "assignment");
    QString subject = text(a, "subjectName");
    if (!text(a, "subgroupName").isEmpty())
        subject += QStringLiteral(" (%1)").arg(text(a, "subgroupName"));
    ReportSection section;
    section.orientation = QPageLayout::Landscape;
    section.contentsTitle = text(a, "teacherName").isEmpty() ? subject : tr("%1 — %2").arg(subject, text(a, "teacherName"));
    section.runningTitle = section.contentsTitle;
    section.heading(tr("%1. Teacher: %2").arg(subject, text(a, "teacherName")));
    appendPages(section, result);
    return section;
}

Report SubjectPagesRenderer::render(const QCborMap &result)
{
    Report report = ReportScaffold::start(title(), result);
    report.tabular = false;
    const QCborMap a = object(result, "assignment");
    report.fileName = ReportScaffold::fileName({title(), text(a, "className"), text(a, "subjectName"), text(a, "subgroupName")});
    ReportSection section = SubjectPagesRenderer::section(result);
    section.contentsTitle.clear();
    ReportSection opened;
    ReportScaffold::titleBlock(opened, report);
    section.blocks = opened.blocks + section.blocks;
    report.sections.append(section);
    return report;
}

} // namespace cj::client::reports
