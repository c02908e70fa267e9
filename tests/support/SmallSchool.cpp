#include "SmallSchool.h"

#include <QtDebug>

#include "TestServer.h"

#include "app/Timetabler.h"
#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "rules/Calendar.h"
#include "rules/LessonPlanner.h"
#include "rules/YearTemplate.h"
#include "storage/AssignmentStore.h"
#include "storage/BellStore.h"
#include "storage/ClassStore.h"
#include "storage/CurriculumStore.h"
#include "storage/GuardianStore.h"
#include "storage/MovementStore.h"
#include "storage/ScheduleStore.h"
#include "storage/StudentStore.h"
#include "storage/SubgroupStore.h"
#include "storage/SubjectStore.h"
#include "storage/UserStore.h"
#include "storage/YearStore.h"

namespace cj::test {

using namespace server;

namespace {
struct Person {
    const char16_t *surname;
    const char16_t *firstName;
    const char16_t *patronymic;
    bool female;
};

// Six students a class; 5А holds Е, Ё and Ж surnames to show the Russian alphabetical order.
const Person kClass1[] = {{u"Андреев", u"Илья", u"Сергеевич", false},   {u"Борисова", u"Алиса", u"Игоревна", true},
                          {u"Васильев", u"Матвей", u"Олегович", false}, {u"Гусева", u"Ева", u"Павловна", true},
                          {u"Денисов", u"Егор", u"Романович", false},   {u"Зайцева", u"Кира", u"Юрьевна", true}};
const Person kClass5[] = {{u"Алексеев", u"Артём", u"Дмитриевич", false}, {u"Белова", u"Анна", u"Андреевна", true},
                          {u"Егоров", u"Кирилл", u"Иванович", false},    {u"Ёжикова", u"Полина", u"Максимовна", true},
                          {u"Жуков", u"Никита", u"Павлович", false},     {u"Соколова", u"Дарья", u"Сергеевна", true}};
const Person kClass10[] = {{u"Волков", u"Степан", u"Ильич", false},      {u"Григорьева", u"Вера", u"Олеговна", true},
                           {u"Исаев", u"Фёдор", u"Андреевич", false},    {u"Козлова", u"Мария", u"Николаевна", true},
                           {u"Лебедев", u"Роман", u"Юрьевич", false},    {u"Миронова", u"Софья", u"Игоревна", true}};

struct Load {
    const char16_t *cls;
    const char16_t *subject;
    int subgroup; // 0: whole class, 1 or 2: 5А's English groups
    const char16_t *teacher;
    int hours;
};

const Load kLoad[] = {
    {u"1А", u"Русский язык", 0, u"primary", 5},      {u"1А", u"Математика", 0, u"math", 4},
    {u"1А", u"Окружающий мир", 0, u"primary", 2},    {u"5А", u"Русский язык", 0, u"russian", 5},
    {u"5А", u"Литература", 0, u"russian", 3},        {u"5А", u"Математика", 0, u"math", 5},
    {u"5А", u"Английский язык", 1, u"english1", 3},  {u"5А", u"Английский язык", 2, u"english2", 3},
    {u"5А", u"ОДНКНР", 0, u"physics", 1},            {u"10А", u"Русский язык", 0, u"russian", 2},
    {u"10А", u"Литература", 0, u"russian", 3},       {u"10А", u"Математика", 0, u"math", 4},
    {u"10А", u"Английский язык", 0, u"english1", 3}, {u"10А", u"Физика", 0, u"physics", 2},
};
} // namespace

SmallSchool::SmallSchool(Db &db, qint64 school)
    : schoolId(school)
    , m_db(db)
{
    PasswordHasher::initialize();
    const QString hash = PasswordHasher::hash(kPassword);
    const auto addUser = [&](const QString &login, Roles roles, const QString &surname, const QString &firstName,
                             const QString &patronymic) {
        UserRecord u;
        u.schoolId = schoolId;
        u.login = login;
        u.surname = surname;
        u.firstName = firstName;
        u.patronymic = patronymic;
        u.roles = roles;
        u.id = UserStore::insert(m_db, u);
        UserStore::setPassword(m_db, u.id, hash);
        users.insert(login, u.id);
        return u.id;
    };
    addUser(QStringLiteral("director"), Role::Director, QStringLiteral("Кузнецов"), QStringLiteral("Андрей"), QStringLiteral("Павлович"));
    addUser(QStringLiteral("deputy"), Role::Deputy, QStringLiteral("Морозова"), QStringLiteral("Елена"), QStringLiteral("Сергеевна"));
    addUser(QStringLiteral("secretary"), Role::Secretary, QStringLiteral("Белова"), QStringLiteral("Ольга"), QStringLiteral("Николаевна"));
    addUser(QStringLiteral("russian"), Role::Teacher, QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Петровна"));
    addUser(QStringLiteral("math"), Role::Teacher, QStringLiteral("Петров"), QStringLiteral("Игорь"), QStringLiteral("Олегович"));
    addUser(QStringLiteral("english1"), Role::Teacher, QStringLiteral("Смирнова"), QStringLiteral("Анна"), QStringLiteral("Викторовна"));
    addUser(QStringLiteral("english2"), Role::Teacher, QStringLiteral("Орлова"), QStringLiteral("Ирина"), QStringLiteral("Юрьевна"));
    addUser(QStringLiteral("primary"), Role::Teacher, QStringLiteral("Соколова"), QStringLiteral("Татьяна"), QStringLiteral("Ивановна"));
    addUser(QStringLiteral("physics"), Role::Teacher, QStringLiteral("Волков"), QStringLiteral("Сергей"), QStringLiteral("Николаевич"));
    addUser(QStringLiteral("idle"), Role::Teacher, QStringLiteral("Зимин"), QStringLiteral("Олег"), QStringLiteral("Петрович"));

    YearRecord year;
    year.schoolId = schoolId;
    year.name = QStringLiteral("2025/2026");
    year.startsOn = yearStart();
    year.endsOn = QDate(2026, 5, 26);
    YearTemplate::fill(year);
    YearStore::insertWithContents(m_db, year);
    yearId = year.id;
    BellScheduleRecord bells;
    bells.yearId = yearId;
    bells.name = QStringLiteral("Основное");
    const int breaks[] = {10, 15, 20, 10, 10, 10};
    QTime at(8, 30);
    for (int n = 1; n <= 7; ++n) {
        bells.bells.append(Bell{n, at, at.addSecs(45 * 60)});
        at = at.addSecs(60 * (45 + breaks[n - 1]));
    }
    bellsId = BellStore::insert(m_db, schoolId, bells);

    int order = 0;
    for (const auto &[name, grading, extended] :
         {std::tuple{QStringLiteral("Русский язык"), QStringLiteral("marks"), true},
          std::tuple{QStringLiteral("Литература"), QStringLiteral("marks"), true},
          std::tuple{QStringLiteral("Математика"), QStringLiteral("marks"), false},
          std::tuple{QStringLiteral("Английский язык"), QStringLiteral("marks"), false},
          std::tuple{QStringLiteral("Окружающий мир"), QStringLiteral("marks"), false},
          std::tuple{QStringLiteral("Физика"), QStringLiteral("marks"), false},
          std::tuple{QStringLiteral("ОДНКНР"), QStringLiteral("pass_fail"), false}}) {
        SubjectRecord s;
        s.schoolId = schoolId;
        s.name = name;
        s.grading = grading;
        s.extendedWindow = extended;
        s.sortOrder = ++order;
        subjects.insert(name, SubjectStore::insert(m_db, s));
    }

    QHash<QString, ClassRecord> classes;
    const auto addClass = [&](int grade, const QString &teacher, const Person *people) {
        ClassRecord c;
        c.schoolId = schoolId;
        c.yearId = yearId;
        c.grade = grade;
        c.letter = QStringLiteral("А");
        c.classTeacherId = users.value(teacher);
        c.room = QString::number(100 + grade);
        c.periodScheme = grade >= 10 ? QStringLiteral("halves") : QStringLiteral("quarters");
        c.bellScheduleId = bellsId;
        c.id = ClassStore::insert(m_db, c);
        classes.insert(c.name(), c);
        for (int i = 0; i < 6; ++i) {
            StudentRecord s;
            s.schoolId = schoolId;
            s.surname = QString::fromUtf16(people[i].surname);
            s.firstName = QString::fromUtf16(people[i].firstName);
            s.patronymic = QString::fromUtf16(people[i].patronymic);
            s.gender = people[i].female ? QStringLiteral("f") : QStringLiteral("m");
            s.birthDate = QDate(2025 - 6 - grade, 3 + i, 10 + i);
            s.address = QStringLiteral("г. Энск, ул. Школьная, д. %1").arg(i + 1);
            s.snils = QStringLiteral("123-456-7%1%2 0%3").arg(grade % 10).arg(i).arg(i);
            s.healthGroup = QStringLiteral("1");
            s.id = StudentStore::insert(m_db, s);
            StudentStore::addMembership(m_db, schoolId, s.id, c.id, yearStart());
            MovementRecord m;
            m.schoolId = schoolId;
            m.studentId = s.id;
            m.kind = QStringLiteral("enrolment");
            m.onDate = yearStart();
            m.orderNumber = QStringLiteral("12-у");
            m.toClassId = c.id;
            MovementStore::insert(m_db, m);
            GuardianRecord g;
            g.schoolId = schoolId;
            g.surname = s.surname.endsWith(QStringLiteral("а")) ? s.surname : s.surname + QStringLiteral("а");
            g.firstName = QStringLiteral("Елена");
            g.patronymic = QStringLiteral("Викторовна");
            g.relation = QStringLiteral("мать");
            g.phone = QStringLiteral("+7 900 000-00-%1").arg(10 * grade + i);
            g.id = GuardianStore::insert(m_db, g);
            GuardianStore::link(m_db, s.id, g.id);
            students[c.id].append(s.id);
        }
        return c.id;
    };
    class1 = addClass(1, QStringLiteral("primary"), kClass1);
    class5 = addClass(5, QStringLiteral("russian"), kClass5);
    class10 = addClass(10, QStringLiteral("physics"), kClass10);

    // 5А's English: the first three students in group 1, the others in group 2.
    for (int n = 1; n <= 2; ++n) {
        SubgroupRecord g;
        g.schoolId = schoolId;
        g.classId = class5;
        g.subjectId = subjects.value(QStringLiteral("Английский язык"));
        g.name = QStringLiteral("%1 группа").arg(n);
        g.id = SubgroupStore::insert(m_db, g);
        SubgroupStore::insertMemberships(m_db, schoolId, g.id, students.value(class5).mid(n == 1 ? 0 : 3, 3), yearStart());
        (n == 1 ? englishGroup1 : englishGroup2) = g.id;
    }

    Timetabler timetabler(5);
    QHash<QString, TimetableBundle> bundles;
    QStringList bundleOrder;
    for (const Load &l : kLoad) {
        const ClassRecord &c = classes.value(QString::fromUtf16(l.cls));
        const QString subject = QString::fromUtf16(l.subject);
        AssignmentRecord a;
        a.schoolId = schoolId;
        a.classId = c.id;
        a.subjectId = subjects.value(subject);
        a.subgroupId = l.subgroup == 0 ? 0 : l.subgroup == 1 ? englishGroup1 : englishGroup2;
        a.teacherId = users.value(QString::fromUtf16(l.teacher));
        a.hoursPerWeek = l.hours;
        a.id = AssignmentStore::insert(m_db, a);
        QString key = c.name() + QLatin1Char('/') + subject;
        CurriculumStore::set(m_db, schoolId, c.id, a.subjectId, l.hours);
        const QString bundleKey = key;
        if (l.subgroup > 0)
            key += QStringLiteral("/%1 группа").arg(l.subgroup);
        assignments.insert(key, a.id);
        if (!bundles.contains(bundleKey))
            bundleOrder.append(bundleKey);
        TimetableBundle &b = bundles[bundleKey];
        b.classId = c.id;
        b.hours = l.hours;
        b.lessons.append(TimetableLesson{a.id, c.id, a.teacherId, QString()});
    }
    for (const ClassRecord &c : classes)
        timetabler.setDayLength(c.id, c.grade == 1 ? 4 : 6);
    for (const QString &key : bundleOrder)
        timetabler.place(bundles.value(key));
    ScheduleStore::insertMany(m_db, timetabler.entries(schoolId, yearStart()));
    LessonPlanner::generate(m_db, Calendar(year), ClassStore::list(m_db, yearId, {}), yearStart(), lessonsUntil());

    studentId = students.value(class5).first();
    const StudentRecord child = *StudentStore::byId(m_db, studentId);
    StudentStore::setUserId(m_db, studentId,
                            addUser(QStringLiteral("student"), Role::Student, child.surname, child.firstName, child.patronymic));
    guardianId = GuardianStore::ofStudents(m_db, {studentId}).value(studentId).first().id;
    GuardianStore::setUserId(m_db, guardianId,
                             addUser(QStringLiteral("parent"), Role::Parent, QStringLiteral("Алексеева"),
                                     QStringLiteral("Елена"), QStringLiteral("Викторовна")));
}

bool startSmallSchool(const QString &name, std::unique_ptr<TestServer> *server, std::unique_ptr<SmallSchool> *school)
{
    if (!TestCluster::instance().isUp()) {
        qWarning().noquote() << TestCluster::instance().error();
        return false;
    }
    *server = std::make_unique<TestServer>(name);
    *school = std::make_unique<SmallSchool>((*server)->fixture().db(), (*server)->schoolId());
    if ((*server)->start({QStringLiteral("--today"), QStringLiteral("2025-10-15")}))
        return true;
    qWarning().noquote() << (*server)->process().log();
    return false;
}

} // namespace cj::test
