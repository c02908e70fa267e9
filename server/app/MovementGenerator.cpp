#include "app/MovementGenerator.h"

#include <QStringList>

#include "app/RussianNames.h"
#include "db/Db.h"
#include "rules/Calendar.h"
#include "storage/ClassStore.h"
#include "storage/MovementStore.h"
#include "storage/StudentStore.h"
#include "storage/SubgroupStore.h"

namespace cj::server {

namespace {
// Per 1,000 students over a whole year: a city school loses and gains two or three pupils a month.
constexpr int kLeaversPerMille = 15;
constexpr int kArrivalsPerMille = 15;
constexpr int kTransfersPerMille = 3;

const char16_t *const kOtherSchools[] = {u"МБОУ «СОШ № 3» г. Энска", u"МБОУ «Гимназия № 2» г. Энска",
                                         u"МАОУ «Лицей № 1» г. Энска", u"МБОУ «СОШ № 14» г. Новосибирска",
                                         u"ГБОУ «Школа № 1502» г. Москвы"};
const char16_t *const kLeavingReasons[] = {u"перемена места жительства", u"перевод в другую образовательную организацию",
                                           u"по заявлению родителей (законных представителей)"};

class Builder
{
public:
    Builder(Db &db, QRandomGenerator &random, qint64 schoolId, const YearRecord &year, const QDate &today)
        : db(db)
        , random(random)
        , schoolId(schoolId)
        , calendar(year)
        , today(today)
        , classes(ClassStore::list(db, year.id, year.startsOn))
    {
    }

    Db &db;
    QRandomGenerator &random;
    qint64 schoolId;
    Calendar calendar;
    QDate today;
    QList<ClassRecord> classes;
    int orderNumber = 40;

    // A school day after the first fortnight and before today.
    QDate someSchoolDay()
    {
        const QDate from = calendar.year().startsOn.addDays(14);
        const qint64 span = from.daysTo(today);
        for (int tries = 0; tries < 50; ++tries) {
            const QDate d = from.addDays(random.bounded(span));
            if (calendar.isSchoolDay(d, 5, QStringLiteral("quarters")))
                return d;
        }
        return from;
    }

    QList<StudentRecord> onListsOn(const QDate &date)
    {
        StudentFilter filter;
        filter.yearId = calendar.year().id;
        filter.date = date;
        return StudentStore::list(db, filter);
    }

    const ClassRecord *classById(qint64 id) const
    {
        for (const ClassRecord &c : classes) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }

    QString otherSchool() { return QString::fromUtf16(kOtherSchools[random.bounded(int(std::size(kOtherSchools)))]); }

    void record(const QString &kind, qint64 studentId, const QDate &onDate, qint64 fromClass, qint64 toClass,
                const QString &counterpart, const QString &reason)
    {
        MovementRecord m;
        m.schoolId = schoolId;
        m.studentId = studentId;
        m.kind = kind;
        m.onDate = onDate;
        m.orderNumber = QStringLiteral("%1-у").arg(++orderNumber);
        m.orderDate = onDate.addDays(-1 - random.bounded(3));
        m.fromClassId = fromClass;
        m.toClassId = toClass;
        m.counterpart = counterpart;
        m.reason = reason;
        MovementStore::insert(db, m);
    }

    // A newcomer joins the smaller subgroup of each split subject (as the class teacher would put them).
    void joinSubgroups(qint64 studentId, qint64 classId, const QDate &onDate)
    {
        QHash<qint64, const SubgroupRecord *> smallest;
        const QList<SubgroupRecord> groups = SubgroupStore::listOfClass(db, classId, onDate);
        for (const SubgroupRecord &g : groups) {
            const SubgroupRecord *&best = smallest[g.subjectId];
            if (!best || g.members.size() < best->members.size())
                best = &g;
        }
        for (const SubgroupRecord &g : groups) {
            if (smallest.value(g.subjectId) == &g)
                SubgroupStore::insertMemberships(db, schoolId, g.id, {studentId}, onDate);
        }
    }

    bool leave()
    {
        const QDate onDate = someSchoolDay();
        const QList<StudentRecord> list = onListsOn(onDate.addDays(-1));
        if (list.isEmpty())
            return false;
        const StudentRecord &s = list.at(random.bounded(int(list.size())));
        const std::optional<MembershipRecord> m = StudentStore::membershipOn(db, s.id, onDate.addDays(-1));
        if (!m || m->startsOn >= onDate || m->leftOn.isValid())
            return false;
        StudentStore::endMembership(db, m->id, onDate);
        SubgroupStore::leaveClass(db, s.id, m->classId, onDate);
        record(QStringLiteral("leaving"), s.id, onDate, m->classId, 0, otherSchool(),
               QString::fromUtf16(kLeavingReasons[random.bounded(int(std::size(kLeavingReasons)))]));
        return true;
    }

    bool arrive(int number)
    {
        const QDate onDate = someSchoolDay();
        const ClassRecord &c = classes.at(random.bounded(int(classes.size())));
        const bool female = random.bounded(2) == 0;
        const PersonName name = RussianNames::person(random, female);
        const QDate born = QDate(calendar.year().startsOn.year() - 6 - c.grade, 9, 1).addDays(random.bounded(365));
        StudentRecord s{.schoolId = schoolId,
                        .surname = name.surname,
                        .firstName = name.firstName,
                        .patronymic = name.patronymic,
                        .gender = female ? QStringLiteral("f") : QStringLiteral("m"),
                        .birthDate = born,
                        .address = QStringLiteral("г. Энск, ул. Новая, д. %1").arg(1 + random.bounded(40)),
                        .healthGroup = QStringLiteral("2"),
                        .peGroup = QStringLiteral("основная"),
                        .consentGiven = true,
                        .consentDate = onDate,
                        .personalFileNo = QStringLiteral("П-%1").arg(number)};
        s.id = StudentStore::insert(db, s);
        StudentStore::addMembership(db, schoolId, s.id, c.id, onDate);
        joinSubgroups(s.id, c.id, onDate);
        record(QStringLiteral("enrolment"), s.id, onDate, 0, c.id, otherSchool(), QStringLiteral("прибытие из другой школы"));
        return true;
    }

    // To a parallel class (5А -> 5Б) from the start of a period, as transfers customarily are.
    bool transfer()
    {
        const std::optional<QDate> onDate = calendar.nextPeriodStart(someSchoolDay(), QStringLiteral("quarters"));
        if (!onDate || *onDate >= today)
            return false;
        const QList<StudentRecord> list = onListsOn(*onDate);
        if (list.isEmpty())
            return false;
        const StudentRecord &s = list.at(random.bounded(int(list.size())));
        const ClassRecord *from = classById(s.classId);
        const std::optional<MembershipRecord> m = StudentStore::membershipOn(db, s.id, *onDate);
        if (!from || !m || m->startsOn >= *onDate || m->leftOn.isValid())
            return false;
        QList<const ClassRecord *> parallel;
        for (const ClassRecord &c : classes) {
            if (c.grade == from->grade && c.id != from->id)
                parallel.append(&c);
        }
        if (parallel.isEmpty())
            return false;
        const ClassRecord *to = parallel.at(random.bounded(int(parallel.size())));
        StudentStore::endMembership(db, m->id, *onDate);
        StudentStore::addMembership(db, schoolId, s.id, to->id, *onDate);
        SubgroupStore::leaveClass(db, s.id, from->id, *onDate);
        joinSubgroups(s.id, to->id, *onDate);
        record(QStringLiteral("transfer"), s.id, *onDate, from->id, to->id, QString(), QStringLiteral("по заявлению родителей"));
        return true;
    }
};

int share(int students, int perMille, double yearFraction)
{
    return int(students * perMille * yearFraction / 1000.0 + 0.5);
}
} // namespace

MovementGenerator::MovementGenerator(Db &db, QRandomGenerator &random)
    : m_db(db)
    , m_random(random)
{
}

MovementGenerator::Result MovementGenerator::generate(qint64 schoolId, const QDate &today)
{
    Result result;
    const QList<YearRecord> years = YearStore::list(m_db, schoolId, true);
    if (years.isEmpty() || today < years.first().startsOn.addDays(21))
        return result;
    Transaction tx(m_db);
    Builder b(m_db, m_random, schoolId, years.first(), qMin(today, years.first().endsOn));
    StudentFilter all;
    all.yearId = years.first().id;
    all.date = years.first().startsOn;
    const int students = int(StudentStore::list(m_db, all).size());
    const double fraction = double(years.first().startsOn.daysTo(b.today)) / years.first().startsOn.daysTo(years.first().endsOn);
    for (int i = 0, n = share(students, kLeaversPerMille, fraction); i < n; ++i)
        result.left += b.leave() ? 1 : 0;
    for (int i = 0, n = share(students, kArrivalsPerMille, fraction); i < n; ++i)
        result.arrived += b.arrive(i + 1) ? 1 : 0;
    for (int i = 0, n = qMax(1, share(students, kTransfersPerMille, fraction)); i < n; ++i)
        result.transferred += b.transfer() ? 1 : 0;
    tx.commit();
    return result;
}

} // namespace cj::server
