#include "app/JournalDataGenerator.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTime>

#include <cmath>

#include "app/LessonTexts.h"
#include "db/Db.h"
#include "domain/Grading.h"
#include "rules/Calendar.h"
#include "rules/SchoolSettings.h"
#include "storage/AssignmentStore.h"
#include "storage/ClassStore.h"
#include "storage/JournalBulkStore.h"
#include "storage/JournalStore.h"
#include "storage/LessonStore.h"
#include "storage/SubjectStore.h"
#include "storage/WorkKindStore.h"

namespace cj::server {

namespace {
// Rates per lesson or per school day, tuned so that about 5 % of lessons are missed.
constexpr double kIllnessStartPerDay = 0.0075; // an average pupil falls ill about once a year
constexpr double kSingleAbsence = 0.012;       // one lesson missed (an errand, a doctor's visit)
constexpr double kLateness = 0.008;
constexpr double kWrittenMarked = 0.96;        // the rest were absent in spirit or will rewrite it
constexpr int kNoTopicPercent = 2;             // lessons the teacher left without a topic
constexpr int kExemptPerMille = 10;            // освобождены от физкультуры на год

struct Lesson {
    qint64 id = 0;
    qint64 assignmentId = 0;
    qint64 classId = 0;
    QDate date;
    QTime start;
    qint64 givenBy = 0;
    int ordinal = 0; // in the assignment's year, from 0
};

// Why a pupil missed a whole day; reasonOn: when the class teacher wrote the reason down.
struct DayAbsence {
    char reason = 0; // 'i' ill, 'e' excused, 'u' unexcused
    QDate reasonOn;
};

struct Pupil {
    double ability = 4.0; // the mean mark this pupil earns
    double sickly = 1.0;  // multiplies the chance of falling ill
};

struct Assignment {
    AssignmentRecord record;
    const ClassRecord *cls = nullptr;
    SubjectRecord subject;
    QList<int> lessons;                  // indices into Builder::lessons, the whole year in order
    QHash<int, const WorkKind *> written; // ordinal -> the written work given then
};

QString reasonName(char reason)
{
    return reason == 'i' ? QStringLiteral("ill") : reason == 'e' ? QStringLiteral("excused") : QStringLiteral("unexcused");
}

QDateTime at(const QDate &date, const QTime &time)
{
    return QDateTime(date, time).toUTC();
}

class Builder
{
public:
    Builder(Db &db, QRandomGenerator &random, qint64 schoolId, const YearRecord &year, const QDate &today)
        : db(db)
        , random(random)
        , schoolId(schoolId)
        , year(year)
        , calendar(year)
        , today(today)
        , policy(SchoolSettings::load(db, schoolId).rounding)
    {
    }

    Db &db;
    QRandomGenerator &random;
    qint64 schoolId;
    YearRecord year;
    Calendar calendar;
    QDate today;
    RoundingPolicy policy;

    QList<ClassRecord> classes;
    QList<Lesson> lessons;
    QList<Assignment> assignments;
    QHash<QString, WorkKind> kinds; // by name
    QHash<qint64, QList<RosterSpan>> classLists;
    QHash<qint64, QList<RosterSpan>> subgroupLists;
    QMap<qint64, Pupil> pupils;
    QHash<quint64, DayAbsence> dayAbsences; // (pupil, day of the year) -> why
    QHash<quint64, double> subjectBias;     // (pupil, subject) -> how much better or worse than usual
    QSet<quint64> exempt;                   // (pupil, subject) for the whole year

    QList<BulkPlanItem> planItems;
    QList<BulkLessonEntry> entries;
    QList<BulkMark> marks;
    QList<BulkAttendance> attendance;
    QList<BulkFinalMark> finalMarks;
    JournalDataGenerator::Result result;

    static quint64 key(qint64 a, qint64 b) { return (quint64(a) << 24) ^ quint64(b); }

    double gauss()
    {
        const double u1 = 1.0 - random.generateDouble();
        const double u2 = random.generateDouble();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
    }

    bool chance(double p) { return random.generateDouble() < p; }

    QTime timeBetween(int fromHour, int toHour) { return QTime(fromHour, 0).addSecs(60 * int(random.bounded(60 * (toHour - fromHour)))); }

    void load()
    {
        classes = ClassStore::list(db, year.id, year.startsOn);
        QHash<qint64, const ClassRecord *> classById;
        for (const ClassRecord &c : classes)
            classById.insert(c.id, &c);
        QHash<qint64, SubjectRecord> subjects;
        for (const SubjectRecord &s : SubjectStore::list(db, schoolId, true))
            subjects.insert(s.id, s);
        for (const WorkKind &k : WorkKindStore::list(db, schoolId, false))
            kinds.insert(k.name, k);
        AssignmentFilter filter;
        filter.yearId = year.id;
        QHash<qint64, qsizetype> assignmentIndex;
        for (const AssignmentRecord &a : AssignmentStore::list(db, filter)) {
            assignmentIndex.insert(a.id, assignments.size());
            assignments.append(Assignment{a, classById.value(a.classId), subjects.value(a.subjectId), {}, {}});
        }
        LessonFilter lessonFilter;
        lessonFilter.schoolId = schoolId;
        lessonFilter.from = year.startsOn;
        lessonFilter.to = year.endsOn;
        for (const LessonRecord &l : LessonStore::list(db, lessonFilter)) {
            Assignment &a = assignments[assignmentIndex.value(l.assignmentId)];
            const QTime start = l.startsAt.isEmpty() ? QTime(8, 30).addSecs(3000 * (l.lessonNumber - 1))
                                                     : QTime::fromString(l.startsAt, QStringLiteral("HH:mm"));
            a.lessons.append(int(lessons.size()));
            lessons.append(Lesson{l.id, l.assignmentId, l.classId, l.date, start, l.givenBy(), int(a.lessons.size() - 1)});
        }
        for (const RosterSpan &s : JournalBulkStore::classRosters(db, year.id)) {
            classLists[s.listId].append(s);
            pupils.insert(s.studentId, Pupil{});
        }
        for (const RosterSpan &s : JournalBulkStore::subgroupRosters(db, year.id))
            subgroupLists[s.listId].append(s);
        for (Pupil &p : pupils) { // in id order: reproducible
            p.ability = qBound(2.7, 3.95 + 0.5 * gauss(), 4.9);
            p.sickly = qBound(0.2, std::exp(0.6 * gauss()), 4.0);
        }
    }

    // Who is on the class's or subgroup's list that day.
    QList<qint64> rosterOn(const Assignment &a, const QDate &date) const
    {
        QList<qint64> ids;
        const QList<RosterSpan> &spans = a.record.subgroupId > 0 ? subgroupLists[a.record.subgroupId]
                                                                  : classLists[a.record.classId];
        for (const RosterSpan &s : spans) {
            if (s.startsOn <= date && (!s.leftOn.isValid() || date < s.leftOn) && !exempt.contains(key(s.studentId, a.record.subjectId)))
                ids.append(s.studentId);
        }
        return ids;
    }

    // Illnesses and family days: whole school days missed, with the reason the class teacher wrote.
    void illnesses()
    {
        QList<QDate> days;
        for (QDate d = year.startsOn; d < today && d <= year.endsOn; d = d.addDays(1)) {
            if (calendar.isSchoolDay(d, 5, QStringLiteral("quarters")))
                days.append(d);
        }
        for (auto it = pupils.cbegin(); it != pupils.cend(); ++it) {
            for (qsizetype i = 0; i < days.size(); ++i) {
                if (!chance(kIllnessStartPerDay * it->sickly))
                    continue;
                const int length = 2 + int(random.bounded(6));
                const int roll = int(random.bounded(100));
                const char reason = roll < 78 ? 'i' : roll < 93 ? 'e' : 'u';
                const qsizetype last = qMin(days.size() - 1, i + length - 1);
                const QDate reasonOn = days[last].addDays(1 + random.bounded(3)); // the certificate comes after
                for (qsizetype j = i; j <= last; ++j)
                    dayAbsences.insert(key(it.key(), year.startsOn.daysTo(days[j])), DayAbsence{reason, reasonOn});
                i = last;
            }
        }
    }

    void exemptions()
    {
        for (const Assignment &a : assignments) {
            if (a.subject.name != QStringLiteral("Физическая культура") || !a.cls || a.cls->classTeacherId == 0)
                continue;
            for (const qint64 id : rosterOn(a, year.startsOn)) {
                if (random.bounded(1000) < kExemptPerMille) {
                    JournalStore::setExemption(db, schoolId, id, a.record.subjectId, year.id, 0,
                                               QStringLiteral("медицинское заключение"), a.cls->classTeacherId);
                    exempt.insert(key(id, a.record.subjectId));
                }
            }
        }
    }

    // The written work customarily given in the subject; the last one of a period is a control work.
    const WorkKind *writtenKind(const QString &subject, bool control)
    {
        QString name;
        if (subject == QStringLiteral("Русский язык"))
            name = control ? QStringLiteral("Диктант") : (random.bounded(2) ? QStringLiteral("Изложение") : QStringLiteral("Самостоятельная работа"));
        else if (subject == QStringLiteral("Литература"))
            name = control ? QStringLiteral("Сочинение") : QStringLiteral("Тест");
        else if (control)
            name = QStringLiteral("Контрольная работа");
        else if (subject == QStringLiteral("Физика") || subject == QStringLiteral("Химия") || subject == QStringLiteral("Биология"))
            name = QStringLiteral("Лабораторная работа");
        else if (subject == QStringLiteral("Информатика") || subject == QStringLiteral("Технология"))
            name = QStringLiteral("Практическая работа");
        else
            name = random.bounded(2) ? QStringLiteral("Самостоятельная работа") : QStringLiteral("Проверочная работа");
        const auto it = kinds.constFind(name);
        return it == kinds.cend() ? nullptr : &*it;
    }

    static int writtenPerPeriod(double hours) { return hours >= 4 ? 4 : hours >= 3 ? 3 : hours >= 2 ? 2 : 1; }
    // Current marks due per pupil in a quarter, aimed a little above what absences leave: about 9 at
    // three or more hours a week, 7 at two, 4–5 at one (003 §2.3.1 asks at least 8, 5 and 3).
    static double marksPerPeriod(double hours) { return hours >= 3 ? 10 : hours >= 2 ? 8 : 5; }

    QList<PeriodRecord> periodsOf(const Assignment &a) const
    {
        QList<PeriodRecord> list;
        for (const PeriodRecord &p : year.periods) {
            if (p.scheme == a.cls->periodScheme)
                list.append(p);
        }
        return list;
    }

    QList<int> lessonsIn(const Assignment &a, const PeriodRecord &p) const
    {
        QList<int> list;
        for (const int i : a.lessons) {
            if (lessons[i].date >= p.startsOn && lessons[i].date <= p.endsOn)
                list.append(i);
        }
        return list;
    }

    bool graded(const Assignment &a) const { return a.cls->grade > 1; } // 000 §3.7: no marks in grade 1

    // Where the written works of the year fall: spread over each period, the control work just before its end.
    void planWrittenWork(Assignment &a)
    {
        if (!graded(a))
            return;
        for (const PeriodRecord &p : periodsOf(a)) {
            const QList<int> in = lessonsIn(a, p);
            const int n = int(in.size());
            const int count = qMin(n, writtenPerPeriod(a.record.hoursPerWeek) * (p.scheme == QStringLiteral("halves") ? 2 : 1));
            for (int k = 0; k < count; ++k) {
                const bool control = k == count - 1;
                const int at = control ? qMax(0, n - 2) : (2 * k + 1) * n / (2 * count);
                if (const WorkKind *kind = writtenKind(a.subject.name, control))
                    a.written.insert(lessons[in[at]].ordinal, kind);
            }
        }
    }

    QString topicOf(const Assignment &a, int ordinal) const
    {
        const int count = int(a.lessons.size());
        if (const WorkKind *kind = a.written.value(ordinal))
            return QStringLiteral("%1 по теме «%2»").arg(kind->name, LessonTexts::unit(a.subject.name, ordinal, count));
        return LessonTexts::topic(a.subject.name, ordinal, count);
    }

    void plan(const Assignment &a)
    {
        for (int i = 0; i < a.lessons.size(); ++i)
            planItems.append(BulkPlanItem{a.record.id, i + 1, topicOf(a, i), QString()});
    }

    void lessonEntry(const Assignment &a, const Lesson &l)
    {
        if (int(random.bounded(100)) < kNoTopicPercent)
            return;
        const WorkKind *kind = a.written.value(l.ordinal);
        const QString homework = graded(a) ? LessonTexts::homework(random, a.subject.name) : QString();
        entries.append(BulkLessonEntry{l.id, a.record.id, l.ordinal + 1, topicOf(a, l.ordinal), homework,
                                       kind ? kind->id : 0, at(l.date, l.start.addSecs(60 * (5 + random.bounded(30))))});
        ++result.lessons;
    }

    // Attendance of one pupil at one lesson; returns whether they were there.
    bool attend(const Assignment &a, const Lesson &l, qint64 pupil)
    {
        ++result.cells;
        BulkAttendance row{l.id, pupil, QStringLiteral("absent"), QString(), l.givenBy,
                           at(l.date, l.start.addSecs(60 * (2 + random.bounded(8)))), 0, {}};
        QDate reasonOn;
        char reason = 0;
        if (const auto day = dayAbsences.constFind(key(pupil, year.startsOn.daysTo(l.date))); day != dayAbsences.cend()) {
            reason = day->reason;
            reasonOn = day->reasonOn;
        } else if (chance(kSingleAbsence)) {
            const int roll = int(random.bounded(10));
            reason = roll < 5 ? 'u' : roll < 8 ? 'e' : 0;
            reasonOn = l.date.addDays(1 + random.bounded(2));
        } else if (chance(kLateness)) {
            row.kind = QStringLiteral("late");
            attendance.append(row);
            return true;
        } else {
            return true;
        }
        if (reason && reasonOn < today) {
            row.reason = reasonName(reason);
            row.reasonSetBy = a.cls->classTeacherId > 0 ? a.cls->classTeacherId : l.givenBy;
            row.reasonSetAt = at(reasonOn, timeBetween(13, 17));
        }
        attendance.append(row);
        ++result.absences;
        return false;
    }

    int markValue(qint64 pupil, qint64 subjectId, bool control)
    {
        const quint64 k = key(pupil, subjectId);
        auto bias = subjectBias.find(k);
        if (bias == subjectBias.end())
            bias = subjectBias.insert(k, 0.3 * gauss());
        const double mean = pupils.value(pupil).ability + *bias - (control ? 0.25 : 0.0);
        return qBound(2, int(std::lround(mean + 0.65 * gauss())), 5);
    }

    // One pupil's mark(s) in one cell; pass/fail subjects get зачёт (rarely незачёт).
    void mark(const Assignment &a, const Lesson &l, qint64 pupil, const WorkKind *kind, const QDateTime &enteredAt,
              QHash<qint64, QList<GradedMark>> &period)
    {
        BulkMark m{l.id, pupil, 1, 0, std::nullopt, kind ? kind->id : 0, l.givenBy, enteredAt};
        if (a.subject.grading == QStringLiteral("pass_fail")) {
            m.passed = chance(0.97);
            marks.append(m);
            ++result.marks;
            return;
        }
        const bool control = kind && kind->control;
        // Dictations are customarily marked twice («3/5»: spelling and the grammar task).
        const int count = kind && kind->name == QStringLiteral("Диктант") && chance(0.5) ? 2 : 1;
        for (int position = 1; position <= count; ++position) {
            m.position = position;
            m.value = markValue(pupil, a.record.subjectId, control);
            marks.append(m);
            period[pupil].append(GradedMark{m.value, kind ? kind->weight : 1.0, control});
            ++result.marks;
        }
    }

    // When the teacher marked a written work: after checking it, within the window, in the evening.
    QDateTime writtenMarkedAt(const Assignment &a, const Lesson &l)
    {
        const int days = 1 + int(random.bounded(a.subject.extendedWindow ? 7 : 5));
        return at(l.date.addDays(days), timeBetween(16, 22));
    }

    void periodMarks(const Assignment &a, const PeriodRecord &p, const QHash<qint64, QList<GradedMark>> &period,
                     QHash<qint64, QList<int>> &forYear)
    {
        if (p.endsOn >= today || !graded(a))
            return;
        const bool passFail = a.subject.grading == QStringLiteral("pass_fail");
        QDate on = p.endsOn.addDays(-int(random.bounded(4)));
        for (const qint64 pupil : rosterOn(a, p.endsOn)) {
            BulkFinalMark f{pupil, a.record.subjectId, a.record.classId, year.id, QStringLiteral("period"), p.id, 0,
                            std::nullopt, a.record.teacherId, at(on, timeBetween(15, 21))};
            if (passFail) {
                f.passed = chance(0.98);
            } else {
                const MarkStats s = grading::stats(period.value(pupil), policy);
                if (s.count == 0)
                    continue; // no period mark: counted apart in the reports
                f.value = s.forecast ? *s.forecast : grading::roundToMark(*s.average, policy);
                forYear[pupil].append(f.value);
            }
            finalMarks.append(f);
            ++result.periodMarks;
        }
    }

    void yearMarks(const Assignment &a, const QHash<qint64, QList<int>> &forYear)
    {
        if (year.endsOn >= today || a.subject.grading == QStringLiteral("pass_fail"))
            return;
        for (const qint64 pupil : rosterOn(a, year.endsOn)) {
            const QList<int> values = forYear.value(pupil);
            if (values.isEmpty())
                continue;
            double sum = 0;
            for (const int v : values)
                sum += v;
            finalMarks.append(BulkFinalMark{pupil, a.record.subjectId, a.record.classId, year.id, QStringLiteral("year"), 0,
                                            grading::roundToMark(sum / values.size(), policy), std::nullopt,
                                            a.record.teacherId, at(year.endsOn, timeBetween(15, 21))});
            ++result.periodMarks;
        }
    }

    void journal(const Assignment &a)
    {
        QHash<qint64, QList<int>> forYear;
        for (const PeriodRecord &p : periodsOf(a)) {
            const double perPeriod = marksPerPeriod(a.record.hoursPerWeek) * (p.scheme == QStringLiteral("halves") ? 2 : 1);
            const QList<int> in = lessonsIn(a, p);
            QList<int> given;
            for (const int i : in) {
                if (lessons[i].date < today)
                    given.append(i);
            }
            QHash<qint64, QList<GradedMark>> period;
            QHash<qint64, double> need; // oral marks still due this period, by pupil
            int oralLeft = 0;
            int writtenGiven = 0;
            for (const int i : given) {
                if (a.written.contains(lessons[i].ordinal))
                    ++writtenGiven;
                else
                    ++oralLeft;
            }
            const double due = qMax(0.0, perPeriod * given.size() / qMax<qsizetype>(1, in.size()) - writtenGiven);
            for (const int i : given) {
                const Lesson &l = lessons[i];
                lessonEntry(a, l);
                QList<qint64> present;
                for (const qint64 pupil : rosterOn(a, l.date)) {
                    if (attend(a, l, pupil))
                        present.append(pupil);
                }
                if (!graded(a))
                    continue;
                if (const WorkKind *kind = a.written.value(l.ordinal)) {
                    const QDateTime marked = writtenMarkedAt(a, l);
                    if (marked.toLocalTime().date() >= today)
                        continue; // not checked yet
                    for (const qint64 pupil : present) {
                        if (chance(kWrittenMarked))
                            mark(a, l, pupil, kind, marked, period);
                    }
                    continue;
                }
                // Oral marks: each pupil present gets one with the chance that spreads what is due
                // evenly over the oral lessons left.
                for (const qint64 pupil : present) {
                    auto it = need.find(pupil);
                    if (it == need.end())
                        it = need.insert(pupil, due + 0.8 * gauss());
                    if (*it > 0 && chance(*it / oralLeft)) {
                        mark(a, l, pupil, nullptr, at(l.date, l.start.addSecs(60 * (10 + random.bounded(35)))), period);
                        *it -= 1;
                    }
                }
                --oralLeft;
            }
            periodMarks(a, p, period, forYear);
        }
        yearMarks(a, forYear);
    }

    void write()
    {
        JournalBulkStore::skipForeignKeyChecks(db);
        JournalBulkStore::insertPlanItems(db, schoolId, planItems);
        JournalBulkStore::setLessonEntries(db, entries);
        JournalBulkStore::insertMarks(db, schoolId, marks);
        JournalBulkStore::insertAttendance(db, schoolId, attendance);
        JournalBulkStore::insertFinalMarks(db, schoolId, finalMarks);
    }
};
} // namespace

JournalDataGenerator::JournalDataGenerator(Db &db, QRandomGenerator &random)
    : m_db(db)
    , m_random(random)
{
}

JournalDataGenerator::Result JournalDataGenerator::generate(qint64 schoolId, const QDate &today)
{
    const QList<YearRecord> years = YearStore::list(m_db, schoolId, true);
    if (years.isEmpty())
        return {};
    Transaction tx(m_db);
    Builder b(m_db, m_random, schoolId, years.first(), today);
    b.load();
    b.illnesses();
    b.exemptions();
    for (Assignment &a : b.assignments) {
        if (!a.cls)
            continue;
        b.planWrittenWork(a);
        b.plan(a);
        b.journal(a);
    }
    b.write();
    tx.commit();
    return b.result;
}

} // namespace cj::server
