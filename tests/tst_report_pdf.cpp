// Every document rendered headlessly to PDF as the archive gets it, then read back the way a person
// would: pdftotext for the titles, names, figures, «стр. N из M», formulas and the sheet count;
// pdfinfo for the page count and orientation; pdffonts for embedded fonts; pdftoppm for pages that
// are not blank. CJ_REPORT_PDF_DIR keeps the files for looking at.
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "PdfInspector.h"
#include "ReportSamples.h"
#include "core/reports/AttendanceMonthRenderer.h"
#include "core/reports/AttendanceStatementRenderer.h"
#include "core/reports/ClassJournalRenderer.h"
#include "core/reports/ClassTeacherReportRenderer.h"
#include "core/reports/CorrectionsRegisterRenderer.h"
#include "core/reports/ForecastRenderer.h"
#include "core/reports/JournalControlRenderer.h"
#include "core/reports/MovementStatementRenderer.h"
#include "core/reports/ParentLettersRenderer.h"
#include "core/reports/PeriodResultsRenderer.h"
#include "core/reports/ProgressStatementRenderer.h"
#include "core/reports/ReportPrinter.h"
#include "core/reports/SchoolEnrolmentRenderer.h"
#include "core/reports/SchoolMovementRenderer.h"
#include "core/reports/SchoolResultsRenderer.h"
#include "core/reports/SubjectPagesRenderer.h"
#include "core/reports/SubstitutionsRegisterRenderer.h"
#include "core/Translations.h"

using namespace cj;
using namespace cj::client::reports;
namespace samples = cj::test::samples;

class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_temp;
    QString m_dir;

    QString write(const QList<Report> &reports, const QString &name)
    {
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".pdf"));
        QString error;
        if (!ReportPrinter::writePdf(reports, path, &error))
            qWarning() << error;
        return path;
    }

    // Every page numbered «стр. N из M» with the right M, and none of them blank.
    static void checkPages(const test::PdfInspector &pdf, int numberedFrom = 1)
    {
        const int total = pdf.pageCount();
        for (int page = numberedFrom; page <= total; ++page) {
            QVERIFY2(pdf.pageText(page).contains(QStringLiteral("стр. %1 из %2").arg(page).arg(total)),
                     qPrintable(QStringLiteral("page %1 of %2 is not numbered").arg(page).arg(total)));
        }
        for (int page : {1, total})
            QVERIFY2(test::PdfInspector::inkCoverage(pdf.pageImage(page)) > 0.002, qPrintable(QStringLiteral("page %1 is blank").arg(page)));
        QVERIFY(pdf.fontsEmbedded());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::PdfInspector::toolsAvailable(), "poppler-utils (pdfinfo, pdftotext, pdftoppm, pdffonts) are needed");
        client::installTranslations(QLocale(QLocale::Russian, QLocale::Russia));
        m_dir = qEnvironmentVariable("CJ_REPORT_PDF_DIR");
        if (m_dir.isEmpty())
            m_dir = m_temp.path();
        QDir().mkpath(m_dir);
    }

    void statementsAndReports_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<int>("minPages");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("progress") << QStringLiteral("progress") << true << 2 << 4
                                  << QStringList{QStringLiteral("Сводная ведомость учёта успеваемости обучающихся"),
                                                 QStringLiteral("5А класс, 2025/2026 учебный год"), QStringLiteral("Абрамов Кирилл Андреевич"),
                                                 QStringLiteral("Математика"), QStringLiteral("Классный руководитель: Иванова Нина Петровна"),
                                                 QStringLiteral("М. П."), QStringLiteral("Кравченко Людмила Ивановна")};
        QTest::newRow("attendance") << QStringLiteral("attendance") << true << 1 << 3
                                    << QStringList{QStringLiteral("Сводная ведомость учёта посещаемости"), QStringLiteral("сентябрь"),
                                                   QStringLiteral("Яковлев Максим Романович"), QStringLiteral("Итого"),
                                                   QStringLiteral("по болезни")};
        QTest::newRow("attendanceMonth") << QStringLiteral("attendanceMonth") << true << 1 << 2
                                         << QStringList{QStringLiteral("Отчёт о посещаемости класса за месяц"),
                                                        QStringLiteral("ноябрь 2025"), QStringLiteral("Белова Дарья Сергеевна")};
        QTest::newRow("movement") << QStringLiteral("movement") << false << 1 << 2
                                  << QStringList{QStringLiteral("Сводная ведомость учёта движения учащихся"),
                                                 QStringLiteral("Цветков Лев Михайлович"), QStringLiteral("112-у"), QStringLiteral("07.11.2025"),
                                                 QStringLiteral("Фёдоров Даниил Артёмович"), QStringLiteral("Выбывшие обучающиеся")};
        QTest::newRow("periodResults") << QStringLiteral("periodResults") << false << 1 << 3
                                       << QStringList{QStringLiteral("Итоги успеваемости класса за учебный период"),
                                                      QStringLiteral("2 четверть (05.11.2025 – 26.12.2025)"),
                                                      QStringLiteral("% успеваемости"), QStringLiteral("СОУ"),
                                                      QStringLiteral("Отличники"), QStringLiteral("(n5 + n4 + n3) / N × 100")};
        QTest::newRow("subjectResults") << QStringLiteral("subjectResults") << false << 1 << 1
                                        << QStringList{QStringLiteral("Итоги успеваемости по предмету за учебный период"),
                                                       QStringLiteral("Предмет: Математика"), QStringLiteral("выбывшие до конца периода")};
        QTest::newRow("forecast") << QStringLiteral("forecast") << true << 2 << 6
                                  << QStringList{QStringLiteral("Предварительный отчёт (прогноз) за учебный период"),
                                                 QStringLiteral("Риски"), QStringLiteral("вероятна «2»")};
        QTest::newRow("classTeacher") << QStringLiteral("classTeacher") << false << 2 << 5
                                      << QStringList{QStringLiteral("Отчёт классного руководителя за учебный период"),
                                                     QStringLiteral("1. Успеваемость"), QStringLiteral("2. Посещаемость"),
                                                     QStringLiteral("3. Движение обучающихся"), QStringLiteral("Цветков Лев Михайлович")};
        QTest::newRow("enrolment") << QStringLiteral("enrolment") << false << 1 << 1
                                   << QStringList{QStringLiteral("Наполняемость классов"), QStringLiteral("на 20.11.2025"),
                                                  QStringLiteral("Итого по школе: 13 классов")};
        QTest::newRow("schoolMovement") << QStringLiteral("schoolMovement") << false << 1 << 1
                                        << QStringList{QStringLiteral("Динамика движения обучающихся по школе"),
                                                       QStringLiteral("5–9 классы")};
        QTest::newRow("schoolResults") << QStringLiteral("schoolResults") << false << 1 << 2
                                       << QStringList{QStringLiteral("Итоги успеваемости по школе"), QStringLiteral("5–9 классы"),
                                                      QStringLiteral("По школе"), QStringLiteral("(отличники + хорошисты) / N × 100")};
        QTest::newRow("journalControl") << QStringLiteral("journalControl") << true << 1 << 4
                                        << QStringList{QStringLiteral("Контроль ведения электронного журнала"),
                                                       QStringLiteral("Английский язык (1 группа)"), QStringLiteral("Активность учителей"),
                                                       QStringLiteral("21.11.2025 10:15")};
        QTest::newRow("corrections") << QStringLiteral("corrections") << true << 1 << 1
                                     << QStringList{QStringLiteral("Замена сведений в электронном журнале"),
                                                    QStringLiteral("Оценка: 3 → 4"), QStringLiteral("Отклонено")};
        QTest::newRow("substitutions") << QStringLiteral("substitutions") << true << 1 << 1
                                       << QStringList{QStringLiteral("Журнал замещения уроков"), QStringLiteral("больничный лист")};
        QTest::newRow("subjectPages") << QStringLiteral("subjectPages") << true << 8 << 30
                                      << QStringList{QStringLiteral("Страницы журнала по предмету"), QStringLiteral("Натуральные числа и шкалы"),
                                                     QStringLiteral("отметки и посещаемость"), QStringLiteral("замещение")};
    }

    void statementsAndReports()
    {
        QFETCH(QString, name);
        QFETCH(bool, landscape);
        QFETCH(int, minPages);
        QFETCH(int, maxPages);
        QFETCH(QStringList, expected);
        static const QHash<QString, std::function<Report()>> renderers{
            {QStringLiteral("progress"), [] { return ProgressStatementRenderer::render(samples::progressStatement()); }},
            {QStringLiteral("attendance"), [] { return AttendanceStatementRenderer::render(samples::attendanceStatement()); }},
            {QStringLiteral("attendanceMonth"), [] { return AttendanceMonthRenderer::render(samples::attendanceMonth()); }},
            {QStringLiteral("movement"), [] { return MovementStatementRenderer::render(samples::movementStatement()); }},
            {QStringLiteral("periodResults"), [] { return PeriodResultsRenderer::render(samples::periodResults()); }},
            {QStringLiteral("subjectResults"), [] { return PeriodResultsRenderer::render(samples::periodResults(true)); }},
            {QStringLiteral("forecast"), [] { return ForecastRenderer::render(samples::forecast()); }},
            {QStringLiteral("classTeacher"), [] { return ClassTeacherReportRenderer::render(samples::classTeacherReport()); }},
            {QStringLiteral("enrolment"), [] { return SchoolEnrolmentRenderer::render(samples::schoolEnrolment()); }},
            {QStringLiteral("schoolMovement"), [] { return SchoolMovementRenderer::render(samples::schoolMovement()); }},
            {QStringLiteral("schoolResults"), [] { return SchoolResultsRenderer::render(samples::schoolResults()); }},
            {QStringLiteral("journalControl"), [] { return JournalControlRenderer::render(samples::journalControl()); }},
            {QStringLiteral("corrections"), [] {
                 QCborMap result = samples::corrections();
                 result.insert(QStringLiteral("header"), QCborMap{{QStringLiteral("school"), samples::header().value(QStringLiteral("school"))}});
                 return CorrectionsRegisterRenderer::render(result);
             }},
            {QStringLiteral("substitutions"), [] {
                 QCborMap result = samples::substitutions();
                 result.insert(QStringLiteral("header"), QCborMap{{QStringLiteral("school"), samples::header().value(QStringLiteral("school"))}});
                 return SubstitutionsRegisterRenderer::render(result);
             }},
            {QStringLiteral("subjectPages"), [] { return SubjectPagesRenderer::render(samples::subjectPages(3)); }},
        };
        const QString path = write({renderers.value(name)()}, name);
        const test::PdfInspector pdf(path);
        QVERIFY2(pdf.isValid(), qPrintable(path));
        QVERIFY2(pdf.pageCount() >= minPages && pdf.pageCount() <= maxPages,
                 qPrintable(QStringLiteral("%1 pages").arg(pdf.pageCount())));
        QCOMPARE(pdf.isLandscape(1), landscape);
        const QString text = pdf.text().simplified();
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("«%1» is missing").arg(e)));
        checkPages(pdf);
    }

    // The year's journal as bound for the archive (001 §6.2): title page with contents whose page
    // numbers are right, subject pages in landscape, statements, pupils' data, and the closing sheet
    // with the number of sheets — all numbered, in seconds.
    void classJournal()
    {
        QElapsedTimer timer;
        timer.start();
        const Report report = ClassJournalRenderer::render(samples::classJournalData());
        const QString path = write({report}, QStringLiteral("classJournal"));
        qInfo() << "class journal written in" << timer.elapsed() << "ms";
        QVERIFY(timer.elapsed() < 60000);
        const test::PdfInspector pdf(path);
        const int sheets = pdf.pageCount();
        QVERIFY2(sheets > 40 && sheets < 200, qPrintable(QString::number(sheets)));

        const QString title = pdf.pageText(1).simplified();
        for (const QString &e : {QStringLiteral("Классный журнал"), QStringLiteral("5А класса"),
                                 QStringLiteral("на 2025/2026 учебный год"),
                                 QStringLiteral("Классный руководитель: Иванова Нина Петровна"), QStringLiteral("Содержание"),
                                 QStringLiteral("Сводная ведомость учёта успеваемости обучающихся"),
                                 QStringLiteral("Общие сведения об обучающихся"), QStringLiteral("Заверительный лист")})
            QVERIFY2(title.contains(e), qPrintable(e));
        QVERIFY2(title.contains(QStringLiteral("В журнале %1 ").arg(sheets)), qPrintable(title));

        // Each subject starts on the page the contents give for it.
        const QRegularExpression line(QStringLiteral("Математика — Петрова Анна Сергеевна\\s+(\\d+)–(\\d+)"));
        const QRegularExpressionMatch m = line.match(pdf.pageText(1));
        QVERIFY2(m.hasMatch(), qPrintable(pdf.pageText(1)));
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).toInt();
        QVERIFY(pdf.pageText(first).contains(QStringLiteral("Математика. Учитель: Петрова Анна Сергеевна")));
        QVERIFY(!pdf.pageText(first - 1).contains(QStringLiteral("Математика")));
        QVERIFY(pdf.pageText(last + 1).contains(QStringLiteral("История")) || pdf.pageText(last + 1).contains(QStringLiteral("География")));
        QVERIFY(pdf.isLandscape(first));
        QVERIFY(!pdf.isLandscape(1));
        QVERIFY(!pdf.isLandscape(sheets));

        // The closing sheet, certified by the director.
        const QString closing = pdf.pageText(sheets).simplified();
        QVERIFY2(closing.contains(ClassJournalRenderer::sheetCountText(sheets)), qPrintable(closing));
        QVERIFY2(closing.contains(QStringLiteral("пронумеровано и прошнуровано %1 лист").arg(sheets))
                     || closing.contains(QStringLiteral("пронумерован и прошнурован %1 лист").arg(sheets)),
                 qPrintable(closing));
        QVERIFY(closing.contains(QStringLiteral("Директор")));
        QVERIFY(closing.contains(QStringLiteral("Кравченко Людмила Ивановна")));
        QVERIFY(closing.contains(QStringLiteral("М. П.")));
        checkPages(pdf);
    }

    // One letter per pupil, each starting on a page of its own and numbered on its own.
    void parentLetters()
    {
        const QCborMap result = samples::parentLetters();
        const int letters = int(result.value(QStringLiteral("letters")).toArray().size());
        const test::PdfInspector pdf(write({ParentLettersRenderer::render(result)}, QStringLiteral("parentLetters")));
        QVERIFY(pdf.pageCount() >= letters);
        QVERIFY(!pdf.isLandscape(1));
        const QString first = pdf.pageText(1).simplified();
        for (const QString &e : {QStringLiteral("Информационное письмо для родителей"),
                                 QStringLiteral("Обучающийся: Абрамов Кирилл Андреевич, 5А класс"),
                                 QStringLiteral("за период с 10.11.2025 по 23.11.2025"), QStringLiteral("Математика"),
                                 QStringLiteral("Пропущено уроков:"), QStringLiteral("Домашнее задание")})
            QVERIFY2(first.contains(e), qPrintable(e));
        // The first letter has two pages (a long list of homework); its end is signed.
        QVERIFY(pdf.pageText(2).contains(QStringLiteral("ознакомлен(а) родитель")));
        QVERIFY(pdf.pageText(2).contains(QStringLiteral("Иванова Нина Петровна")));
        QVERIFY(pdf.pageText(2).contains(QStringLiteral("стр. 2 из 2")));
        int startsOfLetters = 0;
        for (int page = 1; page <= pdf.pageCount(); ++page) {
            const QString text = pdf.pageText(page);
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("стр\\. \\d из \\d"))), qPrintable(text));
            if (text.contains(QStringLiteral("стр. 1 из"))) {
                ++startsOfLetters;
                QVERIFY(text.contains(QStringLiteral("Информационное письмо для родителей")));
            }
        }
        QCOMPARE(startsOfLetters, letters);
        QVERIFY(pdf.pageText(pdf.pageCount()).contains(QStringLiteral("Яковлев Максим Романович")));
        QVERIFY(test::PdfInspector::inkCoverage(pdf.pageImage(1)) > 0.002);
        QVERIFY(pdf.fontsEmbedded());
    }

    // A long table repeats its header on every page, and the rows on a page start below it — also
    // when the row that moves to the next page is mostly empty (the statement's totals row).
    void rowsStartBelowTheRepeatedHeader()
    {
        const QCborMap full = samples::attendanceStatement();
        const QCborArray pupils = full.value(QStringLiteral("students")).toArray();
        // Longer and longer lists, so the totals row falls on the page boundary somewhere.
        for (int count = 10; count <= 40; ++count) {
            QCborArray list;
            for (int i = 0; i < count; ++i)
                list.append(pupils.at(i % pupils.size()));
            QCborMap result = full;
            result.insert(QStringLiteral("students"), list);
            const test::PdfInspector pdf(write({AttendanceStatementRenderer::render(result)}, QStringLiteral("longTable")));
            for (int page = 1; page <= pdf.pageCount(); ++page) {
                double headerBottom = -1;
                double firstRowTop = 1e9;
                bool rows = false;
                for (const test::PdfInspector::Word &w : pdf.words(page)) {
                    if (w.text == QStringLiteral("обучающегося"))
                        headerBottom = qMax(headerBottom, w.box.bottom());
                    else if (w.text == QStringLiteral("Итого") || w.text == QStringLiteral("Яковлев") || w.text == QStringLiteral("Абрамов")
                             || w.text == QStringLiteral("Иванов")) {
                        firstRowTop = qMin(firstRowTop, w.box.top());
                        rows = true;
                    }
                }
                if (!rows)
                    continue; // the legend and signature alone
                QVERIFY2(headerBottom > 0, qPrintable(QStringLiteral("%1 pupils: no header on page %2").arg(count).arg(page)));
                QVERIFY2(firstRowTop > headerBottom,
                         qPrintable(QStringLiteral("%1 pupils: a row over the header on page %2").arg(count).arg(page)));
            }
        }
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
