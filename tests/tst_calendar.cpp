// The academic calendar against the real server: a year made from the standard template, overlapping
// years, the rules of periods (inside the year, not overlapping, in order), holidays, bells (not
// before 8:00, no overlap, breaks of 10 minutes), and a closed year refusing changes.
#include <QCborArray>
#include <QtTest>

#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"
#include "db/Db.h"

using namespace cj;
using protocol::MessageType;

class TestCalendar : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    std::unique_ptr<test::TestClient> m_admin;
    qint64 m_year = 0;

    static QCborMap period(int number, const QString &from, const QString &to)
    {
        return QCborMap{{QStringLiteral("number"), number},
                        {QStringLiteral("name"), QStringLiteral("%1 полугодие").arg(number)},
                        {QStringLiteral("startsOn"), from},
                        {QStringLiteral("endsOn"), to}};
    }

    QString setPeriods(const QCborArray &periods)
    {
        return test::outcome(m_admin->call(MessageType::PeriodsSet, QCborMap{{QStringLiteral("yearId"), m_year},
                                                                             {QStringLiteral("scheme"), QStringLiteral("halves")},
                                                                             {QStringLiteral("periods"), periods}}));
    }

    static QCborMap bell(int n, const QString &from, const QString &to)
    {
        return QCborMap{{QStringLiteral("lessonNumber"), n}, {QStringLiteral("startsAt"), from}, {QStringLiteral("endsAt"), to}};
    }

    QString saveBells(const QCborArray &bells)
    {
        return test::outcome(m_admin->call(MessageType::BellsSave, QCborMap{{QStringLiteral("yearId"), m_year},
                                                                            {QStringLiteral("name"), QStringLiteral("Сокращённое")},
                                                                            {QStringLiteral("bells"), bells}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startSmallSchool(QStringLiteral("calendar"), &m_server, &m_school));
        m_admin = test::signedIn(m_server->port(), QStringLiteral("admin"), test::TestServer::kAdminPassword);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        QCOMPARE(m_server->stop(), 0);
    }

    void standardYear()
    {
        const QCborMap year = m_admin->resultOf(MessageType::YearsCreate, QCborMap{{QStringLiteral("name"), QStringLiteral("2026/2027")},
                                                                                   {QStringLiteral("startsOn"), QStringLiteral("2026-09-01")},
                                                                                   {QStringLiteral("endsOn"), QStringLiteral("2027-05-26")}});
        m_year = year.value(QStringLiteral("id")).toInteger();
        QCOMPARE(year.value(QStringLiteral("periods")).toArray().size(), 6); // 4 quarters, 2 halves
        const QCborArray holidays = year.value(QStringLiteral("holidays")).toArray();
        QCOMPARE(holidays.size(), 4);
        int gradeLimited = 0;
        for (const QCborValue &h : holidays)
            gradeLimited += h.toMap().value(QStringLiteral("grades")).toArray() == QCborArray{1} ? 1 : 0;
        QCOMPARE(gradeLimited, 1);
        // The current year is still 2025/2026 (it contains today): classes.list defaults to it.
        QCOMPARE(m_admin->resultOf(MessageType::ClassesList).value(QStringLiteral("classes")).toArray().size(), 3);
        // Overlapping years and a year ending before it starts are refused.
        QCOMPARE(test::outcome(m_admin->call(MessageType::YearsCreate, QCborMap{{QStringLiteral("name"), QStringLiteral("x")},
                                                                                {QStringLiteral("startsOn"), QStringLiteral("2026-05-01")},
                                                                                {QStringLiteral("endsOn"), QStringLiteral("2026-12-01")}})),
                 QStringLiteral("validation_failed:year_overlap"));
        QCOMPARE(test::outcome(m_admin->call(MessageType::YearsCreate, QCborMap{{QStringLiteral("name"), QStringLiteral("y")},
                                                                                {QStringLiteral("startsOn"), QStringLiteral("2030-09-01")},
                                                                                {QStringLiteral("endsOn"), QStringLiteral("2030-01-01")}})),
                 QStringLiteral("validation_failed"));
    }

    void periodRules()
    {
        QCOMPARE(setPeriods({period(1, QStringLiteral("2026-08-20"), QStringLiteral("2026-12-27"))}),
                 QStringLiteral("validation_failed:period_outside_year"));
        QCOMPARE(setPeriods({period(1, QStringLiteral("2026-09-01"), QStringLiteral("2027-01-15")),
                             period(2, QStringLiteral("2027-01-10"), QStringLiteral("2027-05-26"))}),
                 QStringLiteral("validation_failed:periods_overlap"));
        QCOMPARE(setPeriods({period(2, QStringLiteral("2026-09-01"), QStringLiteral("2026-12-27")),
                             period(1, QStringLiteral("2027-01-11"), QStringLiteral("2027-05-26"))}),
                 QStringLiteral("validation_failed:period_order"));
        QCOMPARE(setPeriods({period(1, QStringLiteral("2026-09-01"), QStringLiteral("2026-12-27")),
                             period(2, QStringLiteral("2027-01-11"), QStringLiteral("2027-05-26"))}),
                 QStringLiteral("ok"));
        // The year cannot shrink away from its periods.
        QCOMPARE(test::outcome(m_admin->call(MessageType::YearsUpdate, QCborMap{{QStringLiteral("id"), m_year},
                                                                                {QStringLiteral("endsOn"), QStringLiteral("2027-05-01")}})),
                 QStringLiteral("validation_failed:period_outside_year"));
    }

    void holidays()
    {
        const QCborMap outside{{QStringLiteral("yearId"), m_year},
                               {QStringLiteral("name"), QStringLiteral("Летние")},
                               {QStringLiteral("startsOn"), QStringLiteral("2027-05-27")},
                               {QStringLiteral("endsOn"), QStringLiteral("2027-08-31")}};
        QCOMPARE(test::outcome(m_admin->call(MessageType::HolidaysSave, outside)), QStringLiteral("validation_failed:holiday_outside_year"));
        const QCborMap year = m_admin->resultOf(MessageType::HolidaysSave, QCborMap{{QStringLiteral("yearId"), m_year},
                                                                                    {QStringLiteral("name"), QStringLiteral("Карантин")},
                                                                                    {QStringLiteral("startsOn"), QStringLiteral("2027-02-01")},
                                                                                    {QStringLiteral("endsOn"), QStringLiteral("2027-02-07")},
                                                                                    {QStringLiteral("grades"), QCborArray{1, 2}}});
        QCOMPARE(year.value(QStringLiteral("holidays")).toArray().size(), 5);
        const qint64 id = year.value(QStringLiteral("holidays")).toArray().last().toMap().value(QStringLiteral("id")).toInteger();
        QCOMPARE(m_admin->resultOf(MessageType::HolidaysDelete, QCborMap{{QStringLiteral("id"), id}})
                     .value(QStringLiteral("holidays")).toArray().size(),
                 4);
    }

    void bellRules()
    {
        QCOMPARE(saveBells({bell(1, QStringLiteral("07:45"), QStringLiteral("08:30"))}), QStringLiteral("validation_failed:bells_before_8"));
        QCOMPARE(saveBells({bell(1, QStringLiteral("08:30"), QStringLiteral("09:15")), bell(2, QStringLiteral("09:10"), QStringLiteral("09:55"))}),
                 QStringLiteral("validation_failed:bells_overlap"));
        QCOMPARE(saveBells({bell(1, QStringLiteral("08:30"), QStringLiteral("09:15")), bell(2, QStringLiteral("09:20"), QStringLiteral("10:05"))}),
                 QStringLiteral("validation_failed:break_too_short"));
        QCOMPARE(saveBells({bell(2, QStringLiteral("09:25"), QStringLiteral("10:10")), bell(1, QStringLiteral("08:30"), QStringLiteral("09:15"))}),
                 QStringLiteral("ok"));
        const QCborArray schedules = m_admin->resultOf(MessageType::BellsList, QCborMap{{QStringLiteral("yearId"), m_year}})
                                         .value(QStringLiteral("schedules"))
                                         .toArray();
        QCOMPARE(schedules.size(), 1);
        QCOMPARE(schedules.first().toMap().value(QStringLiteral("bells")).toArray().first().toMap().value(QStringLiteral("startsAt")).toString(),
                 QStringLiteral("08:30"));
        // The bells of 2025/2026 are used by its classes.
        QCOMPARE(test::outcome(m_admin->call(MessageType::BellsDelete, QCborMap{{QStringLiteral("id"), m_school->bellsId}})),
                 QStringLiteral("conflict"));
    }

    void closedYearIsReadOnly()
    {
        m_server->fixture().db().exec(QStringLiteral("UPDATE academic_years SET closed = true WHERE id = ?"), {m_year});
        QCOMPARE(test::outcome(m_admin->call(MessageType::HolidaysSave, QCborMap{{QStringLiteral("yearId"), m_year},
                                                                                 {QStringLiteral("name"), QStringLiteral("x")},
                                                                                 {QStringLiteral("startsOn"), QStringLiteral("2027-02-01")},
                                                                                 {QStringLiteral("endsOn"), QStringLiteral("2027-02-02")}})),
                 QStringLiteral("read_only"));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
