// The report renderers and their parts, from hand-made results shaped as docs/protocol.md says:
// tables with spans and sheets, CSV byte for byte, the text each document must hold, the header,
// page-number-dependent content of the class journal, the catalogue's arguments and the scope's
// class and period look-ups.
#include <QTextDocument>
#include <QtTest>

#include "ReportSamples.h"
#include "core/Translations.h"
#include "core/reports/AttendanceMonthRenderer.h"
#include "core/reports/AttendanceStatementRenderer.h"
#include "core/reports/ClassJournalRenderer.h"
#include "core/reports/ClassTeacherReportRenderer.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ForecastRenderer.h"
#include "core/reports/JournalControlRenderer.h"
#include "core/reports/MovementStatementRenderer.h"
#include "core/reports/ParentLettersRenderer.h"
#include "core/reports/PeriodResultsRenderer.h"
#include "core/reports/ProgressStatementRenderer.h"
#include "core/reports/ReportCatalog.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportScope.h"
#include "core/reports/SchoolEnrolmentRenderer.h"
#include "core/reports/SchoolMovementRenderer.h"
#include "core/reports/SchoolResultsRenderer.h"
#include "core/reports/SubjectPagesRenderer.h"
#include "core/reports/TextDocumentBuilder.h"

using namespace cj::client::reports;
namespace samples = cj::test::samples;

Q_DECLARE_METATYPE(Report)

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Everything a report would print, as plain text.
QString textOf(const Report &report)
{
    QString text;
    for (const ReportSection &section : report.sections)
        text += TextDocumentBuilder::build(section, nullptr, {}, 277)->toPlainText() + QLatin1Char('\n');
    return text;
}

QCborMap period(qint64 id, const char *scheme, int number, const char *name, const char *from, const char *to)
{
    return QCborMap{{s("id"), id}, {s("scheme"), s(scheme)}, {s("number"), number}, {s("name"), s(name)},
                    {s("startsOn"), s(from)}, {s("endsOn"), s(to)}};
}

} // namespace

class TestReportRenderers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cj::client::installTranslations(QLocale(QLocale::Russian, QLocale::Russia));
    }

    void tablePlacesCellsAroundSpans()
    {
        ReportTable table({ReportColumn::fixed(5), ReportColumn::fixed(5), ReportColumn::fixed(5), ReportColumn::fixed(5)}, 1);
        table.appendHeader({ReportCell("№").span(1, 2), ReportCell("A").span(2), ReportCell("B").span(1, 2)});
        table.appendHeader({"a1", "a2"});
        table.append({"1", "x", "y", "z"});
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.at(1, 0).covered, true); // under «№»
        QCOMPARE(table.at(1, 1).text, s("a1"));
        QCOMPARE(table.at(1, 2).text, s("a2"));
        QCOMPARE(table.at(1, 3).covered, true); // under «B»
        QCOMPARE(table.at(0, 2).covered, true); // inside «A»

        // Keeping columns 0, 2, 3: «A» shrinks to one column, the row spans stay.
        const ReportTable part = table.columnsSubset({0, 2, 3});
        QCOMPARE(part.columnCount(), 3);
        QCOMPARE(part.frozenColumns(), 1);
        QCOMPARE(part.at(0, 1).text, s("A"));
        QCOMPARE(part.at(0, 1).colSpan, 1);
        QCOMPARE(part.at(0, 2).text, s("B"));
        QCOMPARE(part.at(0, 2).rowSpan, 2);
        QCOMPARE(part.at(1, 1).text, s("a2"));
        QCOMPARE(part.at(2, 2).text, s("z"));
    }

    void wideTablesSplitIntoSheetsKeepingGroups()
    {
        QList<ReportColumn> columns{ReportColumn::fixed(10), ReportColumn::fixed(40)};
        for (int group = 0; group < 6; ++group) {
            for (int k = 0; k < 5; ++k)
                columns.append(ReportColumn::fixed(7, Qt::AlignHCenter, group));
        }
        const ReportTable table(columns, 2);
        // 50 mm frozen + 35 mm a group: three groups on a 170 mm sheet, never half a group.
        const QList<QList<int>> sheets = TextDocumentBuilder::sheetsFor(table, 170);
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets[0].mid(0, 3), (QList<int>{0, 1, 2}));
        QCOMPARE(sheets[0].size(), 2 + 15);
        QCOMPARE(sheets[1].first(), 0);
        QCOMPARE(sheets[1].at(2), 17);
        QCOMPARE(TextDocumentBuilder::sheetsFor(table, 400).size(), 1);
    }

    void csvIsWhatRussianExcelOpens()
    {
        QCborMap result{{s("subjects"), QCborArray{QCborMap{{s("id"), 1}, {s("name"), s("Математика")}, {s("grading"), s("marks")}},
                                                   QCborMap{{s("id"), 2}, {s("name"), s("ОДНКНР; модуль")}, {s("grading"), s("pass_fail")}}}},
                        {s("periods"), QCborArray{period(7, "halves", 1, "1 полугодие", "2025-09-01", "2025-12-26"),
                                                  period(8, "halves", 2, "2 полугодие", "2026-01-12", "2026-05-26")}},
                        {s("students"), QCborArray{QCborMap{{s("id"), 10}, {s("number"), 1}, {s("fullName"), s("Белов \"Саша\" Иванович")}},
                                                   QCborMap{{s("id"), 11}, {s("number"), 2}, {s("fullName"), s("Орлова Ксения")}}}},
                        {s("marks"), QCborArray{QCborMap{{s("studentId"), 10}, {s("subjectId"), 1}, {s("kind"), s("period")}, {s("periodId"), 7}, {s("value"), 4}},
                                                QCborMap{{s("studentId"), 10}, {s("subjectId"), 1}, {s("kind"), s("year")}, {s("periodId"), nullptr}, {s("value"), 5}},
                                                QCborMap{{s("studentId"), 11}, {s("subjectId"), 2}, {s("kind"), s("period")}, {s("periodId"), 8}, {s("passed"), true}},
                                                QCborMap{{s("studentId"), 11}, {s("subjectId"), 2}, {s("kind"), s("period")}, {s("periodId"), 7}, {s("passed"), false}}}}};
        const QByteArray csv = CsvWriter::write(ProgressStatementRenderer::render(result));
        const QByteArray expected = QByteArray("\xEF\xBB\xBF")
            + s("№;Фамилия, имя обучающегося;Математика;;;\"ОДНКНР; модуль\";;\r\n"
                ";;I;II;Год;I;II;Год\r\n"
                "1;\"Белов \"\"Саша\"\" Иванович\";4;;5;;;\r\n"
                "2;Орлова Ксения;;;;незач;зач;\r\n").toUtf8();
        QCOMPARE(csv, expected);
    }

    void severalTablesFollowUnderTheirHeadings()
    {
        const QByteArray bytes = CsvWriter::write(MovementStatementRenderer::render(samples::movementStatement()));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY(csv.contains(s("Учебный период;Состояло на начало периода;Прибыло;Выбыло;Состоит на конец периода\r\n")));
        QVERIFY(csv.contains(s("2 четверть;24;1;0;25\r\n")));
        QVERIFY(csv.contains(s("За учебный год;24;1;1;24\r\n")));
        QVERIFY(csv.contains(s("\r\n\r\nПрибывшие обучающиеся\r\n")));
        QVERIFY(csv.contains(s("1;Цветков Лев Михайлович;10.11.2025;№ 112-у от 07.11.2025;МБОУ СОШ № 5 г. Стерлитамака;2 четверть\r\n")));
        QVERIFY(csv.contains(s("\r\n\r\nВыбывшие обучающиеся\r\n")));
        QVERIFY(csv.contains(s(";перемена места жительства\r\n")));
    }

    void cellsReadAsInTheJournal()
    {
        const auto mark = [](int v) { return QCborMap{{s("value"), v}}; };
        QCOMPARE(ReportFormat::cell(QCborMap{{s("marks"), QCborArray{mark(3), mark(5)}}}), s("3/5"));
        QCOMPARE(ReportFormat::cell(QCborMap{{s("attendance"), QCborMap{{s("kind"), s("absent")}, {s("reason"), nullptr}}}}), s("н"));
        QCOMPARE(ReportFormat::cell(QCborMap{{s("attendance"), QCborMap{{s("kind"), s("absent")}, {s("reason"), s("ill")}}}}), s("б"));
        QCOMPARE(ReportFormat::cell(QCborMap{{s("attendance"), QCborMap{{s("kind"), s("absent")}, {s("reason"), s("unexcused")}}}}), s("п"));
        QCOMPARE(ReportFormat::cell(QCborMap{{s("marks"), QCborArray{mark(5)}}, {s("attendance"), QCborMap{{s("kind"), s("late")}}}}), s("оп 5"));
        QCOMPARE(ReportFormat::mark(QCborMap{{s("passed"), true}}), s("зач"));
        QCOMPARE(ReportFormat::decimal(QCborValue(87.5)), s("87,5"));
        QCOMPARE(ReportFormat::decimal(QCborValue(nullptr)), s("—"));
    }

    void headerIsReadFromTheResult()
    {
        const ReportHeader period = ReportHeader::fromCbor(QCborMap{{s("header"), samples::header(true)}});
        QCOMPARE(period.className, s("5А"));
        QCOMPARE(period.periodText(), s("2 четверть (05.11.2025 – 26.12.2025)"));
        QCOMPARE(period.yearText(), s("2025/2026 учебный год"));
        QCOMPARE(period.school(), s("МБОУ СОШ № 17"));
        const ReportHeader year = ReportHeader::fromCbor(QCborMap{{s("header"), samples::header()}});
        QCOMPARE(year.directorName, s("Кравченко Людмила Ивановна"));
        QCOMPARE(year.runningText(), s("5А класс · 2025/2026 · 01.09.2025 – 26.05.2026"));
    }

    void everyDocumentSaysWhatItMust_data()
    {
        QTest::addColumn<Report>("report");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("progress") << ProgressStatementRenderer::render(samples::progressStatement())
                                  << QStringList{s("Сводная ведомость учёта успеваемости обучающихся"), s("Основы духовно-нравственной культуры народов России"),
                                                 s("Фёдоров Даниил Артёмович (выбыл(а) 20.01.2026)"), s("Цветков Лев Михайлович (прибыл(а) 10.11.2025)"),
                                                 s("хранится 75 лет"), s("Директор"), s("М. П.")};
        QTest::newRow("attendance") << AttendanceStatementRenderer::render(samples::attendanceStatement())
                                    << QStringList{s("Сводная ведомость учёта посещаемости обучающихся"), s("сентябрь"), s("май"), s("Всего за период"), s("Итого")};
        QTest::newRow("attendanceMonth") << AttendanceMonthRenderer::render(samples::attendanceMonth())
                                         << QStringList{s("Отчёт о посещаемости класса за месяц"), s("Месяц: ноябрь 2025"), s("6б"), s("Учебные дни месяца")};
        QTest::newRow("periodResults") << PeriodResultsRenderer::render(samples::periodResults())
                                       << QStringList{s("Итоги успеваемости класса за учебный период"), s("% успев."), s("СОУ, %"),
                                                      s("зачтено: 25, не зачтено: 0"), s("Хорошисты (только «4» и «5»)"),
                                                      s("(100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N"), s("По классу: N —")};
        QTest::newRow("subjectResults") << PeriodResultsRenderer::render(samples::periodResults(true))
                                        << QStringList{s("Итоги успеваемости по предмету за учебный период"), s("Предмет: Математика"), s("Учитель")};
        QTest::newRow("forecast") << ForecastRenderer::render(samples::forecast())
                                  << QStringList{s("Предварительный отчёт (прогноз) за учебный период"), s("Риски"), s("вероятна «2»"),
                                                 s("мало отметок:"), s("«3» от 2,5, «4» от 3,5, «5» от 4,5"), s("по средневзвешенному баллу")};
        QTest::newRow("subjectForecast") << ForecastRenderer::render(samples::forecast(true))
                                         << QStringList{s("Предмет: Математика"), s("Отметок (минимум)"), s("Средневзвешенный балл")};
        QTest::newRow("classTeacher") << ClassTeacherReportRenderer::render(samples::classTeacherReport())
                                      << QStringList{s("Отчёт классного руководителя за учебный период"), s("1. Успеваемость"),
                                                     s("2. Посещаемость"), s("декабрь"), s("3. Движение обучающихся"), s("Цветков Лев Михайлович")};
        QTest::newRow("letters") << ParentLettersRenderer::render(samples::parentLetters())
                                 << QStringList{s("Информационное письмо для родителей"), s("Обучающийся: Яковлев Максим Романович, 5А класс"),
                                                s("Уважаемые родители (законные представители)!"), s("§ 10, упр. 30–32")};
        QTest::newRow("enrolment") << SchoolEnrolmentRenderer::render(samples::schoolEnrolment())
                                   << QStringList{s("Наполняемость классов"), s("на 20.11.2025"), s("Итого 5-е классы: 2 класса"),
                                                  s("Итого по школе: 13 классов"), s("306")};
        QTest::newRow("schoolMovement") << SchoolMovementRenderer::render(samples::schoolMovement())
                                        << QStringList{s("Динамика движения обучающихся по школе"), s("10–11 классы"), s("всего по школе")};
        QTest::newRow("schoolResults") << SchoolResultsRenderer::render(samples::schoolResults())
                                       << QStringList{s("Итоги успеваемости по школе"), s("11-е классы"), s("По школе"), s("(отличники + хорошисты) / N × 100")};
        QTest::newRow("journalControl") << JournalControlRenderer::render(samples::journalControl())
                                        << QStringList{s("Контроль ведения электронного журнала"), s("Без темы"), s("Часов по КТП"),
                                                       s("Активность учителей"), s("Смирнова Ольга Викторовна")};
        QTest::newRow("subjectPages") << SubjectPagesRenderer::render(samples::subjectPages(0))
                                      << QStringList{s("Русский язык. Учитель: Смирнова Ольга Викторовна"), s("1 четверть, лист 1 из 2 — отметки и посещаемость"),
                                                     s("4 четверть"), s("IV ч."), s("Диктант с грамматическим заданием"), s("замещение: Смирнова О. В.")};
    }

    void everyDocumentSaysWhatItMust()
    {
        QFETCH(Report, report);
        QFETCH(QStringList, expected);
        const QString text = textOf(report);
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(s("«%1» is missing").arg(e)));
        QVERIFY(!report.fileName.isEmpty());
        QVERIFY(!report.fileName.contains(QLatin1Char('/')));
    }

    void journalContentsFollowTheLayout()
    {
        Report report = ClassJournalRenderer::render(samples::classJournalData());
        QVERIFY(report.paginate);
        QVERIFY(report.sections.first().orientation == QPageLayout::Portrait);
        QVERIFY(report.sections.at(1).orientation == QPageLayout::Landscape);
        Pagination pagination;
        int page = 1;
        for (qsizetype i = 0; i < report.sections.size(); ++i) {
            pagination.firstPage.append(page);
            pagination.pageCount.append(i == 0 ? 1 : 3);
            page += pagination.pageCount.last();
        }
        pagination.totalPages = page - 1;
        const QList<int> rewritten = report.paginate(report, pagination);
        QCOMPARE(rewritten, (QList<int>{0, int(report.sections.size()) - 1}));
        const QString title = TextDocumentBuilder::build(report.sections.first(), nullptr, {}, 180)->toPlainText();
        QVERIFY2(title.contains(s("Русский язык — Смирнова Ольга Викторовна")), qPrintable(title));
        QVERIFY(title.contains(s("2–4")));
        QVERIFY(title.contains(s("5–7")));
        QVERIFY(title.contains(s("В журнале %1 листов.").arg(pagination.totalPages)) || title.contains(s("В журнале %1 листа.").arg(pagination.totalPages)));
        const QString closing = TextDocumentBuilder::build(report.sections.last(), nullptr, {}, 180)->toPlainText();
        QVERIFY(closing.contains(ClassJournalRenderer::sheetCountText(pagination.totalPages)));
        // The same page numbers again change nothing: the layout is done.
        QVERIFY(report.paginate(report, pagination).isEmpty());
        QCOMPARE(ClassJournalRenderer::sheetCountText(57), s("В журнале пронумеровано и прошнуровано 57 листов"));
        QCOMPARE(ClassJournalRenderer::sheetCountText(62), s("В журнале пронумеровано и прошнуровано 62 листа"));
        QCOMPARE(ClassJournalRenderer::sheetCountText(101), s("В журнале пронумерован и прошнурован 101 лист"));
    }

    void catalogueAsksTheServerAsDocumented()
    {
        ReportParameters p;
        p.classId = 51;
        p.assignmentId = 301;
        p.periodId = 12;
        p.from = QDate(2025, 11, 10);
        p.to = QDate(2025, 11, 23);
        p.month = QDate(2025, 11, 1);
        QCOMPARE(ReportCatalog::arguments(ReportKind::ProgressStatement, p), (QCborMap{{s("classId"), 51}}));
        QCOMPARE(ReportCatalog::arguments(ReportKind::PeriodResults, p), (QCborMap{{s("classId"), 51}, {s("periodId"), 12}}));
        QCOMPARE(ReportCatalog::arguments(ReportKind::SubjectResults, p), (QCborMap{{s("assignmentId"), 301}, {s("periodId"), 12}}));
        QCOMPARE(ReportCatalog::arguments(ReportKind::AttendanceMonth, p), (QCborMap{{s("classId"), 51}, {s("month"), s("2025-11")}}));
        QCOMPARE(ReportCatalog::arguments(ReportKind::ParentLetters, p),
                 (QCborMap{{s("classId"), 51}, {s("from"), s("2025-11-10")}, {s("to"), s("2025-11-23")}}));
        p.wholeYear = true;
        p.periodNumber = 2;
        QCOMPARE(ReportCatalog::arguments(ReportKind::PeriodResults, p), (QCborMap{{s("classId"), 51}, {s("year"), true}}));
        p.wholeYear = false;
        p.classId = 0;
        QCOMPARE(ReportCatalog::arguments(ReportKind::SchoolResults, p), (QCborMap{{s("periodNumber"), 2}}));
        for (ReportKind kind : ReportCatalog::all()) {
            QCOMPARE(ReportCatalog::fromName(ReportCatalog::name(kind)), std::optional<ReportKind>(kind));
            QVERIFY(!ReportCatalog::title(kind).isEmpty());
        }
    }

    void scopeFindsClassesAndMatchesPeriods()
    {
        ReportScope scope;
        scope.setYears(QCborMap{{s("years"), QCborArray{QCborMap{
            {s("id"), 3}, {s("name"), s("2025/2026")}, {s("startsOn"), s("2025-09-01")}, {s("endsOn"), s("2026-05-26")},
            {s("periods"), QCborArray{period(11, "quarters", 1, "1 четверть", "2025-09-01", "2025-10-24"),
                                      period(12, "quarters", 2, "2 четверть", "2025-11-05", "2025-12-26"),
                                      period(13, "quarters", 3, "3 четверть", "2026-01-12", "2026-03-20"),
                                      period(14, "quarters", 4, "4 четверть", "2026-03-30", "2026-05-26"),
                                      period(21, "halves", 1, "1 полугодие", "2025-09-01", "2025-12-26"),
                                      period(22, "halves", 2, "2 полугодие", "2026-01-12", "2026-05-26")}}}}}});
        scope.setClasses(QCborMap{{s("classes"), QCborArray{
            QCborMap{{s("id"), 51}, {s("yearId"), 3}, {s("name"), s("5А")}, {s("grade"), 5}, {s("periodScheme"), s("quarters")}},
            QCborMap{{s("id"), 101}, {s("yearId"), 3}, {s("name"), s("10А")}, {s("grade"), 10}, {s("periodScheme"), s("halves")}}}}});
        QCOMPARE(scope.findClass(s("5а"))->id, 51);
        QCOMPARE(scope.findClass(s("101"))->name, s("10А"));
        QVERIFY(!scope.findClass(s("7В")));
        QCOMPARE(scope.findPeriod(51, s("2"))->id, 12);
        QCOMPARE(scope.findPeriod(101, s("2 полугодие"))->id, 22);
        QCOMPARE(scope.findPeriod(101, s("12"))->id, 21); // a quarter's id, matched to the half it ends in
        QCOMPARE(scope.matchingPeriod(101, 13)->id, 22);
        QCOMPARE(scope.matchingPeriod(51, 13)->id, 13);
        ReportParameters p;
        p.periodId = 12;
        const QList<ReportParameters> runs = scope.forEveryClass(p);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].classId, 51);
        QCOMPARE(runs[0].periodId, 12);
        QCOMPARE(runs[1].classId, 101);
        QCOMPARE(runs[1].periodId, 21);
    }
};

QTEST_MAIN(TestReportRenderers)
#include "tst_report_renderers.moc"
