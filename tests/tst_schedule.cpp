// The weekly schedule, lessons on the calendar and substitutions against the real server: clashes of
// teacher, room and class (subgroups of a class in parallel allowed), generation that skips weekends,
// holidays (including grade-limited ones) and honours a 6-day week, is idempotent, and on regeneration
// keeps lessons with journal data; substitutions and their register.
#include <QCborArray>
#include <QtTest>

#include "SmallSchool.h"
#include "TestClient.h"
#include "TestServer.h"
#include "db/Db.h"

using namespace cj;
using protocol::MessageType;

class TestSchedule : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::SmallSchool> m_school;
    std::unique_ptr<test::TestClient> m_admin;

    server::Db &db() { return m_server->fixture().db(); }

    QCborArray entries(const QString &key, const QCborValue &value)
    {
        return m_admin->resultOf(MessageType::ScheduleList, QCborMap{{key, value}, {QStringLiteral("date"), QStringLiteral("2025-10-15")}})
            .value(QStringLiteral("entries"))
            .toArray();
    }

    QCborArray lessons(const QString &key, qint64 id, const QString &from, const QString &to)
    {
        return m_admin
            ->resultOf(MessageType::LessonsList, QCborMap{{key, id}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}})
            .value(QStringLiteral("lessons"))
            .toArray();
    }

    protocol::Response setEntry(qint64 assignmentId, int weekday, int lesson, const QString &room = {})
    {
        return m_admin->call(MessageType::ScheduleSet, QCborMap{{QStringLiteral("assignmentId"), assignmentId},
                                                                {QStringLiteral("weekday"), weekday},
                                                                {QStringLiteral("lessonNumber"), lesson},
                                                                {QStringLiteral("room"), room},
                                                                {QStringLiteral("validFrom"), QStringLiteral("2025-10-20")}});
    }

    protocol::Response generate(const QString &from, const QString &to, qint64 classId = 0)
    {
        QCborMap args{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
        if (classId > 0)
            args.insert(QStringLiteral("classId"), classId);
        return m_admin->call(MessageType::LessonsGenerate, args);
    }

    qint64 assignment(const QString &key) const { return m_school->assignments.value(key); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startSmallSchool(QStringLiteral("schedule"), &m_server, &m_school));
        m_admin = test::signedIn(m_server->port(), QStringLiteral("admin"), test::TestServer::kAdminPassword);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        QCOMPARE(m_server->stop(), 0);
    }

    void subgroupsRunInParallel()
    {
        const QCborArray list = entries(QStringLiteral("classId"), m_school->class5);
        QHash<QPair<int, int>, QList<qint64>> slotUse;
        for (const QCborValue &v : list) {
            const QCborMap e = v.toMap();
            slotUse[qMakePair(int(e.value(QStringLiteral("weekday")).toInteger()), int(e.value(QStringLiteral("lessonNumber")).toInteger()))]
                .append(e.value(QStringLiteral("subgroupId")).toInteger());
        }
        bool parallel = false;
        for (const QList<qint64> &ids : slotUse) {
            QVERIFY2(ids.size() == 1 || !ids.contains(0), "a whole-class lesson shares its slot");
            parallel = parallel || ids.size() == 2;
        }
        QVERIFY2(parallel, "5А's English groups have their lessons at the same time");
    }

    void clashesAreRefused()
    {
        // Math in 5А before the first lesson on Tuesday; math in 10А then clashes (the teacher).
        QCOMPARE(test::outcome(setEntry(assignment(QStringLiteral("5А/Математика")), 2, 0)), QStringLiteral("ok"));
        protocol::Response r = setEntry(assignment(QStringLiteral("10А/Математика")), 2, 0);
        QCOMPARE(test::outcome(r), QStringLiteral("conflict"));
        QCOMPARE(r.error.details.value(QStringLiteral("clash")).toString(), QStringLiteral("teacher"));
        QCOMPARE(r.error.details.value(QStringLiteral("with")).toMap().value(QStringLiteral("classId")).toInteger(),
                 m_school->class5);

        // A slot of 5А already taken by a whole-class lesson: another 5А subject there clashes (class).
        const QCborMap taken5 = entries(QStringLiteral("classId"), m_school->class5).first().toMap();
        r = setEntry(assignment(QStringLiteral("5А/ОДНКНР")), int(taken5.value(QStringLiteral("weekday")).toInteger()),
                     int(taken5.value(QStringLiteral("lessonNumber")).toInteger()));
        QCOMPARE(test::outcome(r), QStringLiteral("conflict"));
        QVERIFY(QStringList({QStringLiteral("class"), QStringLiteral("teacher")})
                    .contains(r.error.details.value(QStringLiteral("clash")).toString()));

        // Rooms: a free slot (lesson 0) in room 7 for 1А, then 10А in room 7 at the same time clashes.
        QCOMPARE(test::outcome(setEntry(assignment(QStringLiteral("1А/Окружающий мир")), 1, 0, QStringLiteral("7"))),
                 QStringLiteral("ok"));
        r = setEntry(assignment(QStringLiteral("10А/Физика")), 1, 0, QStringLiteral("7"));
        QCOMPARE(r.error.details.value(QStringLiteral("clash")).toString(), QStringLiteral("room"));
        // Two subgroups in one slot are fine; the same subgroup twice is not.
        QCOMPARE(test::outcome(setEntry(assignment(QStringLiteral("5А/Английский язык/1 группа")), 5, 0)), QStringLiteral("ok"));
        QCOMPARE(test::outcome(setEntry(assignment(QStringLiteral("5А/Английский язык/2 группа")), 5, 0)), QStringLiteral("ok"));
        // A weekday beyond the 5-day week.
        QCOMPARE(test::outcome(setEntry(assignment(QStringLiteral("5А/Математика")), 6, 1)), QStringLiteral("validation_failed"));
    }

    void generationFollowsTheCalendar()
    {
        const QCborArray list = lessons(QStringLiteral("classId"), m_school->class5, QStringLiteral("2025-09-01"), QStringLiteral("2025-12-31"));
        QVERIFY(list.size() > 200);
        for (const QCborValue &v : list) {
            const QDate d = QDate::fromString(v.toMap().value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY2(d.dayOfWeek() <= 5, qPrintable(d.toString()));
            QVERIFY2(d < QDate(2025, 10, 25) || d > QDate(2025, 11, 2), qPrintable(d.toString())); // autumn holidays
            QVERIFY2(d < QDate(2025, 12, 27), qPrintable(d.toString()));                          // winter holidays
        }
        // Bells give the times.
        QVERIFY(!list.first().toMap().value(QStringLiteral("startsAt")).toString().isEmpty());
        // The February week of grade 1: 1А has no lessons, 5А has.
        QCOMPARE(test::outcome(generate(QStringLiteral("2026-02-09"), QStringLiteral("2026-02-27"))), QStringLiteral("ok"));
        const auto inFebruaryWeek = [&](qint64 classId) {
            return lessons(QStringLiteral("classId"), classId, QStringLiteral("2026-02-16"), QStringLiteral("2026-02-20")).size();
        };
        QCOMPARE(inFebruaryWeek(m_school->class1), 0);
        QVERIFY(inFebruaryWeek(m_school->class5) > 0);
        QVERIFY(lessons(QStringLiteral("classId"), m_school->class1, QStringLiteral("2026-02-09"), QStringLiteral("2026-02-13")).size() > 0);
        // Days outside a class's periods: 10А's first half now ends on 19 December; its lessons of the
        // last week before the holidays go (they have no data), 5А's (quarters) stay.
        const QCborArray halves{QCborMap{{QStringLiteral("number"), 1}, {QStringLiteral("name"), QStringLiteral("1 полугодие")},
                                         {QStringLiteral("startsOn"), QStringLiteral("2025-09-01")}, {QStringLiteral("endsOn"), QStringLiteral("2025-12-19")}},
                                QCborMap{{QStringLiteral("number"), 2}, {QStringLiteral("name"), QStringLiteral("2 полугодие")},
                                         {QStringLiteral("startsOn"), QStringLiteral("2026-01-12")}, {QStringLiteral("endsOn"), QStringLiteral("2026-05-26")}}};
        QCOMPARE(test::outcome(m_admin->call(MessageType::PeriodsSet, QCborMap{{QStringLiteral("yearId"), m_school->yearId},
                                                                                {QStringLiteral("scheme"), QStringLiteral("halves")},
                                                                                {QStringLiteral("periods"), halves}})),
                 QStringLiteral("ok"));
        const protocol::Response cut = generate(QStringLiteral("2025-12-22"), QStringLiteral("2025-12-26"));
        QVERIFY(cut.result.value(QStringLiteral("removed")).toInteger() > 0);
        QCOMPARE(lessons(QStringLiteral("classId"), m_school->class10, QStringLiteral("2025-12-22"), QStringLiteral("2025-12-26")).size(), 0);
        QVERIFY(lessons(QStringLiteral("classId"), m_school->class5, QStringLiteral("2025-12-22"), QStringLiteral("2025-12-26")).size() > 0);
        // Running again creates nothing twice (the first run picks up the entries added above).
        QCOMPARE(test::outcome(generate(QStringLiteral("2025-09-01"), QStringLiteral("2025-12-31"))), QStringLiteral("ok"));
        const protocol::Response again = generate(QStringLiteral("2025-09-01"), QStringLiteral("2025-12-31"));
        QCOMPARE(again.result.value(QStringLiteral("created")).toInteger(), 0);
    }

    void regenerationKeepsLessonsWithData()
    {
        const QCborArray before = lessons(QStringLiteral("assignmentId"), assignment(QStringLiteral("10А/Физика")),
                                          QStringLiteral("2025-11-10"), QStringLiteral("2025-11-30"));
        QVERIFY(before.size() >= 4);
        const qint64 withTopic = before.first().toMap().value(QStringLiteral("id")).toInteger();
        db().exec(QStringLiteral("UPDATE lessons SET topic = 'Законы Ньютона' WHERE id = ?"), {withTopic});
        // Physics leaves the 10А timetable from 10 November.
        for (const QCborValue &v : entries(QStringLiteral("classId"), m_school->class10)) {
            const QCborMap e = v.toMap();
            if (e.value(QStringLiteral("assignmentId")).toInteger() == assignment(QStringLiteral("10А/Физика"))) {
                QCOMPARE(test::outcome(m_admin->call(MessageType::ScheduleRemove,
                                                     QCborMap{{QStringLiteral("entryId"), e.value(QStringLiteral("id"))},
                                                              {QStringLiteral("from"), QStringLiteral("2025-11-10")}})),
                         QStringLiteral("ok"));
            }
        }
        const protocol::Response r = generate(QStringLiteral("2025-11-10"), QStringLiteral("2025-11-30"), m_school->class10);
        QCOMPARE(test::outcome(r), QStringLiteral("ok"));
        QCOMPARE(r.result.value(QStringLiteral("removed")).toInteger(), before.size() - 1);
        const QCborArray kept = r.result.value(QStringLiteral("kept")).toArray();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().toMap().value(QStringLiteral("id")).toInteger(), withTopic);
        // Lessons before the change stay.
        QVERIFY(lessons(QStringLiteral("assignmentId"), assignment(QStringLiteral("10А/Физика")), QStringLiteral("2025-09-01"),
                        QStringLiteral("2025-11-09"))
                    .size()
                > 0);
        // The kept lesson cannot be deleted; an empty one can.
        QCOMPARE(test::outcome(m_admin->call(MessageType::LessonsDelete, QCborMap{{QStringLiteral("id"), withTopic}})),
                 QStringLiteral("validation_failed:has_journal_data"));
    }

    void sixDayWeek()
    {
        const QCborMap year = m_admin->resultOf(MessageType::YearsCreate, QCborMap{{QStringLiteral("name"), QStringLiteral("2026/2027")},
                                                                                   {QStringLiteral("startsOn"), QStringLiteral("2026-09-01")},
                                                                                   {QStringLiteral("endsOn"), QStringLiteral("2027-05-26")},
                                                                                   {QStringLiteral("weekDays"), 6}});
        const qint64 yearId = year.value(QStringLiteral("id")).toInteger();
        QVERIFY(yearId > 0);
        const qint64 classId = m_admin->resultOf(MessageType::ClassesCreate, QCborMap{{QStringLiteral("yearId"), yearId},
                                                                                      {QStringLiteral("grade"), 7},
                                                                                      {QStringLiteral("letter"), QStringLiteral("а")}})
                                   .value(QStringLiteral("id"))
                                   .toInteger();
        const qint64 a = m_admin->resultOf(MessageType::AssignmentsSave,
                                           QCborMap{{QStringLiteral("classId"), classId},
                                                    {QStringLiteral("subjectId"), m_school->subjects.value(QStringLiteral("Физика"))},
                                                    {QStringLiteral("teacherId"), m_school->users.value(QStringLiteral("physics"))},
                                                    {QStringLiteral("hoursPerWeek"), 1}})
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        QCOMPARE(test::outcome(m_admin->call(MessageType::ScheduleSet, QCborMap{{QStringLiteral("assignmentId"), a},
                                                                                 {QStringLiteral("weekday"), 6},
                                                                                 {QStringLiteral("lessonNumber"), 1},
                                                                                 {QStringLiteral("validFrom"), QStringLiteral("2026-09-01")}})),
                 QStringLiteral("ok"));
        // A 6-day week allows more hours: 35 for grade 7 instead of 32.
        QCOMPARE(m_admin->resultOf(MessageType::CurriculumList, QCborMap{{QStringLiteral("classId"), classId}})
                     .value(QStringLiteral("totals")).toArray().first().toMap().value(QStringLiteral("maximum")).toDouble(),
                 35.0);
        const protocol::Response r = generate(QStringLiteral("2026-09-01"), QStringLiteral("2026-09-30"), classId);
        QCOMPARE(r.result.value(QStringLiteral("created")).toInteger(), 4); // Saturdays 5, 12, 19, 26 September
        for (const QCborValue &v : lessons(QStringLiteral("classId"), classId, QStringLiteral("2026-09-01"), QStringLiteral("2026-09-30")))
            QCOMPARE(QDate::fromString(v.toMap().value(QStringLiteral("date")).toString(), Qt::ISODate).dayOfWeek(), 6);
        // The year keeps its 6-day week while Saturday lessons are scheduled; dates of another year are refused.
        QCOMPARE(test::outcome(m_admin->call(MessageType::YearsUpdate, QCborMap{{QStringLiteral("id"), yearId}, {QStringLiteral("weekDays"), 5}})),
                 QStringLiteral("validation_failed"));
        QCOMPARE(test::outcome(generate(QStringLiteral("2025-09-01"), QStringLiteral("2025-09-30"), classId)),
                 QStringLiteral("validation_failed:date_outside_year"));
    }

    void substitutions()
    {
        const QCborArray math = lessons(QStringLiteral("assignmentId"), assignment(QStringLiteral("5А/Математика")),
                                        QStringLiteral("2025-10-13"), QStringLiteral("2025-10-17"));
        QVERIFY(!math.isEmpty());
        const QCborMap lesson = math.first().toMap();
        const qint64 lessonId = lesson.value(QStringLiteral("id")).toInteger();
        const qint64 idle = m_school->users.value(QStringLiteral("idle"));
        const protocol::Response set = m_admin->call(MessageType::SubstitutionsSet, QCborMap{{QStringLiteral("lessonId"), lessonId},
                                                                                           {QStringLiteral("teacherId"), idle},
                                                                                           {QStringLiteral("reason"), QStringLiteral("болезнь")}});
        QCOMPARE(test::outcome(set), QStringLiteral("ok"));
        QCOMPARE(set.result.value(QStringLiteral("substituteId")).toInteger(), idle);
        // The substitute now has the lesson among theirs; the register shows it.
        QCOMPARE(lessons(QStringLiteral("teacherId"), idle, QStringLiteral("2025-10-13"), QStringLiteral("2025-10-17")).size(), 1);
        const QCborArray reg = m_admin->resultOf(MessageType::SubstitutionsList, QCborMap{{QStringLiteral("from"), QStringLiteral("2025-10-01")},
                                                                                          {QStringLiteral("to"), QStringLiteral("2025-10-31")}})
                                   .value(QStringLiteral("substitutions"))
                                   .toArray();
        QCOMPARE(reg.size(), 1);
        QCOMPARE(reg.first().toMap().value(QStringLiteral("teacherId")).toInteger(), m_school->users.value(QStringLiteral("math")));
        // A substitute who teaches at that time clashes: the same slot's other lessons' teachers.
        const QCborArray sameSlot = m_admin->resultOf(MessageType::LessonsList, QCborMap{{QStringLiteral("teacherId"), m_school->users.value(QStringLiteral("russian"))},
                                                                                         {QStringLiteral("from"), QStringLiteral("2025-10-13")},
                                                                                         {QStringLiteral("to"), QStringLiteral("2025-10-17")}})
                                        .value(QStringLiteral("lessons"))
                                        .toArray();
        const QCborMap russian = sameSlot.first().toMap();
        const QCborArray atThatTime = m_admin->resultOf(MessageType::LessonsList, QCborMap{{QStringLiteral("classId"), m_school->class10},
                                                                                           {QStringLiteral("from"), russian.value(QStringLiteral("date"))},
                                                                                           {QStringLiteral("to"), russian.value(QStringLiteral("date"))}})
                                          .value(QStringLiteral("lessons"))
                                          .toArray();
        for (const QCborValue &v : atThatTime) {
            const QCborMap other = v.toMap();
            if (other.value(QStringLiteral("id")) == russian.value(QStringLiteral("id")))
                continue;
            const protocol::Response clash = m_admin->call(MessageType::SubstitutionsSet, QCborMap{{QStringLiteral("lessonId"), other.value(QStringLiteral("id"))},
                                                                                                 {QStringLiteral("teacherId"), m_school->users.value(QStringLiteral("russian"))}});
            if (other.value(QStringLiteral("lessonNumber")) == russian.value(QStringLiteral("lessonNumber")))
                QCOMPARE(clash.error.details.value(QStringLiteral("clash")).toString(), QStringLiteral("teacher"));
        }
        QCOMPARE(m_admin->call(MessageType::SubstitutionsRemove, QCborMap{{QStringLiteral("lessonId"), lessonId}})
                     .result.value(QStringLiteral("substituteId")),
                 QCborValue(nullptr));
    }

    void extraLessonsClashAndMove()
    {
        const QCborArray math = lessons(QStringLiteral("assignmentId"), assignment(QStringLiteral("5А/Математика")),
                                        QStringLiteral("2025-10-20"), QStringLiteral("2025-10-24"));
        const QCborMap taken = math.first().toMap();
        // Another class's math at the same time: the teacher is busy.
        const protocol::Response clash = m_admin->call(MessageType::LessonsAdd, QCborMap{{QStringLiteral("assignmentId"), assignment(QStringLiteral("10А/Математика"))},
                                                                                       {QStringLiteral("date"), taken.value(QStringLiteral("date"))},
                                                                                       {QStringLiteral("lessonNumber"), taken.value(QStringLiteral("lessonNumber"))}});
        QCOMPARE(clash.error.details.value(QStringLiteral("clash")).toString(), QStringLiteral("teacher"));
        // Moving the lesson to lesson 0 of the same day removes the original and is not recreated.
        const protocol::Response moved = m_admin->call(MessageType::LessonsAdd, QCborMap{{QStringLiteral("assignmentId"), assignment(QStringLiteral("5А/Математика"))},
                                                                                       {QStringLiteral("date"), QStringLiteral("2025-10-25")},
                                                                                       {QStringLiteral("lessonNumber"), 1},
                                                                                       {QStringLiteral("movedFrom"), taken.value(QStringLiteral("date"))}});
        QCOMPARE(test::outcome(moved), QStringLiteral("ok"));
        QCOMPARE(moved.result.value(QStringLiteral("origin")).toString(), QStringLiteral("moved"));
        const int onDay = int(lessons(QStringLiteral("assignmentId"), assignment(QStringLiteral("5А/Математика")),
                                      taken.value(QStringLiteral("date")).toString(), taken.value(QStringLiteral("date")).toString())
                                  .size());
        QCOMPARE(generate(QStringLiteral("2025-10-20"), QStringLiteral("2025-10-24"), m_school->class5).result.value(QStringLiteral("created")).toInteger(), 0);
        QCOMPARE(lessons(QStringLiteral("assignmentId"), assignment(QStringLiteral("5А/Математика")), taken.value(QStringLiteral("date")).toString(),
                         taken.value(QStringLiteral("date")).toString())
                     .size(),
                 onDay);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
