// What the client says and prints, in Russian: the activation slip (as text of the document that
// is printed), a list printed as a table, and the refusals of the school's rules and timetable
// clashes as ErrorText words them.
#include <QCborArray>
#include <QPrinter>
#include <QSettings>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QtTest>

#include "core/ActivationSlips.h"
#include "core/ErrorText.h"
#include "core/SchoolText.h"
#include "core/TableDocument.h"
#include "ui/ClientApp.h"

using namespace cj;
using namespace cj::client;
using protocol::ErrorCode;

class TestClientTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ru_RU"));
        installTranslations();
    }

    void activationSlipSaysEverythingInRussian()
    {
        const QCborMap issued{{QStringLiteral("id"), 7},
                              {QStringLiteral("login"), QStringLiteral("alekseeva.ev")},
                              {QStringLiteral("fullName"), QStringLiteral("Алексеева Елена Викторовна")},
                              {QStringLiteral("activationCode"), QStringLiteral("K7PM-Q2XD-94TR")},
                              {QStringLiteral("activationExpiresAt"), QStringLiteral("2025-11-14T09:00:00.000Z")},
                              {QStringLiteral("note"), QStringLiteral("родитель ученика Алексеев Артём, 5А")}};
        const ActivationSlips::Slip slip = ActivationSlips::fromIssued(issued);
        QCOMPARE(slip.validUntil, QDate(2025, 11, 14));
        QTextDocument document;
        ActivationSlips::render(&document, {slip}, QStringLiteral("МБОУ «СОШ № 3»"), QStringLiteral("journal.school.local:7446"));
        const QString text = document.toPlainText();
        for (const QString &expected : {QStringLiteral("Доступ к электронному классному журналу"), QStringLiteral("МБОУ «СОШ № 3»"),
                                        QStringLiteral("Кому:"), QStringLiteral("Алексеева Елена Викторовна"),
                                        QStringLiteral("родитель ученика Алексеев Артём, 5А"), QStringLiteral("Сервер:"),
                                        QStringLiteral("journal.school.local:7446"), QStringLiteral("Логин:"), QStringLiteral("alekseeva.ev"),
                                        QStringLiteral("Код активации:"), QStringLiteral("K7PM-Q2XD-94TR"), QStringLiteral("Действителен до:"),
                                        QStringLiteral("14 ноября 2025"), QStringLiteral("Первый вход"),
                                        QStringLiteral("Первый вход: у меня есть код активации"), QStringLiteral("не короче 8 символов"),
                                        QStringLiteral("Код действует один раз")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
    }

    void slipsForAClassFillSeveralPages()
    {
        QList<ActivationSlips::Slip> slips;
        for (int i = 0; i < 7; ++i)
            slips.append({QStringLiteral("Ученик %1").arg(i), QStringLiteral("login%1").arg(i), QStringLiteral("AAAA-BBBB-CCC%1").arg(i),
                          QDate(2025, 11, 14), {}});
        QTextDocument document;
        ActivationSlips::render(&document, slips, QStringLiteral("Школа"), QStringLiteral("server"));
        document.setPageSize(QSizeF(595, 842)); // A4 in points
        QCOMPARE(document.pageCount(), 4); // two slips to a page, none split
        QCOMPARE(document.toPlainText().count(QStringLiteral("Код активации:")), 7);
        // With CJ_SCREENSHOT_DIR set, the slips are printed to a PDF there to look at.
        if (const QString dir = qEnvironmentVariable("CJ_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(dir + QStringLiteral("/slips.pdf"));
            document.print(&printer);
        }
    }

    void aListPrintsAsATable()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Дата"), QStringLiteral("Замещающий учитель")});
        model.setData(model.index(0, 0), QDate(2025, 9, 1));
        model.setData(model.index(0, 1), QStringLiteral("Зимин О. П."));
        model.setData(model.index(1, 0), QDate(2025, 9, 8));
        QTextDocument document;
        renderTable(&document, QStringLiteral("Журнал замещения уроков"), QStringLiteral("Школа"), &model);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Журнал замещения уроков")));
        QVERIFY(text.contains(QStringLiteral("Замещающий учитель")));
        QVERIFY(text.contains(QStringLiteral("01.09.2025")));
        QVERIFY(text.contains(QStringLiteral("Зимин О. П.")));
    }

    void schoolRulesAreExplained_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("words");
        QTest::newRow("periods") << QStringLiteral("periods_overlap") << QStringLiteral("периоды пересекаются");
        QTest::newRow("break") << QStringLiteral("break_too_short") << QStringLiteral("короче 10 минут");
        QTest::newRow("8:00") << QStringLiteral("bells_before_8") << QStringLiteral("раньше 8:00");
        QTest::newRow("hours") << QStringLiteral("hours_over_maximum") << QStringLiteral("превысит максимально допустимую");
        QTest::newRow("year") << QStringLiteral("year_overlap") << QStringLiteral("другим учебным годом");
        QTest::newRow("member") << QStringLiteral("not_a_member") << QStringLiteral("не числится в классе");
        QTest::newRow("journal") << QStringLiteral("has_journal_data") << QStringLiteral("Удалить нельзя");
        QTest::newRow("admin") << QStringLiteral("last_admin") << QStringLiteral("без администратора");
    }

    void schoolRulesAreExplained()
    {
        QFETCH(QString, rule);
        QFETCH(QString, words);
        const protocol::Error error{ErrorCode::ValidationFailed, QStringLiteral("english"),
                                    QCborMap{{QStringLiteral("field"), QStringLiteral("x")}, {QStringLiteral("rule"), rule}}};
        const QString text = ErrorText::forError(error);
        QVERIFY2(text.contains(words, Qt::CaseInsensitive), qPrintable(text));
    }

    void anUnknownRuleFallsBackToTheCode()
    {
        const protocol::Error error{ErrorCode::ValidationFailed, {}, QCborMap{{QStringLiteral("rule"), QStringLiteral("from_the_future")}}};
        QCOMPARE(ErrorText::forError(error), QStringLiteral("Проверьте введённые данные."));
    }

    void timetableClashesNameTheOtherLesson()
    {
        const QCborMap with{{QStringLiteral("className"), QStringLiteral("6Б")},
                            {QStringLiteral("subjectName"), QStringLiteral("Математика")},
                            {QStringLiteral("teacherName"), QStringLiteral("Петров И. О.")},
                            {QStringLiteral("room"), QStringLiteral("21")},
                            {QStringLiteral("weekday"), 1},
                            {QStringLiteral("lessonNumber"), 2}};
        const auto clash = [&](const char *who) {
            return ErrorText::forError({ErrorCode::Conflict, {}, QCborMap{{QStringLiteral("clash"), QString::fromLatin1(who)},
                                                                          {QStringLiteral("with"), with}}});
        };
        QCOMPARE(clash("teacher"), QStringLiteral("У учителя Петров И. О. в это время уже есть урок (Понедельник, 2-й урок): 6Б, Математика."));
        QCOMPARE(clash("room"), QStringLiteral("Кабинет 21 в это время занят (Понедельник, 2-й урок): 6Б, Математика."));
        QCOMPARE(clash("class"), QStringLiteral("У класса в это время уже есть урок (Понедельник, 2-й урок): 6Б, Математика."));
        QCOMPARE(ErrorText::forError({ErrorCode::Conflict, {}, QCborMap{{QStringLiteral("field"), QStringLiteral("login")}}}),
                 QStringLiteral("Этот логин уже занят. Выберите другой."));
    }

    void datesInWords()
    {
        QCOMPARE(SchoolText::longDate(QDate(2025, 9, 1)), QStringLiteral("1 сентября 2025 г."));
        QCOMPARE(SchoolText::weekdayShort(6), QStringLiteral("Сб"));
    }
};

QTEST_MAIN(TestClientTexts)
#include "tst_client_texts.moc"
