#include "core/reports/ClassJournalRenderer.h"

#include <memory>

#include "core/reports/AttendanceStatementRenderer.h"
#include "core/reports/CborFields.h"
#include "core/reports/MovementStatementRenderer.h"
#include "core/reports/ProgressStatementRenderer.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScaffold.h"
#include "core/reports/SubjectPagesRenderer.h"

namespace cj::client::reports {

using namespace cbor;

namespace {

struct ContentsLine {
    QString title;
    QString pages;
};

QString guardiansText(const QCborArray &guardians)
{
    QStringList list;
    for (const QCborValue &gv : guardians) {
        const QCborMap g = gv.toMap();
        QString line = text(g, "fullName");
        if (!text(g, "relation").isEmpty())
            line = text(g, "relation") + QStringLiteral(": ") + line;
        if (!text(g, "phone").isEmpty())
            line += QStringLiteral(", ") + text(g, "phone");
        list.append(line);
    }
    return list.join(QLatin1Char('\n'));
}

QString genderText(const QString &gender)
{
    if (gender == QLatin1String("m"))
        return ClassJournalRenderer::tr("m", "gender, short");
    if (gender == QLatin1String("f"))
        return ClassJournalRenderer::tr("f", "gender, short");
    return {};
}

ReportSection pupilsSection(const QCborArray &students)
{
    ReportSection section;
    section.orientation = QPageLayout::Landscape;
    section.contentsTitle = ClassJournalRenderer::tr("General information about the pupils");
    section.runningTitle = section.contentsTitle;
    section.heading(section.contentsTitle);
    ReportTable table({ReportColumn::fixed(7), ReportColumn::stretching(45), ReportColumn::fixed(20), ReportColumn::fixed(9),
                       ReportColumn::stretching(55, Qt::AlignLeft), ReportColumn::fixed(28, Qt::AlignLeft),
                       ReportColumn::stretching(70, Qt::AlignLeft), ReportColumn::fixed(30, Qt::AlignLeft)},
                      2);
    table.setFontPt(7.5);
    table.appendHeader({ReportFormat::numberColumn(), ReportFormat::nameColumn(), ClassJournalRenderer::tr("Date of birth"),
                        ClassJournalRenderer::tr("Sex"), ClassJournalRenderer::tr("Home address"),
                        ClassJournalRenderer::tr("Phone"), ClassJournalRenderer::tr("Parents (legal representatives)"),
                        ClassJournalRenderer::tr("Arrived, left")});
    int number = 0;
    for (const QCborValue &sv : students) {
        const QCborMap s = sv.toMap();
        table.append({QString::number(++number), ReportCell(text(s, "fullName")).aligned(Qt::AlignLeft),
                      ReportFormat::date(ReportFormat::dateOf(value(s, "birthDate"))), genderText(text(s, "gender")),
                      text(s, "address"), text(s, "phone"), guardiansText(list(s, "guardians")), ReportFormat::membership(s)});
    }
    section.table(table);
    return section;
}

// The title page: school, class, year, class teacher, the contents with page numbers, the sheets.
ReportSection titleSection(const Report &report, const QString &classTeacher, const QList<ContentsLine> &contents,
                           int sheets)
{
    const ReportHeader &h = report.header;
    ReportSection section;
    section.decoration = ReportSection::Decoration::FooterOnly;
    section.subtitle(h.schoolName);
    section.space(30);
    section.title(ClassJournalRenderer::title());
    section.blocks.last().sizePt = 24;
    section.subtitle(ClassJournalRenderer::tr("of class %1").arg(h.className));
    section.blocks.last().sizePt = 16;
    section.subtitle(h.periodName.isEmpty()
                         ? ClassJournalRenderer::tr("for the %1 school year").arg(h.yearName)
                         : ClassJournalRenderer::tr("for %1 of the %2 school year").arg(h.periodName, h.yearName));
    section.blocks.last().sizePt = 13;
    section.space(8);
    if (!classTeacher.isEmpty())
        section.subtitle(ReportScaffold::classTeacherLine(classTeacher));
    section.space(14);
    section.heading(ClassJournalRenderer::tr("Contents"));
    ReportTable table({ReportColumn::fixed(9), ReportColumn::stretching(120, Qt::AlignLeft), ReportColumn::fixed(26)}, 0);
    table.setFontPt(9);
    table.appendHeader({ReportFormat::numberColumn(), ClassJournalRenderer::tr("Section"), ClassJournalRenderer::tr("Pages")});
    int number = 0;
    for (const ContentsLine &line : contents)
        table.append({QString::number(++number), line.title, line.pages});
    section.table(table);
    section.space(4);
    section.paragraph(sheets > 0 ? ClassJournalRenderer::tr("The journal has %n sheet(s).", nullptr, sheets)
                                 : ClassJournalRenderer::tr("The journal has … sheets."));
    return section;
}

ReportSection closingSection(const Report &report, int sheets)
{
    ReportSection section;
    section.decoration = ReportSection::Decoration::FooterOnly;
    section.contentsTitle = ClassJournalRenderer::tr("Certification sheet");
    section.space(60);
    section.paragraph(ClassJournalRenderer::sheetCountText(sheets), Qt::AlignHCenter, true, 14);
    section.space(25);
    section.signatures({{ReportFormat::director(), report.header.directorName}}, true);
    return section;
}

QList<ContentsLine> contentsOf(const Report &report, const Pagination *pagination)
{
    QList<ContentsLine> lines;
    for (int i = 0; i < report.sections.size(); ++i) {
        if (report.sections[i].contentsTitle.isEmpty())
            continue;
        QString pages = QStringLiteral("…");
        if (pagination && i < pagination->firstPage.size()) {
            const int first = pagination->firstPage[i];
            const int last = first + pagination->pageCount[i] - 1;
            pages = last > first ? QStringLiteral("%1–%2").arg(first).arg(last) : QString::number(first);
        }
        lines.append({report.sections[i].contentsTitle, pages});
    }
    return lines;
}

// The statements as sections of the journal: each report's sections, the first one in the contents.
void appendStatement(Report &journal, const Report &statement)
{
    for (qsizetype i = 0; i < statement.sections.size(); ++i) {
        ReportSection section = statement.sections[i];
        section.contentsTitle = i == 0 ? statement.title : QString();
        section.runningTitle = statement.title;
        journal.sections.append(section);
    }
}

} // namespace

QString ClassJournalRenderer::title()
{
    return tr("Class journal");
}

QString ClassJournalRenderer::sheetCountText(int sheets)
{
    return tr("The journal has %n sheet(s) numbered and laced", nullptr, sheets);
}

Report ClassJournalRenderer::render(const ClassJournalData &data)
{
    Report report = ReportScaffold::start(title(), data.journal);
    report.tabular = false;
    const QString classTeacher = text(data.journal, "classTeacherName").isEmpty() ? report.header.classTeacherName
                                                                                    : text(data.journal, "classTeacherName");
    report.fileName = ReportScaffold::fileName({title(), report.header.className,
                                                report.header.periodName.isEmpty() ? report.header.yearName
                                                                                   : report.header.periodName});
    report.sections.append(ReportSection()); // the title page, once the contents are known
    for (const QCborMap &pages : data.subjectPages)
        report.sections.append(SubjectPagesRenderer::section(pages));
    appendStatement(report, ProgressStatementRenderer::render(data.progress));
    appendStatement(report, AttendanceStatementRenderer::render(data.attendance));
    appendStatement(report, MovementStatementRenderer::render(data.movement));
    report.sections.append(pupilsSection(list(data.journal, "students")));
    report.sections.append(closingSection(report, 0));
    report.sections.first() = titleSection(report, classTeacher, contentsOf(report, nullptr), 0);

    auto laidOutFor = std::make_shared<QString>();
    report.paginate = [classTeacher, laidOutFor](Report &r, const Pagination &p) -> QList<int> {
        const QList<ContentsLine> contents = contentsOf(r, &p);
        QString signature = QString::number(p.totalPages);
        for (const ContentsLine &line : contents)
            signature += QLatin1Char('|') + line.pages;
        if (signature == *laidOutFor)
            return {};
        *laidOutFor = signature;
        const int last = int(r.sections.size()) - 1;
        r.sections.first() = titleSection(r, classTeacher, contents, p.totalPages);
        r.sections[last] = closingSection(r, p.totalPages);
        return {0, last};
    };
    return report;
}

} // namespace cj::client::reports
