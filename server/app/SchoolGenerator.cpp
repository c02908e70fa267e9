#include "app/SchoolGenerator.h"

#include <QHash>

#include <algorithm>

#include "app/RussianNames.h"
#include "app/Timetabler.h"
#include "auth/LoginNames.h"
#include "auth/PasswordHasher.h"
#include "db/Db.h"
#include "rules/Calendar.h"
#include "rules/LessonPlanner.h"
#include "rules/YearRules.h"
#include "rules/YearTemplate.h"
#include "storage/AssignmentStore.h"
#include "storage/BellStore.h"
#include "storage/ClassStore.h"
#include "storage/CurriculumStore.h"
#include "storage/GuardianStore.h"
#include "storage/LessonStore.h"
#include "storage/MovementStore.h"
#include "storage/ScheduleStore.h"
#include "storage/SchoolStore.h"
#include "storage/StudentStore.h"
#include "storage/SubgroupStore.h"
#include "storage/SubjectStore.h"
#include "storage/SubstitutionStore.h"
#include "storage/UserStore.h"

namespace cj::server {

namespace {
struct SubjectInfo {
    const char16_t *name;
    const char16_t *shortName;
    bool passFail;
    bool extendedWindow;
    bool primaryTeacher; // taught in grades 1-4 by the class's own teacher
    bool splits;         // taught in subgroups in big classes (from subgroupFromGrade)
    int subgroupFromGrade;
};

const SubjectInfo kSubjects[] = {
    {u"Русский язык", u"Рус. яз.", false, true, true, false, 0},
    {u"Литературное чтение", u"Лит. чт.", false, false, true, false, 0},
    {u"Литература", u"Лит-ра", false, true, false, false, 0},
    {u"Английский язык", u"Англ. яз.", false, false, false, true, 2},
    {u"Математика", u"Матем.", false, false, true, false, 0},
    {u"Алгебра", u"Алгебра", false, false, false, false, 0},
    {u"Геометрия", u"Геом.", false, false, false, false, 0},
    {u"Информатика", u"Информ.", false, false, false, true, 7},
    {u"История", u"Ист.", false, false, false, false, 0},
    {u"Обществознание", u"Общ.", false, false, false, false, 0},
    {u"География", u"Геогр.", false, false, false, false, 0},
    {u"Биология", u"Биол.", false, false, false, false, 0},
    {u"Физика", u"Физ.", false, false, false, false, 0},
    {u"Химия", u"Хим.", false, false, false, false, 0},
    {u"Окружающий мир", u"Окр. мир", false, false, true, false, 0},
    {u"Музыка", u"Муз.", false, false, false, false, 0},
    {u"ИЗО", u"ИЗО", false, false, true, false, 0},
    {u"Технология", u"Техн.", false, false, true, true, 5},
    {u"Физическая культура", u"Физ-ра", false, false, false, false, 0},
    {u"ОБЖ", u"ОБЖ", false, false, false, false, 0},
    {u"ОРКСЭ", u"ОРКСЭ", true, false, true, false, 0},
    {u"ОДНКНР", u"ОДНКНР", true, false, false, false, 0},
    {u"Индивидуальный проект", u"Инд. пр.", true, false, false, false, 0},
};

struct PlanLine {
    const char16_t *subject;
    int hours;
};

// Учебный план of a 5-day week by grade (within the SPEC §7 maximums).
QList<PlanLine> planOf(int grade)
{
    QList<PlanLine> plan;
    if (grade <= 4) {
        plan = {{u"Русский язык", 5}, {u"Математика", 4}, {u"Окружающий мир", 2}, {u"Музыка", 1},
                {u"ИЗО", 1},          {u"Технология", 1}, {u"Физическая культура", 3}};
        plan.append({u"Литературное чтение", grade == 4 ? 3 : 4});
        if (grade >= 2)
            plan.append({u"Английский язык", 2});
        if (grade == 4)
            plan.append({u"ОРКСЭ", 1});
        return plan;
    }
    if (grade <= 6) {
        plan = {{u"Русский язык", grade == 5 ? 5 : 6}, {u"Литература", 3}, {u"Английский язык", 3}, {u"Математика", 5},
                {u"История", 2}, {u"Биология", 1}, {u"География", 1}, {u"Музыка", 1}, {u"ИЗО", 1}, {u"Технология", 2},
                {u"Физическая культура", 3}};
        plan.append(grade == 5 ? PlanLine{u"ОДНКНР", 1} : PlanLine{u"Обществознание", 1});
        return plan;
    }
    if (grade <= 9) {
        plan = {{u"Русский язык", grade == 7 ? 4 : 3}, {u"Литература", grade == 9 ? 3 : 2}, {u"Английский язык", 3},
                {u"Алгебра", 3}, {u"Геометрия", 2}, {u"Информатика", 1}, {u"История", 2}, {u"Обществознание", 1},
                {u"География", 2}, {u"Биология", grade == 7 ? 1 : 2}, {u"Физика", grade == 9 ? 3 : 2},
                {u"Физическая культура", 3}};
        if (grade >= 8)
            plan += {{u"Химия", 2}, {u"ОБЖ", 1}};
        if (grade <= 8)
            plan += {{u"Технология", grade == 7 ? 2 : 1}, {u"Музыка", 1}};
        return plan;
    }
    return {{u"Русский язык", 2}, {u"Литература", 3}, {u"Английский язык", 3}, {u"Алгебра", 4}, {u"Геометрия", 2},
            {u"Информатика", 1}, {u"История", 2}, {u"Обществознание", 2}, {u"География", 1}, {u"Биология", 1},
            {u"Физика", 2}, {u"Химия", 1}, {u"Физическая культура", 3}, {u"ОБЖ", 1}, {u"Индивидуальный проект", 1}};
}

const SubjectInfo &infoOf(const QString &name)
{
    for (const SubjectInfo &s : kSubjects) {
        if (name == QString::fromUtf16(s.name))
            return s;
    }
    return kSubjects[0];
}

int dayLength(int grade)
{
    return grade <= 4 ? 5 : grade <= 6 ? 6 : 7;
}

struct Teacher {
    qint64 id = 0;
    QString subject; // empty: a primary-class teacher
    QString room;
    int hours = 0;
};

struct DemoAccount {
    const char16_t *login;
    const char16_t *password;
};

// Everything one generate() call builds, kept together so the steps can be read in order.
class Builder
{
public:
    Builder(Db &db, QRandomGenerator &random, const SchoolSize &size, bool demo)
        : db(db)
        , random(random)
        , size(size)
        , demo(demo)
    {
    }

    Db &db;
    QRandomGenerator &random;
    const SchoolSize &size;
    bool demo;
    qint64 schoolId = 0;
    YearRecord year;
    qint64 mainBells = 0;
    qint64 firstGradeBells = 0;
    QHash<QString, qint64> subjects;
    QList<ClassRecord> classes;
    QHash<qint64, QList<qint64>> roster; // class -> students in list order
    QList<Teacher> teachers;
    QHash<qint64, qint64> primaryTeacher; // class -> its teacher
    QList<TimetableBundle> bundles;
    QString accounts;
    int studentCount = 0;

    qint64 addUser(const PersonName &name, Roles roles, const QString &position, const QString &demoLogin,
                   const QString &password)
    {
        UserRecord u;
        u.schoolId = schoolId;
        u.surname = name.surname;
        u.firstName = name.firstName;
        u.patronymic = name.patronymic;
        u.position = position;
        u.roles = roles;
        u.login = demoLogin.isEmpty() ? availableLogin(db, name.surname, name.firstName, name.patronymic) : demoLogin;
        u.id = UserStore::insert(db, u);
        if (!password.isEmpty()) {
            UserStore::setPassword(db, u.id, PasswordHasher::hash(password));
            accounts += QStringLiteral("  %1 / %2  (%3, %4)\n").arg(u.login, password, roleNames(roles).join(u'+'), u.fullName());
        }
        return u.id;
    }

    PersonName adult(bool female) { return RussianNames::person(random, female); }

    void staff()
    {
        struct Post {
            Role role;
            const char16_t *position;
            const char16_t *login;
            const char16_t *password;
        };
        const Post posts[] = {{Role::Admin, u"Администратор ЭЖ", u"admin", u"admin2025"},
                              {Role::Director, u"Директор", u"director", u"director2025"},
                              {Role::Deputy, u"Заместитель директора по УВР", u"deputy", u"deputy2025"},
                              {Role::Secretary, u"Секретарь учебной части", u"secretary", u"secretary2025"}};
        for (const Post &p : posts) {
            addUser(adult(random.bounded(4) != 0), p.role, QString::fromUtf16(p.position),
                    demo ? QString::fromUtf16(p.login) : QString(), demo ? QString::fromUtf16(p.password) : QString());
        }
    }

    void calendar(const QDate &start)
    {
        year.schoolId = schoolId;
        year.startsOn = start;
        year.endsOn = SchoolGenerator::yearEnd(start);
        year.name = QStringLiteral("%1/%2").arg(start.year()).arg(start.year() + 1);
        YearTemplate::fill(year);
        YearStore::insertWithContents(db, year);
        mainBells = bells(QStringLiteral("Основное"), 45, {10, 20, 20, 10, 10, 10});
        firstGradeBells = bells(QStringLiteral("1 класс"), 35, {20, 20, 15, 15});
    }

    qint64 bells(const QString &name, int minutes, const QList<int> &breaks)
    {
        BellScheduleRecord s;
        s.yearId = year.id;
        s.name = name;
        QTime at(8, 30);
        for (int n = 1; n <= breaks.size() + 1; ++n) {
            s.bells.append(Bell{n, at, at.addSecs(60 * minutes)});
            at = at.addSecs(60 * (minutes + (n <= breaks.size() ? breaks[n - 1] : 0)));
        }
        return BellStore::insert(db, schoolId, s);
    }

    void subjectList()
    {
        int order = 0;
        for (const SubjectInfo &info : kSubjects) {
            SubjectRecord s;
            s.schoolId = schoolId;
            s.name = QString::fromUtf16(info.name);
            s.shortName = QString::fromUtf16(info.shortName);
            s.grading = info.passFail ? QStringLiteral("pass_fail") : QStringLiteral("marks");
            s.extendedWindow = info.extendedWindow;
            s.sortOrder = 10 * ++order;
            subjects.insert(s.name, SubjectStore::insert(db, s));
        }
    }

    QDate birthDate(int grade)
    {
        const QDate from(year.startsOn.year() - 6 - grade, 9, 1);
        return from.addDays(random.bounded(365));
    }

    void students()
    {
        for (int grade = 1; grade <= 11; ++grade) {
            for (const QString &letter : size.letters.value(grade - 1)) {
                ClassRecord c;
                c.schoolId = schoolId;
                c.yearId = year.id;
                c.grade = grade;
                c.letter = letter;
                c.room = QString::number(100 * (1 + (grade - 1) / 4) + classes.size() + 1);
                c.periodScheme = YearRules::defaultScheme(grade);
                c.bellScheduleId = grade == 1 ? firstGradeBells : mainBells;
                c.id = ClassStore::insert(db, c);
                classes.append(c);
                const int count = size.studentsMin + random.bounded(size.studentsMax - size.studentsMin + 1);
                for (int i = 0; i < count; ++i)
                    roster[c.id].append(student(c));
            }
        }
    }

    qint64 student(const ClassRecord &c)
    {
        const bool female = random.bounded(2) == 0;
        const PersonName name = RussianNames::person(random, female);
        StudentRecord s;
        s.schoolId = schoolId;
        s.surname = name.surname;
        s.firstName = name.firstName;
        s.patronymic = name.patronymic;
        s.gender = female ? QStringLiteral("f") : QStringLiteral("m");
        s.birthDate = birthDate(c.grade);
        s.address = QStringLiteral("г. Энск, ул. %1, д. %2, кв. %3")
                        .arg(QStringList{QStringLiteral("Ленина"), QStringLiteral("Мира"), QStringLiteral("Садовая"),
                                         QStringLiteral("Школьная"), QStringLiteral("Лесная")}
                                 .at(random.bounded(5)))
                        .arg(1 + random.bounded(60))
                        .arg(1 + random.bounded(120));
        s.healthGroup = QString::number(1 + random.bounded(3));
        s.peGroup = QStringLiteral("основная");
        s.consentGiven = true;
        s.consentDate = year.startsOn.addDays(-random.bounded(30) - 1);
        s.personalFileNo = QStringLiteral("%1-%2").arg(QString(s.surname.at(0))).arg(++studentCount);
        s.id = StudentStore::insert(db, s);
        StudentStore::addMembership(db, schoolId, s.id, c.id, year.startsOn);
        MovementRecord m;
        m.schoolId = schoolId;
        m.studentId = s.id;
        m.kind = QStringLiteral("enrolment");
        m.onDate = year.startsOn;
        m.orderNumber = QStringLiteral("%1-у").arg(c.grade == 1 ? 101 : 12);
        m.orderDate = year.startsOn.addDays(-3);
        m.toClassId = c.id;
        MovementStore::insert(db, m);
        guardian(s, female, true);
        if (random.bounded(10) < 6)
            guardian(s, female, false);
        return s.id;
    }

    void guardian(const StudentRecord &child, bool childFemale, bool mother)
    {
        const PersonName name = RussianNames::parentOf(random, child.surname, mother, childFemale);
        GuardianRecord g;
        g.schoolId = schoolId;
        g.surname = name.surname;
        g.firstName = name.firstName;
        g.patronymic = name.patronymic;
        g.relation = mother ? QStringLiteral("мать") : QStringLiteral("отец");
        g.phone = QStringLiteral("+7 9%1 %2-%3-%4")
                      .arg(random.bounded(10, 100))
                      .arg(random.bounded(100, 1000))
                      .arg(random.bounded(10, 100))
                      .arg(random.bounded(10, 100));
        g.address = child.address;
        g.id = GuardianStore::insert(db, g);
        GuardianStore::link(db, child.id, g.id);
    }

    // The least loaded teacher of the subject who still has room, hiring one when none has.
    Teacher &teacherFor(const QString &subject, int hours, qint64 except = 0)
    {
        Teacher *best = nullptr;
        for (Teacher &t : teachers) {
            if (t.subject == subject && t.id != except && t.hours + hours <= size.teacherHours
                && (!best || t.hours < best->hours))
                best = &t;
        }
        if (best)
            return *best;
        const bool firstRussian = demo && subject == QStringLiteral("Русский язык")
            && std::none_of(teachers.cbegin(), teachers.cend(), [&](const Teacher &t) { return t.subject == subject; });
        return hire(subject, subject.isEmpty() ? QStringLiteral("Учитель начальных классов")
                                               : QStringLiteral("Учитель (%1)").arg(subject),
                    firstRussian);
    }

    Teacher &hire(const QString &subject, const QString &position, bool demoTeacher)
    {
        Teacher t;
        t.subject = subject;
        const bool physical = subject == QStringLiteral("Физическая культура");
        t.room = physical ? QStringLiteral("Спортзал %1").arg(teachers.size() + 1) : QString::number(201 + teachers.size());
        t.id = addUser(adult(random.bounded(5) != 0), Role::Teacher, position,
                       demoTeacher ? QStringLiteral("teacher") : QString(),
                       demoTeacher ? QStringLiteral("teacher2025") : QString());
        teachers.append(t);
        return teachers.last();
    }

    qint64 assign(const ClassRecord &c, qint64 subjectId, qint64 subgroupId, Teacher &t, int hours)
    {
        AssignmentRecord a;
        a.schoolId = schoolId;
        a.classId = c.id;
        a.subjectId = subjectId;
        a.subgroupId = subgroupId;
        a.teacherId = t.id;
        a.hoursPerWeek = hours;
        t.hours += hours;
        return AssignmentStore::insert(db, a);
    }

    void load()
    {
        for (const ClassRecord &c : classes) {
            if (c.grade <= 4)
                primaryTeacher.insert(c.id, hire(QString(), QStringLiteral("Учитель начальных классов"), false).id);
        }
        for (const ClassRecord &c : classes) {
            const QList<qint64> &list = roster.value(c.id);
            for (const PlanLine &line : planOf(c.grade)) {
                const QString subject = QString::fromUtf16(line.subject);
                const SubjectInfo &info = infoOf(subject);
                const qint64 subjectId = subjects.value(subject);
                CurriculumStore::set(db, schoolId, c.id, subjectId, line.hours);
                TimetableBundle bundle{c.id, line.hours, {}};
                if (info.primaryTeacher && c.grade <= 4) {
                    Teacher *own = nullptr;
                    for (Teacher &t : teachers) {
                        if (t.id == primaryTeacher.value(c.id))
                            own = &t;
                    }
                    bundle.lessons.append({assign(c, subjectId, 0, *own, line.hours), c.id, own->id, c.room});
                } else if (info.splits && c.grade >= info.subgroupFromGrade && list.size() >= size.subgroupFrom) {
                    const qint64 firstTeacher = split(c, subjectId, line.hours, bundle, list, 0);
                    split(c, subjectId, line.hours, bundle, list, firstTeacher);
                } else {
                    Teacher &t = teacherFor(subject, line.hours);
                    bundle.lessons.append({assign(c, subjectId, 0, t, line.hours), c.id, t.id, t.room});
                }
                bundles.append(bundle);
            }
        }
    }

    // One of the two subgroups of a class for a subject: its first or second half of the list, its
    // own teacher (not the other half's). Returns that teacher.
    qint64 split(const ClassRecord &c, qint64 subjectId, int hours, TimetableBundle &bundle, const QList<qint64> &list,
                 qint64 otherTeacher)
    {
        const bool second = otherTeacher > 0;
        SubgroupRecord g;
        g.schoolId = schoolId;
        g.classId = c.id;
        g.subjectId = subjectId;
        g.name = second ? QStringLiteral("2 группа") : QStringLiteral("1 группа");
        g.id = SubgroupStore::insert(db, g);
        const qsizetype half = list.size() / 2;
        SubgroupStore::insertMemberships(db, schoolId, g.id, second ? list.mid(half) : list.mid(0, half), year.startsOn);
        const QString subject = subjects.key(subjectId);
        Teacher &t = teacherFor(subject, hours, otherTeacher);
        bundle.lessons.append({assign(c, subjectId, g.id, t, hours), c.id, t.id, t.room});
        return t.id;
    }

    void classTeachers()
    {
        AssignmentFilter filter;
        filter.yearId = year.id;
        const QList<AssignmentRecord> all = AssignmentStore::list(db, filter);
        QList<qint64> leading;
        for (ClassRecord &c : classes) {
            c.classTeacherId = primaryTeacher.value(c.id);
            for (const AssignmentRecord &a : all) {
                if (c.classTeacherId == 0 && a.classId == c.id && !leading.contains(a.teacherId))
                    c.classTeacherId = a.teacherId;
            }
            leading.append(c.classTeacherId);
            ClassStore::update(db, c);
        }
    }

    int timetable()
    {
        Timetabler timetabler(year.weekDays);
        for (const ClassRecord &c : classes)
            timetabler.setDayLength(c.id, dayLength(c.grade));
        std::stable_sort(bundles.begin(), bundles.end(), [](const TimetableBundle &a, const TimetableBundle &b) {
            return a.lessons.size() * a.hours > b.lessons.size() * b.hours;
        });
        int unplaced = 0;
        for (const TimetableBundle &b : bundles)
            unplaced += timetabler.place(b);
        ScheduleStore::insertMany(db, timetabler.entries(schoolId, year.startsOn));
        return unplaced;
    }

    // A few lessons before today given by a colleague of the same subject who is free then.
    void substitutions(const QDate &today, int count)
    {
        LessonFilter filter;
        filter.schoolId = schoolId;
        filter.from = year.startsOn;
        filter.to = today.addDays(-1);
        const QList<LessonRecord> past = LessonStore::list(db, filter);
        for (int made = 0, tries = 0; made < count && tries < 200 && !past.isEmpty(); ++tries) {
            const LessonRecord &l = past.at(random.bounded(int(past.size())));
            const QString subject = l.subjectName;
            const QList<LessonRecord> slot = LessonStore::inSlot(db, schoolId, l.date, l.lessonNumber);
            for (const Teacher &t : teachers) {
                const bool busy = std::any_of(slot.cbegin(), slot.cend(), [&](const LessonRecord &o) { return o.givenBy() == t.id; });
                if (t.subject == subject && t.id != l.teacherId && !busy && l.substituteId == 0) {
                    SubstitutionStore::set(db, schoolId, l.id, t.id, QStringLiteral("болезнь учителя"), 0,
                                           QDateTime(l.date, QTime(7, 30)).toUTC());
                    ++made;
                    break;
                }
            }
        }
    }

    // The demo's student and parent: the first student of the demo teacher's class and their guardian.
    void studentAndParent()
    {
        const UserRecord teacher = *UserStore::byLogin(db, QStringLiteral("teacher"));
        for (const ClassRecord &c : classes) {
            if (c.classTeacherId != teacher.id || roster.value(c.id).isEmpty())
                continue;
            const StudentRecord s = *StudentStore::byId(db, roster.value(c.id).first());
            const qint64 studentUser = addUser(PersonName{s.surname, s.firstName, s.patronymic}, Role::Student,
                                               QString(), QStringLiteral("student"), QStringLiteral("student2025"));
            StudentStore::setUserId(db, s.id, studentUser);
            const GuardianRecord g = GuardianStore::ofStudents(db, {s.id}).value(s.id).first();
            const qint64 parentUser = addUser(PersonName{g.surname, g.firstName, g.patronymic}, Role::Parent, QString(),
                                              QStringLiteral("parent"), QStringLiteral("parent2025"));
            GuardianStore::setUserId(db, g.id, parentUser);
            accounts += QStringLiteral("  (teacher leads %1; student is in %1)\n").arg(c.name());
            return;
        }
    }

    // The demo teacher leads a class of their own (5А when they teach it).
    void demoTeacherLeads()
    {
        const std::optional<UserRecord> teacher = UserStore::byLogin(db, QStringLiteral("teacher"));
        if (!teacher)
            return;
        AssignmentFilter filter;
        filter.yearId = year.id;
        filter.teacherId = teacher->id;
        const QList<AssignmentRecord> mine = AssignmentStore::list(db, filter);
        if (mine.isEmpty())
            return;
        for (ClassRecord &c : classes) {
            if (c.classTeacherId == teacher->id && c.id != mine.first().classId) {
                c.classTeacherId = 0;
                ClassStore::update(db, c);
            }
        }
        for (ClassRecord &c : classes) {
            if (c.id == mine.first().classId) {
                c.classTeacherId = teacher->id;
                ClassStore::update(db, c);
            }
        }
    }
};
} // namespace

SchoolSize SchoolSize::small()
{
    SchoolSize s;
    const QString a = QStringLiteral("А");
    const QString b = QStringLiteral("Б");
    s.letters = {{a, b}, {a, b}, {a, b}, {a}, {a}, {a}, {a}, {a}, {a}, {a}, {a}};
    return s;
}

SchoolSize SchoolSize::large()
{
    SchoolSize s;
    const QStringList six = QStringLiteral("А Б В Г Д Е").split(QLatin1Char(' '));
    for (int grade = 1; grade <= 11; ++grade)
        s.letters.append(six);
    s.studentsMin = 27;
    s.studentsMax = 33;
    s.teacherHours = 20;
    s.wholeYearLessons = true;
    return s;
}

SchoolGenerator::SchoolGenerator(Db &db, quint32 seed)
    : m_db(db)
    , m_random(seed)
{
}

QDate SchoolGenerator::yearStart(const QDate &today)
{
    return QDate(today.month() >= 6 ? today.year() : today.year() - 1, 9, 1);
}

QDate SchoolGenerator::yearEnd(const QDate &start)
{
    QDate end(start.year() + 1, 5, 26);
    while (end.dayOfWeek() > 5)
        end = end.addDays(-1);
    return end;
}

SchoolGenerator::Result SchoolGenerator::generate(const SchoolSize &size, const QString &schoolName, const QDate &today,
                                                  bool demoAccounts)
{
    Transaction tx(m_db);
    Builder b(m_db, m_random, size, demoAccounts);
    SchoolRecord school;
    school.name = schoolName;
    school.shortName = schoolName;
    school.address = QStringLiteral("г. Энск, ул. Школьная, д. 1");
    b.schoolId = SchoolStore::create(m_db, school);
    b.staff();
    b.calendar(yearStart(today));
    b.subjectList();
    b.students();
    b.load();
    b.classTeachers();
    b.demoTeacherLeads();
    Result result;
    result.unplacedHours = b.timetable();
    const Calendar calendar(b.year);
    const QDate until = size.wholeYearLessons ? b.year.endsOn
                                              : calendar.clamp(qMax(today.addDays(14), b.year.startsOn.addDays(13)));
    result.lessons = LessonPlanner::generate(m_db, calendar, b.classes, b.year.startsOn, until).created;
    b.substitutions(today, demoAccounts ? 3 : 20);
    if (demoAccounts)
        b.studentAndParent();
    SchoolRecord named = *SchoolStore::byId(m_db, b.schoolId);
    const std::optional<UserRecord> director = [&] {
        UserFilter f;
        f.schoolId = b.schoolId;
        f.role = roleName(Role::Director);
        const QList<UserRecord> list = UserStore::list(m_db, f);
        return list.isEmpty() ? std::nullopt : std::optional<UserRecord>(list.first());
    }();
    if (director) {
        named.directorName = director->shortName();
        SchoolStore::update(m_db, named);
    }
    tx.commit();
    result.schoolId = b.schoolId;
    result.classes = int(b.classes.size());
    result.students = b.studentCount;
    result.teachers = int(b.teachers.size());
    result.accounts = b.accounts;
    return result;
}

} // namespace cj::server
