// classjournal-print against the real server (SmallSchool, 15 October 2025): signs in, asks for a
// report, writes PDF and CSV with no display; the files read back with poppler. Also what it says
// when the password is wrong or the report is not the person's to print.
#include <QCborArray>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "PdfInspector.h"
#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"
#include "protocol/ArgReader.h"

using namespace cj;
using protocol::MessageType;

class TestPrintCommand : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    QTemporaryDir m_home; // the command's settings (trusted servers) live here, not in the tester's
    QString m_passwordFile;

    // CJ_REPORT_PDF_DIR keeps the files for looking at.
    static QString keep(const QTemporaryDir &dir, const char *name)
    {
        const QString kept = qEnvironmentVariable("CJ_REPORT_PDF_DIR");
        if (kept.isEmpty())
            return dir.path();
        const QString path = QDir(kept).filePath(QStringLiteral("server-") + QLatin1String(name));
        QDir().mkpath(path);
        return path;
    }

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run print(const QString &login, const QStringList &arguments, const QString &passwordFile = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CJ_PRINT_BINARY),
                      QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                                  QStringLiteral("--login"), login, QStringLiteral("--password-file"),
                                  passwordFile.isEmpty() ? m_passwordFile : passwordFile}
                          + arguments);
        Run run;
        if (!process.waitForFinished(240000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::PdfInspector::toolsAvailable());
        QVERIFY(test::startSmallSchool(QStringLiteral("printcommand"), &m_server, &m_school));
        m_passwordFile = m_home.filePath(QStringLiteral("password"));
        QFile file(m_passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::SmallSchool::kPassword.toUtf8() + "\n");
        file.close();

        // The first quarter's marks in mathematics for 5А (the window is open: the quarter ends soon).
        test::TestClient math(m_server->port());
        QVERIFY(math.open());
        QVERIFY(math.login(QStringLiteral("math"), test::SmallSchool::kPassword));
        const qint64 assignment = m_school->assignments.value(QStringLiteral("5А/Математика"));
        const QCborMap page = math.resultOf(MessageType::JournalOpen, QCborMap{{QStringLiteral("assignmentId"), assignment}});
        const qint64 period = protocol::intOr(page.value(QStringLiteral("period")).toMap().value(QStringLiteral("id")));
        QVERIFY(period > 0);
        int value = 5;
        for (qint64 student : m_school->students.value(m_school->class5)) {
            const protocol::Response r = math.call(MessageType::JournalSetFinalMark,
                                                   QCborMap{{QStringLiteral("assignmentId"), assignment},
                                                            {QStringLiteral("studentId"), student},
                                                            {QStringLiteral("kind"), QStringLiteral("period")},
                                                            {QStringLiteral("periodId"), period},
                                                            {QStringLiteral("value"), value}});
            QVERIFY2(r.ok, qPrintable(r.error.message));
            value = value == 3 ? 5 : value - 1;
        }
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void progressStatementAsPdfAndCsv()
    {
        QTemporaryDir out;
        const Run run = print(QStringLiteral("deputy"), {QStringLiteral("progress-statement"), QStringLiteral("--class"),
                                                          QStringLiteral("5А"), QStringLiteral("--output"), keep(out, "progress"),
                                                          QStringLiteral("--csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2);
        QVERIFY(files[0].endsWith(QLatin1String(".pdf")));
        const test::PdfInspector pdf(files[0]);
        QVERIFY(pdf.isValid());
        const QString text = pdf.text().simplified();
        for (const QString &e : {QStringLiteral("Сводная ведомость учёта успеваемости обучающихся"), QStringLiteral("5А класс"),
                                 QStringLiteral("2025/2026 учебный год"), QStringLiteral("Алексеев Артём Дмитриевич"),
                                 QStringLiteral("Математика"), QStringLiteral("Классный руководитель: Иванова М. П."),
                                 QStringLiteral("стр. 1 из %1").arg(pdf.pageCount())})
            QVERIFY2(text.contains(e), qPrintable(e));
        QVERIFY(pdf.fontsEmbedded());
        QVERIFY(test::PdfInspector::inkCoverage(pdf.pageImage(1)) > 0.002);
        QFile csv(files[1]);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Алексеев got «5» for the first quarter; «I» is that quarter's column.
        QVERIFY2(QString::fromUtf8(bytes).contains(QStringLiteral("1;Алексеев Артём Дмитриевич;")), bytes.constData());
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral(";I;II;III;IV;Год;")));
    }

    void periodResultsCarryTheFormula()
    {
        QTemporaryDir out;
        const QString path = QDir(out.path()).filePath(QStringLiteral("итоги.pdf"));
        const Run run = print(QStringLiteral("russian"), {QStringLiteral("period-results"), QStringLiteral("--class"),
                                                           QStringLiteral("5А"), QStringLiteral("--output"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), path);
        const QString text = test::PdfInspector(path).text().simplified();
        QVERIFY(text.contains(QStringLiteral("Итоги успеваемости класса за учебный период")));
        QVERIFY(text.contains(QStringLiteral("1 четверть"))); // today's period when none is given
        QVERIFY(text.contains(QStringLiteral("(n5 + n4 + n3) / N × 100")));
        QVERIFY(text.contains(QStringLiteral("Математика")));
    }

    void classJournalIsNumberedAndCertified()
    {
        QTemporaryDir out;
        const Run run = print(QStringLiteral("deputy"), {QStringLiteral("class-journal"), QStringLiteral("--class"),
                                                          QStringLiteral("5А"), QStringLiteral("--period"), QStringLiteral("1"),
                                                          QStringLiteral("--output"), keep(out, "journal")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("5А: Математика"))); // progress, subject by subject
        const test::PdfInspector pdf(run.out.trimmed());
        const int sheets = pdf.pageCount();
        QVERIFY(sheets > 5);
        const QString title = pdf.pageText(1).simplified();
        QVERIFY(title.contains(QStringLiteral("Классный журнал")));
        QVERIFY(title.contains(QStringLiteral("за 1 четверть 2025/2026 учебного года")));
        QVERIFY(title.contains(QStringLiteral("Содержание")));
        QVERIFY(title.contains(QStringLiteral("Математика — ")));
        const QString closing = pdf.pageText(sheets).simplified();
        QVERIFY2(closing.contains(QRegularExpression(QStringLiteral("пронумерован[о]? и прошнурован[о]? %1 лист").arg(sheets))),
                 qPrintable(closing));
        QVERIFY(closing.contains(QStringLiteral("М. П.")));
        for (int page = 1; page <= sheets; ++page)
            QVERIFY(pdf.pageText(page).contains(QStringLiteral("стр. %1 из %2").arg(page).arg(sheets)));
    }

    void everyClassGetsItsOwnFile()
    {
        QTemporaryDir out;
        const Run run = print(QStringLiteral("deputy"), {QStringLiteral("attendance-statement"), QStringLiteral("--all-classes"),
                                                          QStringLiteral("--output"), out.path(), QStringLiteral("--csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).size(), 3);
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.csv")}).size(), 3);
        QVERIFY(run.out.contains(QStringLiteral("10А")));
    }

    // Every report the command knows, as the deputy, against the real server: the server accepts the
    // arguments and the document comes out with its title and numbered pages.
    void everyReportPrints_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("title");
        const QString math5 = QString::number(m_school->assignments.value(QStringLiteral("5А/Математика")));
        const QString cls = QStringLiteral("--class");
        const QString a = QStringLiteral("--assignment");
        QTest::newRow("subject-pages") << QStringList{QStringLiteral("subject-pages"), a, math5} << QStringLiteral("Страницы журнала по предмету");
        QTest::newRow("attendance-month") << QStringList{QStringLiteral("attendance-month"), cls, QStringLiteral("5А"), QStringLiteral("--month"), QStringLiteral("2025-09")}
                                          << QStringLiteral("Отчёт о посещаемости класса за месяц");
        QTest::newRow("movement-class") << QStringList{QStringLiteral("movement-statement"), cls, QStringLiteral("10А")}
                                        << QStringLiteral("Сводная ведомость учёта движения учащихся");
        QTest::newRow("movement-school") << QStringList{QStringLiteral("movement-statement")} << QStringLiteral("По школе в целом");
        QTest::newRow("subject-results") << QStringList{QStringLiteral("subject-results"), a, math5, QStringLiteral("--period"), QStringLiteral("1")}
                                         << QStringLiteral("Итоги успеваемости по предмету за учебный период");
        QTest::newRow("year-results") << QStringList{QStringLiteral("period-results"), cls, QStringLiteral("10А"), QStringLiteral("--year")}
                                      << QStringLiteral("Итоги успеваемости класса за учебный период");
        QTest::newRow("forecast") << QStringList{QStringLiteral("forecast"), cls, QStringLiteral("5А")}
                                  << QStringLiteral("Предварительный отчёт (прогноз) за учебный период");
        QTest::newRow("subject-forecast") << QStringList{QStringLiteral("subject-forecast"), a, math5}
                                          << QStringLiteral("Предварительный отчёт (прогноз) за учебный период");
        QTest::newRow("class-teacher-report") << QStringList{QStringLiteral("class-teacher-report"), cls, QStringLiteral("5А")}
                                              << QStringLiteral("Отчёт классного руководителя за учебный период");
        QTest::newRow("parent-letters") << QStringList{QStringLiteral("parent-letters"), cls, QStringLiteral("5А")}
                                        << QStringLiteral("Информационное письмо для родителей");
        QTest::newRow("school-enrolment") << QStringList{QStringLiteral("school-enrolment")} << QStringLiteral("Наполняемость классов");
        QTest::newRow("school-movement") << QStringList{QStringLiteral("school-movement")} << QStringLiteral("Динамика движения обучающихся по школе");
        QTest::newRow("school-results") << QStringList{QStringLiteral("school-results"), QStringLiteral("--period"), QStringLiteral("1")}
                                        << QStringLiteral("Итоги успеваемости по школе");
        QTest::newRow("journal-control") << QStringList{QStringLiteral("journal-control")} << QStringLiteral("Контроль ведения электронного журнала");
        QTest::newRow("corrections") << QStringList{QStringLiteral("corrections")} << QStringLiteral("Замена сведений в электронном журнале");
        QTest::newRow("substitutions") << QStringList{QStringLiteral("substitutions"), QStringLiteral("--from"), QStringLiteral("01.09.2025"),
                                                      QStringLiteral("--to"), QStringLiteral("15.10.2025")}
                                       << QStringLiteral("Журнал замещения уроков");
    }

    void everyReportPrints()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, title);
        QTemporaryDir out;
        const Run run = print(QStringLiteral("deputy"), arguments + QStringList{QStringLiteral("--output"), keep(out, QTest::currentDataTag())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const test::PdfInspector pdf(run.out.trimmed());
        QVERIFY2(pdf.isValid(), qPrintable(run.out));
        const QString text = pdf.text().simplified();
        QVERIFY2(text.contains(title), qPrintable(text.left(400)));
        QVERIFY(pdf.pageText(1).contains(QStringLiteral("стр. 1 из")));
    }

    void refusalsAreExplained()
    {
        QTemporaryDir out;
        Run run = print(QStringLiteral("math"), {QStringLiteral("progress-statement"), QStringLiteral("--class"),
                                                 QStringLiteral("5А"), QStringLiteral("--output"), out.path()});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Сервер не выдал отчёт")), qPrintable(run.err));
        QVERIFY(QDir(out.path()).isEmpty());

        run = print(QStringLiteral("deputy"), {QStringLiteral("progress-statement"), QStringLiteral("--class"), QStringLiteral("7Я")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Класса 7Я в этом учебном году нет.")));

        const QString wrong = m_home.filePath(QStringLiteral("wrong"));
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not-the-password-1\n");
        file.close();
        run = print(QStringLiteral("deputy"), {QStringLiteral("school-enrolment")}, wrong);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Вход не выполнен: Неверный логин или пароль.")));
    }

    void helpSpeaksTheChosenLanguage()
    {
        Run run = print(QStringLiteral("deputy"), {QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Печатает отчёт ClassJournal в PDF")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Сервер, адрес:порт (по умолчанию порт 7446).")));
        run = print(QStringLiteral("deputy"), {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY2(run.out.contains(QStringLiteral("Prints a ClassJournal report to PDF")), qPrintable(run.out));
        run = print(QStringLiteral("deputy"), {QStringLiteral("--language=de"), QStringLiteral("school-enrolment")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Неизвестный язык «de»")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPrintCommand)
#include "tst_print_command.moc"
