// The reports' screens, offscreen, against the real server (SmallSchool, 15 October 2025): the
// «Отчёты» menu follows the person's roles; the parameters dialog offers only the classes and
// subjects they may print and today's period; a report comes with its print preview, PDF and CSV;
// «every class» gives one document each; the class journal reports its progress; the charts show a
// pupil's marks and a class's absences.
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QtTest>

#include "PdfInspector.h"
#include "ReportSamples.h"
#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"
#include "core/Translations.h"
#include "core/reports/ClassJournalRenderer.h"
#include "core/reports/PageGeometry.h"
#include "core/reports/ReportPrinter.h"
#include "ui/MainWindow.h"
#include "ui/charts/AttendanceChart.h"
#include "ui/charts/ChartsScreen.h"
#include "ui/charts/MarkDynamicsChart.h"
#include "ui/reports/ReportParametersDialog.h"
#include "ui/reports/ReportPreviewDialog.h"
#include "ui/reports/ReportRunner.h"

using namespace cj;
using namespace cj::client;
using reports::ReportKind;
namespace samples = cj::test::samples;

class TestReportUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    QTemporaryDir m_temp;

    std::unique_ptr<test::TestClient> signIn(const QString &login)
    {
        auto c = std::make_unique<test::TestClient>(m_server->port());
        if (!c->open() || !c->login(login, test::SmallSchool::kPassword))
            return nullptr;
        return c;
    }

    static QStringList comboTexts(QComboBox *combo)
    {
        QStringList list;
        for (int i = 0; i < combo->count(); ++i)
            list.append(combo->itemText(i));
        return list;
    }

    // Where to keep what one would look at: CJ_REPORT_PDF_DIR, else a temporary folder.
    QString keep(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("CJ_REPORT_PDF_DIR");
        return QDir(dir.isEmpty() ? m_temp.path() : dir).filePath(name);
    }

    static QStringList menuEntries(MainWindow &window)
    {
        auto *menu = window.findChild<QMenu *>(QStringLiteral("reportsMenu"));
        if (!menu)
            return {};
        Q_EMIT menu->aboutToShow();
        QStringList names;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                names.append(a->objectName());
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY(test::PdfInspector::toolsAvailable());
        QVERIFY(test::startSmallSchool(QStringLiteral("reportui"), &m_server, &m_school));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void menuFollowsRoles()
    {
        auto deputy = signIn(QStringLiteral("deputy"));
        QVERIFY(deputy);
        MainWindow forDeputy(&deputy->session());
        const QStringList all = menuEntries(forDeputy);
        for (const char *name : {"class-journal", "progress-statement", "school-results", "journal-control", "substitutions",
                                 "corrections", "chartsAction"})
            QVERIFY2(all.contains(QLatin1String(name)), name);

        auto classTeacher = signIn(QStringLiteral("russian"));
        MainWindow forClassTeacher(&classTeacher->session());
        const QStringList own = menuEntries(forClassTeacher);
        for (const char *name : {"class-journal", "progress-statement", "parent-letters", "subject-pages", "subject-results"})
            QVERIFY2(own.contains(QLatin1String(name)), name);
        QVERIFY(!own.contains(QStringLiteral("school-results")));
        QVERIFY(!own.contains(QStringLiteral("journal-control")));

        auto teacher = signIn(QStringLiteral("math"));
        MainWindow forTeacher(&teacher->session());
        const QStringList taught = menuEntries(forTeacher);
        QVERIFY(taught.contains(QStringLiteral("subject-pages")));
        QVERIFY(taught.contains(QStringLiteral("subject-forecast")));
        QVERIFY(!taught.contains(QStringLiteral("progress-statement")));

        auto secretary = signIn(QStringLiteral("secretary"));
        MainWindow forSecretary(&secretary->session());
        QCOMPARE(menuEntries(forSecretary),
                 (QStringList{QStringLiteral("movement-statement"), QStringLiteral("school-enrolment"), QStringLiteral("school-movement")}));
    }

    void parametersOfferWhatThePersonMayPrint()
    {
        auto deputy = signIn(QStringLiteral("deputy"));
        ReportParametersDialog forDeputy(&deputy->session(), ReportKind::PeriodResults);
        QTRY_VERIFY_WITH_TIMEOUT(forDeputy.isLoaded(), 20000);
        auto *classes = forDeputy.findChild<QComboBox *>(QStringLiteral("classCombo"));
        QCOMPARE(comboTexts(classes), (QStringList{QStringLiteral("Все классы (по документу на класс)"), QStringLiteral("1А"),
                                                   QStringLiteral("5А"), QStringLiteral("10А")}));
        classes->setCurrentIndex(2);
        auto *periods = forDeputy.findChild<QComboBox *>(QStringLiteral("periodCombo"));
        QVERIFY2(periods->currentText().startsWith(QStringLiteral("1 четверть")), qPrintable(periods->currentText()));
        QCOMPARE(periods->itemText(periods->count() - 1), QStringLiteral("Весь учебный год"));
        QList<reports::ReportParameters> runs = forDeputy.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().classId, m_school->class5);
        QVERIFY(runs.first().periodId > 0);
        classes->setCurrentIndex(0);
        runs = forDeputy.runs();
        QCOMPARE(runs.size(), 3);
        // 10А studies by halves: its own first period.
        QVERIFY(runs[2].periodId != runs[1].periodId);

        auto classTeacher = signIn(QStringLiteral("russian"));
        ReportParametersDialog forClassTeacher(&classTeacher->session(), ReportKind::ProgressStatement);
        QTRY_VERIFY_WITH_TIMEOUT(forClassTeacher.isLoaded(), 20000);
        QCOMPARE(comboTexts(forClassTeacher.findChild<QComboBox *>(QStringLiteral("classCombo"))), QStringList{QStringLiteral("5А")});

        auto teacher = signIn(QStringLiteral("math"));
        ReportParametersDialog forTeacher(&teacher->session(), ReportKind::SubjectPages);
        QTRY_VERIFY_WITH_TIMEOUT(forTeacher.isLoaded(), 20000);
        auto *teacherClasses = forTeacher.findChild<QComboBox *>(QStringLiteral("classCombo"));
        QCOMPARE(comboTexts(teacherClasses), (QStringList{QStringLiteral("1А"), QStringLiteral("5А"), QStringLiteral("10А")}));
        teacherClasses->setCurrentIndex(1);
        QCOMPARE(comboTexts(forTeacher.findChild<QComboBox *>(QStringLiteral("assignmentCombo"))).size(), 1);
        QCOMPARE(forTeacher.runs().first().assignmentId, m_school->assignments.value(QStringLiteral("5А/Математика")));
    }

    void reportOpensInPreviewAndSaves()
    {
        auto deputy = signIn(QStringLiteral("deputy"));
        reports::ReportParameters p;
        p.classId = m_school->class5;
        const QList<reports::Report> list = ReportRunner::fetch(&deputy->session(), ReportKind::ProgressStatement, {p}, nullptr);
        QCOMPARE(list.size(), 1);
        ReportPreviewDialog preview(list);
        preview.show();
        auto *pages = preview.findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() >= 1);
        QVERIFY(preview.findChild<QAction *>(QStringLiteral("savePdfAction")));
        QVERIFY(preview.findChild<QAction *>(QStringLiteral("saveCsvAction"))->isEnabled());
        preview.grab().save(keep(QStringLiteral("preview.png")));

        const QString pdfPath = keep(QStringLiteral("ui-progress.pdf"));
        QVERIFY(preview.savePdfTo(pdfPath));
        const test::PdfInspector pdf(pdfPath);
        QCOMPARE(pdf.pageCount(), pages->pageCount());
        QVERIFY(pdf.text().contains(QStringLiteral("Сводная ведомость учёта успеваемости обучающихся")));
        QVERIFY(pdf.text().contains(QStringLiteral("Ёжикова Полина Максимовна")));

        const QString csvPath = m_temp.filePath(QStringLiteral("progress.csv"));
        QVERIFY(preview.saveCsvTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF№;"));
    }

    void everyClassGivesOneDocumentEach()
    {
        auto deputy = signIn(QStringLiteral("deputy"));
        ReportParametersDialog parameters(&deputy->session(), ReportKind::AttendanceStatement);
        QTRY_VERIFY_WITH_TIMEOUT(parameters.isLoaded(), 20000);
        parameters.findChild<QComboBox *>(QStringLiteral("classCombo"))->setCurrentIndex(0);
        const QList<reports::Report> list = ReportRunner::fetch(&deputy->session(), ReportKind::AttendanceStatement, parameters.runs(), nullptr);
        QCOMPARE(list.size(), 3);
        ReportPreviewDialog preview(list);
        QVERIFY(preview.isBatch());
        QTemporaryDir folder;
        QVERIFY(preview.savePdfTo(folder.path()));
        QVERIFY(preview.saveCsvTo(folder.path()));
        const QStringList pdfs = QDir(folder.path()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs.size(), 3);
        QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.csv")}).size(), 3);
        QVERIFY(pdfs.join(QLatin1Char(' ')).contains(QStringLiteral("10А")));
    }

    void journalShowsItsProgress()
    {
        auto deputy = signIn(QStringLiteral("deputy"));
        QWidget parent;
        parent.show();
        int highest = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, &parent, [&] {
            if (auto *progress = parent.findChild<QProgressDialog *>(QStringLiteral("reportProgress")))
                highest = qMax(highest, progress->maximum());
        });
        watch.start(1);
        reports::ReportParameters p;
        p.classId = m_school->class5;
        const QList<reports::Report> list = ReportRunner::fetch(&deputy->session(), ReportKind::ClassJournal, {p}, &parent);
        QCOMPARE(list.size(), 1);
        // The title, six subject pages (5А's English in two groups), three statements, pupils, closing.
        QCOMPARE(list.first().sections.size(), 1 + 6 + 3 + 1 + 1);
        QVERIFY(list.first().paginate);
        QVERIFY2(highest >= 1 + 6 + 3, qPrintable(QString::number(highest)));
    }

    // The journal mixes portrait and landscape parts; paper in a printer has one orientation, so the
    // preview and the printer get the other parts turned on the sheet — the same pages as the PDF.
    void journalPrintsOnOneOrientationOfPaper()
    {
        const reports::Report journal = reports::ClassJournalRenderer::render(samples::classJournalData());
        const QString pdfPath = m_temp.filePath(QStringLiteral("journal.pdf"));
        QString error;
        QVERIFY2(reports::ReportPrinter::writePdf({journal}, pdfPath, &error), qPrintable(error));
        const int pages = test::PdfInspector(pdfPath).pageCount();

        ReportPreviewDialog preview({journal});
        preview.resize(1200, 900);
        preview.show();
        auto *widget = preview.findChild<QPrintPreviewWidget *>();
        QVERIFY2(qAbs(widget->pageCount() - pages) <= 3, qPrintable(QString::number(widget->pageCount())));
        widget->setCurrentPage(34);
        QTest::qWait(100);
        preview.grab().save(keep(QStringLiteral("preview-journal-turned.png")));

        // «Печать» into a file, as the print dialog's «Print to file» does.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = keep(QStringLiteral("journal-printed.pdf"));
        printer.setOutputFileName(printed);
        printer.setPageLayout(reports::PageGeometry::layout(QPageLayout::Portrait));
        // Turned pages are a little shorter than a landscape PDF page (the binding margin), so the
        // count may differ a little from the PDF's; the numbering follows the paper's own count.
        const int printedPages = reports::ReportPrinter(reports::ReportPrinter::Paper::Fixed).print({journal}, &printer);
        QVERIFY2(qAbs(printedPages - pages) <= 3, qPrintable(QStringLiteral("%1 and %2").arg(printedPages).arg(pages)));
        const test::PdfInspector paper(printed);
        QCOMPARE(paper.pageCount(), printedPages);
        for (int page : {1, 34, printedPages}) {
            QVERIFY(!paper.isLandscape(page));
            QVERIFY(paper.pageText(page).contains(QStringLiteral("стр. %1 из %2").arg(page).arg(printedPages)));
        }
        QVERIFY(paper.pageText(printedPages).contains(reports::ClassJournalRenderer::sheetCountText(printedPages)));
        QVERIFY(paper.pageText(1).contains(QStringLiteral("Классный журнал")));
        QVERIFY(test::PdfInspector::inkCoverage(paper.pageImage(34)) > 0.002);
    }

    void chartsDrawMarksAndAbsences()
    {
        MarkDynamicsChart marks;
        marks.resize(900, 500);
        marks.setResult(samples::studentDynamics(), QStringLiteral("Иванов Иван"));
        QCOMPARE(marks.chart()->series().size(), 3); // three subjects, a line of monthly averages each
        auto *line = qobject_cast<QLineSeries *>(marks.chart()->series().first());
        QVERIFY(line && line->count() == 4); // September to December
        QCOMPARE(marks.chart()->title(), QStringLiteral("Иванов Иван: средние отметки по месяцам"));
        QTest::qWait(100); // the chart lays its title and legend out later
        marks.grab().save(keep(QStringLiteral("chart-marks.png")));

        QCborMap one = samples::studentDynamics();
        QCborArray mathPoints;
        for (const QCborValue &p : one.value(QStringLiteral("points")).toArray()) {
            if (p.toMap().value(QStringLiteral("subjectName")).toString() == QStringLiteral("Математика"))
                mathPoints.append(p);
        }
        one.insert(QStringLiteral("points"), mathPoints);
        marks.setResult(one, QStringLiteral("Иванов Иван"));
        QCOMPARE(marks.chart()->series().size(), 2); // the marks and the monthly average
        auto *scatter = qobject_cast<QScatterSeries *>(marks.chart()->series().last());
        QVERIFY(scatter);
        QCOMPARE(scatter->count(), int(mathPoints.size()));
        QTest::qWait(100); // the chart lays its title and legend out later
        marks.grab().save(keep(QStringLiteral("chart-marks-one-subject.png")));

        AttendanceChart absences;
        absences.resize(900, 500);
        const QCborMap statement = samples::attendanceStatement();
        absences.setResult(statement);
        auto *bars = qobject_cast<QStackedBarSeries *>(absences.chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 3);
        auto *months = qobject_cast<QBarCategoryAxis *>(absences.chart()->axes(Qt::Horizontal).first());
        QCOMPARE(months->categories().first(), QStringLiteral("сентябрь"));
        QCOMPARE(months->count(), 9);
        // The bars add up to the class's total of missed lessons.
        double sum = 0;
        for (QBarSet *set : bars->barSets())
            sum += set->sum();
        QCOMPARE(sum, statement.value(QStringLiteral("totals")).toMap().value(QStringLiteral("total")).toMap().value(QStringLiteral("missed")).toDouble());
        QTest::qWait(100); // the chart lays its title and legend out later
        absences.grab().save(keep(QStringLiteral("chart-attendance.png")));
    }

    void chartsScreenAsksTheServer()
    {
        auto classTeacher = signIn(QStringLiteral("russian"));
        ChartsScreen screen(&classTeacher->session());
        screen.resize(1100, 600);
        screen.show();
        auto *classes = screen.findChild<QComboBox *>(QStringLiteral("attendanceClassCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(classes->count(), 1, 20000);
        QCOMPARE(classes->currentText(), QStringLiteral("5А"));
        QSignalSpy attendance(&screen, &ChartsScreen::attendanceShown);
        QTest::mouseClick(screen.findChild<QPushButton *>(QStringLiteral("showAttendanceButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(attendance.size(), 1, 20000);
        QVERIFY(screen.attendanceChart()->chart()->title().contains(QStringLiteral("5А")));

        auto *students = screen.findChild<QComboBox *>(QStringLiteral("studentCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(students->count(), 6, 20000);
        QSignalSpy marks(&screen, &ChartsScreen::marksShown);
        QTest::mouseClick(screen.findChild<QPushButton *>(QStringLiteral("showMarksButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(marks.size(), 1, 20000);
        QVERIFY(screen.marksChart()->chart()->title().startsWith(QStringLiteral("Алексеев Артём Дмитриевич")));
    }
};

QTEST_MAIN(TestReportUi)
#include "tst_report_ui.moc"
